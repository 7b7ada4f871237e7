import HarbourCore
@testable import HarbourReturns

/// Small CIN returns built by hand for part A's rule tests: each table from rows of
/// item → value (absent items are ""), each row's line its index in the table.
enum CINFixtureA {
    typealias Rows = [[String: String]]

    /// A return with the given tables and a header for the census year ending `reference`.
    static func census(
        reference: String? = "2027-03-31", year: String = "2027", _ tables: [String: Rows] = [:]
    ) -> CINReturn {
        var ret = CINReturn(file: "test.xml")
        var header: [String: String] = ["Collection": "CIN", "Year": year]
        if let reference { header["ReferenceDate"] = reference }
        ret.header = table("Header", tables["Header"] ?? [header])
        ret.childIdentifiers = table("ChildIdentifiers", tables["ChildIdentifiers"] ?? [])
        ret.childCharacteristics = table("ChildCharacteristics", tables["ChildCharacteristics"] ?? [])
        ret.disabilities = table("Disabilities", tables["Disabilities"] ?? [])
        ret.cinDetails = table("CINdetails", tables["CINdetails"] ?? [])
        ret.assessments = table("Assessments", tables["Assessments"] ?? [])
        ret.assessmentFactors = table("AssessmentFactorsList", tables["AssessmentFactorsList"] ?? [])
        ret.cinPlanDates = table("CINplanDates", tables["CINplanDates"] ?? [])
        ret.section47 = table("Section47", tables["Section47"] ?? [])
        ret.childProtectionPlans = table("ChildProtectionPlans", tables["ChildProtectionPlans"] ?? [])
        ret.reviews = table("Reviews", tables["Reviews"] ?? [])
        return ret
    }

    static func table(_ name: String, _ rows: Rows) -> ReturnTable {
        let columns = CINReturn.columns.first { $0.table == name }!.columns
        var table = ReturnTable(name: name, columns: columns)
        for (index, row) in rows.enumerated() {
            precondition(Set(row.keys).isSubset(of: columns), "unknown item in \(name): \(row.keys)")
            table.append(columns.map { row[$0] ?? "" }, at: SourceLocation(file: "test.xml", line: index))
        }
        return table
    }

    /// Rows written as a table: item names, then each row's values (nil for absent).
    static func rows(_ items: [String], _ values: [[String?]]) -> Rows {
        values.map { row in
            precondition(row.count == items.count, "row \(row) does not match \(items)")
            var result: [String: String] = [:]
            for (item, value) in zip(items, row) { result[item] = value }
            return result
        }
    }

    /// One column's values as rows.
    static func column(_ name: String, _ values: [String?]) -> Rows {
        values.map { value in value.map { [name: $0] } ?? [:] }
    }

    /// The rows a rule flags, by table.
    static func flagged(_ rule: Rule<CINReturn>, _ ret: CINReturn) -> [String: [Int]] {
        var rows: [String: [Int]] = [:]
        for finding in rule.run(ret) { rows[finding.table, default: []].append(finding.line ?? -1) }
        return rows
    }

    /// The rows a rule flags in one table.
    static func flagged(_ rule: Rule<CINReturn>, _ ret: CINReturn, in table: String) -> [Int] {
        flagged(rule, ret)[table] ?? []
    }
}
