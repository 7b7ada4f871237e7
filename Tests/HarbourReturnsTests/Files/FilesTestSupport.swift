import Foundation
@testable import HarbourReturns

/// The sample returns in Fixtures/returns-samples, and the CIN schema and xmllint when the
/// machine has them.
enum FilesSamples {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }()

    static let samples = root.appendingPathComponent("Fixtures/returns-samples")
    static let cinCensus2024 = samples.appendingPathComponent("cin/CIN_Census_2024.xml")
    static let cinFake = samples.appendingPathComponent("cin/fake_CIN_data.xml")
    static let ssda903 = samples.appendingPathComponent("ssda903")

    static func data(_ url: URL) -> Data { (try? Data(contentsOf: url)) ?? Data() }

    static func ssda903Files() -> [(name: String, bytes: Data)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: ssda903.path).sorted()) ?? []
        return names.map { ($0, data(ssda903.appendingPathComponent($0))) }
    }

    /// CIN_schema_2025.xsd: from HARBOUR_CIN_XSD, or the copy in Fixtures/returns-schemas.
    static let schema: URL? = {
        let candidates = [
            ProcessInfo.processInfo.environment["HARBOUR_CIN_XSD"],
            root.appendingPathComponent("Fixtures/returns-schemas/CIN_schema_2025.xsd").path,
        ].compactMap { $0 }
        return candidates.first { FileManager.default.fileExists(atPath: $0) }.map(URL.init(fileURLWithPath:))
    }()

    static let xmllint: URL? = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }.map(URL.init(fileURLWithPath:))

    static var canValidate: Bool { schema != nil && xmllint != nil }

    /// xmllint's verdict on `text` against the schema: nil when valid, its messages otherwise.
    static func schemaErrors(_ text: String) throws -> String? {
        guard let schema, let xmllint else { return "no schema or xmllint" }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("harbour-files-\(UUID().uuidString).xml")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = xmllint
        process.arguments = ["--noout", "--schema", schema.path, file.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let output = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : String(decoding: output, as: UTF8.self)
    }
}

extension ReturnTable {
    /// The value at a row and column, by name, for tests.
    func value(_ row: Int, _ column: String) -> String { rows[row][self.column(column)] }
}
