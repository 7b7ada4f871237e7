@testable import HarbourReturns
import HarbourCore

/// Small SSDA903 returns for the part-A rule tests. Row N of each table is read from line N,
/// so a finding's line is the row's index in the DfE validator's own test data. Cells not
/// given are blank, which is how the validator sees an empty CSV cell.
struct SSDA903ReturnA {
    var ret: SSDA903Return

    init(year: Int = 2026, last: Bool = false) {
        ret = SSDA903Return(last: last ? SSDA903Tables() : nil, collectionYear: year)
    }

    /// Fills a table column by column, as the validator's tests write their data frames.
    @discardableResult
    mutating func columns(_ name: String, last: Bool = false, _ values: KeyValuePairs<String, [String]>) -> Self {
        let count = values.map(\.value.count).max() ?? 0
        rows(name, last: last, (0..<count).map { index in
            Dictionary(uniqueKeysWithValues: values.map { ($0.key, index < $0.value.count ? $0.value[index] : "") })
        })
        return self
    }

    /// Fills a table row by row.
    @discardableResult
    mutating func rows(_ name: String, last: Bool = false, _ rows: [[String: String]]) -> Self {
        var tables = last ? (ret.last ?? SSDA903Tables()) : ret.current
        var table = tables[name]!
        table.rows = []
        for (index, row) in rows.enumerated() {
            for key in row.keys { precondition(table.hasColumn(key), "\(name) has no column \(key)") }
            table.append(table.columns.map { row[$0] ?? "" }, at: SourceLocation(file: name, line: index))
        }
        tables.replace(table)
        if last { ret.last = tables } else { ret.current = tables }
        return self
    }

    /// The lines (row indices) a rule flags in one table, in the order flagged.
    func lines(_ rule: Rule<SSDA903Return>, in table: String) -> [Int] {
        rule.run(ret).filter { $0.table == table }.compactMap(\.line)
    }

    /// The lines a rule flags in one table, sorted, as the validator lists them.
    func sortedLines(_ rule: Rule<SSDA903Return>, in table: String) -> [Int] {
        lines(rule, in: table).sorted()
    }
}
