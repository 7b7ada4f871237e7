import Foundation

/// Reads a folder of Annex A lists saved as CSV. A file is taken as a list by its name (list_1.csv,
/// "List 8 - children in care.csv": the number after "list") or, failing that, by its headings
/// (the list whose headings it shares most, at least half of them). Headings and values are kept
/// as written, so the rules can say what is wrong with them.
public enum AnnexAReader {
    public struct Result: Sendable {
        public var lists: [ReturnTable]
        /// The file each list was read from, by list name.
        public var files: [String: String]
        public var problems: [ReturnFileProblem]
    }

    /// Whether a folder holds Annex A lists rather than SSDA903 files: a CSV file named as a list,
    /// or whose first line has Ofsted's identifier heading.
    public static func recognises(folder: URL) -> Bool {
        for name in csvNames(folder) {
            if listNumber(name) != nil { return true }
            guard let handle = try? FileHandle(forReadingFrom: folder.appendingPathComponent(name)) else { continue }
            let head = String(decoding: handle.readData(ofLength: 4096), as: UTF8.self)
            try? handle.close()
            let firstLine = head.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            if firstLine.contains("Child Unique ID") || firstLine.contains("Individual adopter identifier") { return true }
        }
        return false
    }

    public static func read(folder: URL) throws -> Result {
        var files: [(name: String, bytes: Data)] = []
        for name in csvNames(folder) { files.append((name, try Data(contentsOf: folder.appendingPathComponent(name)))) }
        return read(files)
    }

    public static func read(_ files: [(name: String, bytes: Data)]) -> Result {
        var lists: [String: ReturnTable] = [:]
        var sources: [String: String] = [:]
        var problems: [ReturnFileProblem] = []
        for file in files {
            let records = file.bytes.withUnsafeBytes { raw in
                SSDA903CSVParser.records(raw.assumingMemoryBound(to: UInt8.self), file: file.name)
            }
            problems += records.problems
            guard let header = records.rows.first else {
                problems.append(ReturnFileProblem(location: SourceLocation(file: file.name, line: 1), message: "the file is empty: it has no header row"))
                continue
            }
            let headings = header.fields.map { $0.text.trimmingCharacters(in: .whitespaces) }
            guard let list = listNumber(file.name).map({ "list_\($0)" }) ?? closest(headings) else {
                problems.append(ReturnFileProblem(
                    location: SourceLocation(file: file.name, line: 1),
                    message: "neither the file's name (list_1.csv … list_11.csv) nor its headings say which Annex A list it is; it is not read"))
                continue
            }
            if let earlier = sources[list] {
                problems.append(ReturnFileProblem(location: SourceLocation(file: file.name, line: 1),
                                                  message: "\(list) is already given in \(earlier); this file is not read"))
                continue
            }
            sources[list] = file.name
            var table = ReturnTable(name: list, columns: headings)
            for record in records.rows.dropFirst() {
                if record.fields.count != headings.count {
                    problems.append(ReturnFileProblem(
                        location: SourceLocation(file: file.name, line: record.line),
                        message: "the row has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s"); the header has \(headings.count)"))
                }
                table.append(record.fields.map(\.text), at: SourceLocation(file: file.name, line: record.line))
            }
            lists[list] = table
        }
        let ordered = AnnexABuilder.columns.compactMap { lists[$0.list] }
        return Result(lists: ordered, files: sources, problems: problems)
    }

    private static func csvNames(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { !$0.hasPrefix(".") && $0.lowercased().hasSuffix(".csv") }.sorted()
    }

    /// 1 … 11 from a name such as list_8.csv, "List 8 - CLA.csv" or annex_a_list10.csv.
    static func listNumber(_ name: String) -> Int? {
        let lowered = name.lowercased()
        guard let range = lowered.range(of: "list[ _-]*([0-9]{1,2})(?![0-9])", options: .regularExpression) else { return nil }
        let digits = lowered[range].filter(\.isNumber)
        return Int(digits).flatMap { (1...11).contains($0) ? $0 : nil }
    }

    /// The list whose headings these share most, if at least half of its headings.
    private static func closest(_ headings: [String]) -> String? {
        let given = Set(headings)
        let best = AnnexABuilder.columns.max { a, b in given.intersection(a.columns).count < given.intersection(b.columns).count }!
        return given.intersection(best.columns).count * 2 >= best.columns.count ? best.list : nil
    }
}
