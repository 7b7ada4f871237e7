import HarbourCore
@testable import HarbourReturns

/// Small SSDA903 returns built by hand for part C's rule tests. Row i of a table is read
/// from the file named after the table ("Episodes", last year's "Episodes_last"), line i,
/// so a finding's line is the row's index as the DfE validator's tests number it.
enum LACC {
    typealias Rows = [[String: String]]

    /// A table whose rows give their values by column name; columns not given are blank.
    static func table(_ name: String, _ rows: Rows, file: String) -> ReturnTable {
        let columns = SSDA903Tables.columns.first { $0.table == name }!.columns
        var table = ReturnTable(name: name, columns: columns)
        for (index, row) in rows.enumerated() {
            table.append(columns.map { row[$0] ?? "" }, at: SourceLocation(file: file, line: index))
        }
        return table
    }

    static func tables(_ tables: [String: Rows], suffix: String) -> SSDA903Tables {
        var result = SSDA903Tables()
        for (name, rows) in tables { result.replace(table(name, rows, file: name + suffix)) }
        return result
    }

    /// A return for the collection year ending in March of `year`, with last year's tables
    /// where given.
    static func ret(_ year: Int, _ current: [String: Rows], last: [String: Rows]? = nil) -> SSDA903Return {
        SSDA903Return(
            current: tables(current, suffix: ""), last: last.map { tables($0, suffix: "_last") }, collectionYear: year
        )
    }

    /// The rows a rule flags, by file, each row once and in order.
    static func flagged(_ rule: Rule<SSDA903Return>, _ ret: SSDA903Return) -> [String: [Int]] {
        var rows: [String: Set<Int>] = [:]
        for finding in rule.run(ret) { rows[finding.file, default: []].insert(finding.line ?? -1) }
        return rows.mapValues { $0.sorted() }
    }
}
