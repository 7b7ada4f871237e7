import Foundation

/// Reads a council's SSDA903 CSV files into the DfE's tables, so the return can be checked
/// against the DfE's rules before it is sent.
///
/// As in the DfE's validator, a file is recognised by its exact set of column names, in any
/// order and whatever the file is called, and values are upper-cased with blanks kept blank.
/// A UTF-8 byte order mark, CRLF or LF line ends, and quoted fields (with commas, quotes and
/// line breaks inside) are all read; blank lines are skipped. Each row's location is its file
/// and the line it starts on (the header is line 1).
///
/// Nothing stops the reading: a file whose columns match no table, a table given twice, a row
/// with the wrong number of fields or bytes that are not UTF-8 are problems in the result,
/// each naming the file, the line and the column. Hidden files (names starting with ".") are
/// passed over.
public enum SSDA903CSVReader {
    public struct Result: Sendable {
        public var tables: SSDA903Tables
        public var problems: [ReturnFileProblem]
        /// The files not read at all (no table's columns, empty, not UTF-8, a table given twice),
        /// each with its problem in `problems`.
        public var unread: [String] = []
    }

    public static func read(_ files: [(name: String, bytes: Data)]) -> Result {
        var tables = SSDA903Tables()
        var problems: [ReturnFileProblem] = []
        var sources: [String: String] = [:]
        var unread: [String] = []
        for file in files where !file.name.hasPrefix(".") {
            let parsed = SSDA903CSVFile(name: file.name, bytes: file.bytes)
            problems += parsed.problems
            guard let table = parsed.table else {
                unread.append(file.name)
                continue
            }
            if let earlier = sources[table.name] {
                problems.append(ReturnFileProblem(
                    location: SourceLocation(file: file.name, line: 1), column: parsed.headerColumns,
                    message: "\(table.name) is already given in \(earlier); this file is not read"))
                unread.append(file.name)
                continue
            }
            sources[table.name] = file.name
            tables.replace(table)
        }
        return Result(tables: tables, problems: problems, unread: unread)
    }

    /// Reads every file in `folder` (not its subfolders).
    public static func read(folder: URL) throws -> Result {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var files: [(name: String, bytes: Data)] = []
        for name in names {
            let url = folder.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files.append((name, try Data(contentsOf: url)))
        }
        return read(files)
    }
}

/// One CSV file read into the table its columns name.
struct SSDA903CSVFile {
    let name: String
    var table: ReturnTable?
    var problems: [ReturnFileProblem] = []
    /// The header's columns as written, for problems about the whole file.
    var headerColumns: String?

    init(name: String, bytes: Data) {
        self.name = name
        let records = bytes.withUnsafeBytes { raw in
            SSDA903CSVParser.records(raw.assumingMemoryBound(to: UInt8.self), file: name)
        }
        problems = records.problems
        guard !records.encodingRefused else { return }
        guard let header = records.rows.first else {
            problems.append(ReturnFileProblem(location: SourceLocation(file: name, line: 1), column: nil,
                                              message: "the file is empty: it has no header row"))
            return
        }
        let columns = header.fields.map { $0.text }
        headerColumns = columns.joined(separator: ",")
        guard let (tableName, expected) = match(columns, line: header.line) else { return }
        let positions = expected.map { columns.firstIndex(of: $0)! }
        var table = ReturnTable(name: tableName, columns: expected)
        table.rows.reserveCapacity(records.rows.count - 1)
        for record in records.rows.dropFirst() {
            let location = SourceLocation(file: name, line: record.line)
            if record.fields.count != columns.count {
                let column = record.fields.count < columns.count ? columns[record.fields.count] : "field \(columns.count + 1)"
                problems.append(ReturnFileProblem(
                    location: location, column: column,
                    message: "the row has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s"); the header has \(columns.count)"))
            }
            for field in record.fields where field.problem != nil {
                let column = field.index < columns.count ? columns[field.index] : "field \(field.index + 1)"
                problems.append(ReturnFileProblem(
                    location: SourceLocation(file: name, line: field.line), column: column, message: field.problem!))
            }
            let values = positions.map { position in
                position < record.fields.count ? SSDA903CSVParser.upperCased(record.fields[position].text) : ""
            }
            table.rows.append(ReturnRow(values: values, location: location))
        }
        self.table = table
    }

    /// The table whose columns are exactly `columns`; otherwise a problem naming the closest.
    private mutating func match(_ columns: [String], line: Int) -> (String, [String])? {
        let given = Set(columns)
        let location = SourceLocation(file: name, line: line)
        if given.count != columns.count {
            var seen: Set<String> = []
            let repeated = columns.filter { !seen.insert($0).inserted }
            problems.append(ReturnFileProblem(
                location: location, column: repeated.joined(separator: ", "),
                message: "the header repeats the column\(repeated.count == 1 ? "" : "s") \(repeated.joined(separator: ", ")); the file is not read"))
            return nil
        }
        if let exact = SSDA903Tables.columns.first(where: { Set($0.columns) == given }) {
            return (exact.table, exact.columns)
        }
        let closest = SSDA903Tables.columns.max { a, b in
            let sharedA = given.intersection(a.columns).count, sharedB = given.intersection(b.columns).count
            if sharedA != sharedB { return sharedA < sharedB }
            return given.symmetricDifference(a.columns).count > given.symmetricDifference(b.columns).count
        }!
        let missing = closest.columns.filter { !given.contains($0) }
        let extra = columns.filter { !closest.columns.contains($0) }
        var parts: [String] = []
        if !missing.isEmpty { parts.append("missing \(missing.joined(separator: ", "))") }
        if !extra.isEmpty { parts.append("extra \(extra.map { "“\($0)”" }.joined(separator: ", "))") }
        problems.append(ReturnFileProblem(
            location: location, column: (missing + extra).joined(separator: ", "),
            message: "the columns match no SSDA903 table; the closest is \(closest.table) (\(parts.joined(separator: "; "))); the file is not read"))
        return nil
    }
}

/// RFC 4180 CSV, read leniently: fields split by commas, records by LF, CRLF or CR; a field
/// in double quotes may hold commas, line breaks and doubled quotes.
enum SSDA903CSVParser {
    struct Field {
        var text: String
        var index: Int
        var line: Int
        var problem: String?
    }

    struct Record {
        var line: Int
        var fields: [Field]
    }

    struct Records {
        var rows: [Record] = []
        var problems: [ReturnFileProblem] = []
        /// The file is in an encoding that cannot be read as UTF-8 at all (UTF-16).
        var encodingRefused = false
    }

    static func records(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> Records {
        var result = Records()
        let n = bytes.count
        var i = 0
        if n >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            result.problems.append(ReturnFileProblem(
                location: SourceLocation(file: file, line: 1), column: nil,
                message: "the file is UTF-16; save it as CSV UTF-8 and load it again"))
            result.encodingRefused = true
            return result
        }
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        var line = 1
        var field: [UInt8] = []
        var fields: [Field] = []
        var recordLine = 1, fieldLine = 1
        var fieldProblem: String?

        func finishField() {
            var text: String
            var problem = fieldProblem
            if field.allSatisfy({ $0 < 0x80 }) {
                // Nearly every field is ASCII, which is UTF-8 as it stands: no need to validate it.
                text = field.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
            } else if let valid = String(validating: field, as: UTF8.self) {
                text = valid
            } else {
                text = String(decoding: field, as: UTF8.self)
                let bad = firstInvalidByte(field)
                problem = (problem.map { $0 + "; " } ?? "") + "byte 0x\(hex(bad)) is not UTF-8; save the file as CSV UTF-8"
            }
            fields.append(Field(text: text, index: fields.count, line: fieldLine, problem: problem))
            field.removeAll(keepingCapacity: true)
            fieldProblem = nil
        }
        func finishRecord() {
            finishField()
            if !(fields.count == 1 && fields[0].text.isEmpty && fields[0].problem == nil) {
                result.rows.append(Record(line: recordLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
        }

        var atRecordStart = true
        while i < n {
            if atRecordStart {
                recordLine = line
                fieldLine = line
                atRecordStart = false
            }
            let byte = bytes[i]
            if byte == 0x22, field.isEmpty {
                // A quoted field.
                let openedOn = line
                i += 1
                var closed = false
                while i < n {
                    let inner = bytes[i]
                    if inner == 0x22 {
                        if i + 1 < n, bytes[i + 1] == 0x22 {
                            field.append(0x22)
                            i += 2
                            continue
                        }
                        i += 1
                        closed = true
                        break
                    }
                    if inner == 0x0A || (inner == 0x0D && !(i + 1 < n && bytes[i + 1] == 0x0A)) { line += 1 }
                    field.append(inner)
                    i += 1
                }
                if !closed {
                    fieldProblem = "the quote opened on line \(openedOn) is never closed; the rest of the file is read as this field"
                } else if i < n, bytes[i] != 0x2C, bytes[i] != 0x0A, bytes[i] != 0x0D {
                    fieldProblem = "text follows the closing quote of this field; it is kept"
                }
                continue
            }
            switch byte {
            case 0x2C:
                finishField()
                fieldLine = line
                i += 1
            case 0x0A, 0x0D:
                i += byte == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A ? 2 : 1
                finishRecord()
                line += 1
                atRecordStart = true
            default:
                field.append(byte)
                i += 1
            }
        }
        if !atRecordStart { finishRecord() }
        return result
    }

    /// Upper case as the DfE's validator makes every value (ASCII quickly, other text fully).
    static func upperCased(_ text: String) -> String {
        var needsWork = false
        for byte in text.utf8 where (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80 {
            needsWork = true
            break
        }
        return needsWork ? text.uppercased() : text
    }

    private static func firstInvalidByte(_ bytes: [UInt8]) -> UInt8 {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return lead
            }
            guard index + length <= bytes.count else { return lead }
            let prefix = Array(bytes[index..<index + length])
            if String(validating: prefix, as: UTF8.self) == nil { return lead }
            index += length
        }
        return bytes.last ?? 0
    }

    private static func hex(_ byte: UInt8) -> String {
        let text = String(byte, radix: 16, uppercase: true)
        return text.count == 1 ? "0" + text : text
    }
}
