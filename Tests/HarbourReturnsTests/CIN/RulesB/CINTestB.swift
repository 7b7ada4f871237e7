import HarbourCore
@testable import HarbourReturns

/// Small CIN censuses built by hand for the part-B rule tests.
enum CINTestB {
    /// A CIN table with only `columns` filled (the rest blank); row i is found at line i of a
    /// file named after the table, so findings read "CINdetails 3".
    static func table(_ name: String, _ columns: [String], _ rows: [[String]]) -> ReturnTable {
        let all = CINReturn.columns.first { $0.table == name }!.columns
        var table = ReturnTable(name: name, columns: all)
        for (index, row) in rows.enumerated() {
            let values = all.map { column in columns.firstIndex(of: column).map { row[$0] } ?? "" }
            table.append(values, at: SourceLocation(file: name, line: index))
        }
        return table
    }

    /// A header whose reference date is `date`.
    static func header(_ date: String) -> ReturnTable {
        table("Header", ["ReferenceDate"], [[date]])
    }

    /// A census holding `tables`; every other table is empty (the header too, unless given).
    static func census(_ tables: [ReturnTable]) -> CINReturn {
        var ret = CINReturn(file: "census.xml")
        for table in tables {
            switch table.name {
            case "Header": ret.header = table
            case "ChildIdentifiers": ret.childIdentifiers = table
            case "ChildCharacteristics": ret.childCharacteristics = table
            case "Disabilities": ret.disabilities = table
            case "CINdetails": ret.cinDetails = table
            case "Assessments": ret.assessments = table
            case "AssessmentFactorsList": ret.assessmentFactors = table
            case "CINplanDates": ret.cinPlanDates = table
            case "Section47": ret.section47 = table
            case "ChildProtectionPlans": ret.childProtectionPlans = table
            case "Reviews": ret.reviews = table
            default: preconditionFailure("no CIN table \(table.name)")
            }
        }
        return ret
    }

    /// The census less some rows ("Table row"), to check that what remains passes.
    static func without(_ rows: [String], _ ret: CINReturn) -> CINReturn {
        let drop = Set(rows)
        return census(ret.tables.map { table in
            var kept = table
            kept.rows = table.rows.filter { !drop.contains("\(table.name) \($0.location.line ?? -1)") }
            return kept
        })
    }

    /// The rows a rule flags, as "Table row", by table then row.
    static func flagged(_ rule: Rule<CINReturn>, _ ret: CINReturn) -> [String] {
        rule.run(ret)
            .map { (table: $0.table, row: $0.line ?? -1) }
            .sorted { ($0.table, $0.row) < ($1.table, $1.row) }
            .map { "\($0.table) \($0.row)" }
    }
}
