import Foundation

/// A council's reference file read as CSV a record at a time, without holding the whole file
/// as text: the ONS Postcode Directory has some 2.7 million rows of 50 columns, of which the
/// rules need five. Fields are split by commas, records by LF, CRLF or CR; a field in double
/// quotes may hold commas, line breaks and doubled quotes; a UTF-8 byte order mark is skipped.
struct ReferenceCSV {
    /// One record: where it starts, and each field's bytes.
    struct Record {
        let line: Int
        fileprivate var fields: [(start: Int, end: Int, quoted: Bool)]
        fileprivate let bytes: UnsafeBufferPointer<UInt8>

        var count: Int { fields.count }

        /// The field's text, quotes taken off and doubled quotes made single; "" past the end.
        subscript(index: Int) -> String {
            guard index < fields.count else { return "" }
            let field = fields[index]
            let raw = UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
            let text = String(decoding: raw, as: UTF8.self)
            return field.quoted ? text.replacingOccurrences(of: "\"\"", with: "\"") : text
        }

        /// Whether the field's bytes are UTF-8.
        func isUTF8(_ index: Int) -> Bool {
            guard index < fields.count else { return true }
            let field = fields[index]
            return String(validating: UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]), as: UTF8.self) != nil
        }
    }

    /// A reference file's bytes, mapped rather than copied (the postcode directory is large);
    /// a file that cannot be read is a problem naming it.
    static func contents(of url: URL) throws(ReferenceFileError) -> Data {
        do { return try Data(contentsOf: url, options: .alwaysMapped) } catch {
            throw ReferenceFileError(problems: [ReturnFileProblem(location: SourceLocation(file: url.path), message: "the file cannot be read")])
        }
    }

    /// Calls `body` with every record that is not blank, the header first; stops early when
    /// `body` returns false.
    static func records(_ data: Data, _ body: (Record) -> Bool) {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let n = bytes.count
            var i = n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
            var line = 1
            while i < n {
                var record = Record(line: line, fields: [], bytes: bytes)
                var fieldStart = i
                var ended = false
                while i < n && !ended {
                    let byte = bytes[i]
                    if byte == 0x22 && i == fieldStart {
                        // A quoted field: up to the quote not doubled.
                        i += 1
                        let start = i
                        while i < n {
                            if bytes[i] == 0x22 {
                                if i + 1 < n && bytes[i + 1] == 0x22 { i += 2; continue }
                                break
                            }
                            if bytes[i] == 0x0A || (bytes[i] == 0x0D && !(i + 1 < n && bytes[i + 1] == 0x0A)) { line += 1 }
                            i += 1
                        }
                        record.fields.append((start, min(i, n), true))
                        i += 1
                        // Skip to the field's end (text after a closing quote is dropped).
                        while i < n && bytes[i] != 0x2C && bytes[i] != 0x0A && bytes[i] != 0x0D { i += 1 }
                        if i < n && bytes[i] == 0x2C {
                            i += 1
                            fieldStart = i
                        } else {
                            ended = true
                            i = skipLineEnd(bytes, i)
                            line += 1
                        }
                        continue
                    }
                    switch byte {
                    case 0x2C:
                        record.fields.append((fieldStart, i, false))
                        i += 1
                        fieldStart = i
                    case 0x0A, 0x0D:
                        record.fields.append((fieldStart, i, false))
                        ended = true
                        i = skipLineEnd(bytes, i)
                        line += 1
                    default:
                        i += 1
                    }
                }
                if !ended { record.fields.append((fieldStart, n, false)) }
                let blank = record.fields.count == 1 && record.fields[0].start == record.fields[0].end
                if !blank && !body(record) { return }
            }
        }
    }

    private static func skipLineEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        guard i < bytes.count else { return i }
        return bytes[i] == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A ? i + 2 : i + 1
    }
}

/// What is wrong with a reference file the council gave: each problem with its file, line and
/// column. A reference file with problems is not used, since every rule reading it would
/// otherwise report children wrongly.
public struct ReferenceFileError: Error, Sendable, CustomStringConvertible {
    public var problems: [ReturnFileProblem]

    public init(problems: [ReturnFileProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// The header of a reference file, columns found by any of the names publishers have used.
struct ReferenceHeader {
    let names: [String]

    /// The position of the first column named any of `names` (letters compared in any case,
    /// spaces around ignored), or whose name matches `pattern`.
    func index(_ names: [String], pattern: String? = nil) -> Int? {
        let lowered = self.names.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for name in names { if let index = lowered.firstIndex(of: name) { return index } }
        if let pattern, let regex = try? NSRegularExpression(pattern: "^" + pattern + "$") {
            return lowered.firstIndex { regex.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil }
        }
        return nil
    }
}
