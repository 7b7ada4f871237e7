import Foundation
import Testing
@testable import HarbourReturns

/// Damaged copies of the samples must give a result or the reader's error, never a crash or a hang.
@Suite("Damaged return files")
struct ReturnFilesFuzzTests {
    /// A small deterministic generator (SplitMix64), so every run damages the files the same way.
    struct Mixer {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(next() % UInt64(bound)) }
    }

    static func damaged(_ original: [UInt8], _ mixer: inout Mixer) -> [UInt8] {
        var bytes = original
        for _ in 0..<(1 + mixer.below(4)) {
            guard !bytes.isEmpty else { break }
            let at = mixer.below(bytes.count)
            switch mixer.below(6) {
            case 0: bytes[at] ^= UInt8(1 << mixer.below(8))
            case 1: bytes.removeSubrange(at..<min(bytes.count, at + 1 + mixer.below(40)))
            case 2: bytes.removeSubrange(at...)
            case 3:
                let piece = bytes[at..<min(bytes.count, at + 1 + mixer.below(200))]
                bytes.insert(contentsOf: piece, at: mixer.below(bytes.count))
            case 4: bytes.insert(contentsOf: (0..<(1 + mixer.below(12))).map { _ in UInt8(truncatingIfNeeded: mixer.next()) }, at: at)
            default:
                let special: [UInt8] = [0x3C, 0x3E, 0x26, 0x2F, 0x22, 0x2C, 0x0A, 0x0D, 0x5D, 0x21, 0x3F, 0x2D]
                bytes[at] = special[mixer.below(special.count)]
            }
        }
        return bytes
    }

    @Test func damagedCensusFilesNeverCrash() {
        let small = Array(FilesSamples.data(FilesSamples.cinCensus2024))
        // The start of the fake census (about fifteen children) keeps each round quick.
        let fake = Array(FilesSamples.data(FilesSamples.cinFake).prefix(12_000))
        var mixer = Mixer(state: 2025)
        var read = 0, refused = 0
        for round in 0..<2_000 {
            let bytes = Self.damaged(round % 2 == 0 ? small : fake, &mixer)
            do {
                _ = try CINXMLReader.read(bytes, file: "damaged.xml")
                read += 1
            } catch {
                #expect(error.line >= 1 && error.column >= 1)
                refused += 1
            }
        }
        #expect(read + refused == 2_000)
        #expect(refused > 0)
    }

    @Test func damagedCSVFilesNeverCrash() {
        let files = FilesSamples.ssda903Files().filter { $0.bytes.count < 10_000 }
        let episodes = Array(FilesSamples.data(FilesSamples.ssda903.appendingPathComponent("episodes.csv")).prefix(4_000))
        var mixer = Mixer(state: 903)
        var rows = 0
        for round in 0..<2_000 {
            let pick = mixer.below(files.count + 1)
            let original = pick == files.count ? episodes : Array(files[pick].bytes)
            let name = pick == files.count ? "episodes.csv" : files[pick].name
            let result = SSDA903CSVReader.read([(name: name, bytes: Data(Self.damaged(original, &mixer)))])
            rows += result.tables.all.reduce(0) { $0 + $1.rows.count }
            if round % 500 == 0 { _ = SSDA903CSVWriter.write(result.tables) }
        }
        #expect(rows > 0)
    }

    @Test func censusWriterCopesWithAnythingTheReaderGives() throws {
        let small = Array(FilesSamples.data(FilesSamples.cinCensus2024))
        var mixer = Mixer(state: 7)
        for _ in 0..<300 {
            guard let census = try? CINXMLReader.read(Self.damaged(small, &mixer), file: "damaged.xml").census else { continue }
            let written = CINXMLWriter.write(census)
            _ = try CINXMLReader.read(Data(written.text.utf8), file: "rewritten.xml")
        }
    }
}
