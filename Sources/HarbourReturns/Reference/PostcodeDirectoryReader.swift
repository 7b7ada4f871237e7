import Foundation

/// Reads the ONS Postcode Directory CSV (ONSPD: pcds, oslaua, oscty, oseast1m, osnrth1m) or the
/// National Statistics Postcode Directory that replaced it (pcds, lad25cd, cty25cd, east1m,
/// north1m), as published, whole or cut down to the rows a council needs. Other columns are
/// passed over. Rows for terminated postcodes are kept, as the DfE's validator keeps them: a
/// child's postcode may have been recorded before it was retired.
///
/// Columns are found by name in any case: the postcode in pcds, pcd, pcd7, pcd8 or pcd2; the
/// district in oslaua, laua or ladNNcd; the county, if given, in oscty, cty or ctyNNcd; the grid
/// reference in oseast1m and osnrth1m, or east1m and north1m.
public enum PostcodeDirectoryReader {
    /// Stops collecting problems after this many: a wrong file has one on every line.
    static let problemLimit = 20

    public static func read(contentsOf url: URL) throws -> PostcodeDirectory {
        try read(ReferenceCSV.contents(of: url), file: url.path)
    }

    public static func read(_ data: Data, file: String) throws -> PostcodeDirectory {
        var problems: [ReturnFileProblem] = []
        var places: [String: PostcodeDirectory.Place] = [:]
        var firstLine: [String: Int] = [:]
        var columns: (postcode: Int, district: Int, county: Int?, easting: Int, northing: Int)?
        var headerCount = 0
        var names: [String] = []
        var sawHeader = false
        func problem(_ line: Int, _ column: String?, _ message: String) {
            problems.append(ReturnFileProblem(location: SourceLocation(file: file, line: line), column: column, message: message))
        }
        ReferenceCSV.records(data) { record in
            guard sawHeader else {
                sawHeader = true
                names = (0..<record.count).map { record[$0] }
                let header = ReferenceHeader(names: names)
                headerCount = names.count
                let postcode = header.index(["pcds", "pcd", "pcd7", "pcd8", "pcd2"])
                let district = header.index(["oslaua", "laua"], pattern: "lad[0-9][0-9]cd")
                let county = header.index(["oscty", "cty"], pattern: "cty[0-9][0-9]cd")
                let easting = header.index(["oseast1m", "east1m"]), northing = header.index(["osnrth1m", "north1m"])
                var missing: [String] = []
                if postcode == nil { missing.append("the postcode (pcds or pcd)") }
                if district == nil { missing.append("the local authority district (oslaua or lad25cd)") }
                if easting == nil { missing.append("the easting (oseast1m or east1m)") }
                if northing == nil { missing.append("the northing (osnrth1m or north1m)") }
                if let postcode, let district, let easting, let northing {
                    columns = (postcode, district, county, easting, northing)
                } else {
                    problem(record.line, nil, "this is not the ONS Postcode Directory: the header has no column for "
                        + missing.joined(separator: ", ") + "; it has " + names.prefix(12).joined(separator: ", ")
                        + (names.count > 12 ? ", …" : ""))
                }
                return columns != nil
            }
            guard let columns else { return false }
            if record.count != headerCount {
                problem(record.line, nil, "the row has \(record.count) field\(record.count == 1 ? "" : "s"); the header has \(headerCount)")
                return problems.count < problemLimit
            }
            for index in [columns.postcode, columns.district, columns.easting, columns.northing] where !record.isUTF8(index) {
                problem(record.line, nil, "the row is not UTF-8; save the file as CSV UTF-8")
                return problems.count < problemLimit
            }
            let postcode = record[columns.postcode].trimmingCharacters(in: .whitespaces)
            guard !postcode.isEmpty else {
                problem(record.line, names[columns.postcode], "the postcode is blank")
                return problems.count < problemLimit
            }
            let key = PostcodeDirectory.key(postcode)
            if let earlier = firstLine[key] {
                problem(record.line, names[columns.postcode], "\(postcode) is listed twice (first on line \(earlier))")
                return problems.count < problemLimit
            }
            firstLine[key] = record.line
            let district = record[columns.district].trimmingCharacters(in: .whitespaces).uppercased()
            let county = columns.county.map { record[$0].trimmingCharacters(in: .whitespaces).uppercased() }
            var grid: [Double?] = []
            for index in [columns.easting, columns.northing] {
                let text = record[index].trimmingCharacters(in: .whitespaces)
                if text.isEmpty { grid.append(nil); continue }
                guard let metres = Double(text), metres.isFinite, metres >= 0 else {
                    problem(record.line, names[index], "“\(text)” is not a grid reference in metres")
                    return problems.count < problemLimit
                }
                grid.append(metres)
            }
            places[key] = PostcodeDirectory.Place(
                district: district,
                county: county.flatMap { $0.isEmpty || $0.hasSuffix("99999999") ? nil : $0 },
                easting: grid[0], northing: grid[1])
            return true
        }
        if !sawHeader {
            problem(1, nil, "the file is empty: it has no header row")
        }
        guard problems.isEmpty else { throw ReferenceFileError(problems: problems) }
        return PostcodeDirectory(keyed: places)
    }
}
