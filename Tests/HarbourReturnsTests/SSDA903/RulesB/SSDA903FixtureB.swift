import HarbourCore
@testable import HarbourReturns

/// Small SSDA903 returns built by hand for the part B rule tests: each row's location line is
/// its index in its table, so tests can name the rows the DfE's validator expects.
enum SSDA903FixtureB {
    typealias Rows = [[String: String]]

    static func table(_ name: String, _ rows: Rows) -> ReturnTable {
        var table = SSDA903Tables()[name]!
        for (index, row) in rows.enumerated() {
            for key in row.keys { precondition(table.hasColumn(key), "\(name) has no \(key)") }
            table.append(table.columns.map { row[$0] ?? "" }, at: SourceLocation(file: name, line: index))
        }
        return table
    }

    static func tables(_ rows: [String: Rows]) -> SSDA903Tables {
        var tables = SSDA903Tables()
        for (name, tableRows) in rows { tables.replace(table(name, tableRows)) }
        return tables
    }

    /// A return for the collection year ending 31 March `year`.
    static func ret(_ current: [String: Rows], last: [String: Rows]? = nil, year: Int = 2021, la: String = "") -> SSDA903Return {
        SSDA903Return(current: tables(current), last: last.map(tables), collectionYear: year, localAuthority: la)
    }

    /// The rows a rule flags in one table, by index.
    static func rows(_ rule: Rule<SSDA903Return>, _ input: SSDA903Return, _ table: String) -> [Int] {
        rule.run(input).filter { $0.table == table }.compactMap(\.line)
    }
}
