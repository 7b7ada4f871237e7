import HarbourCore

/// How the DfE's SSDA903 validator sees a return's values, for the rules in part A: it reads
/// every empty cell as missing and upper-cases every code, so the rules do the same.
enum SSDA903SupportA {
    /// The value as the validator compares it: upper-cased; "" when missing.
    @inline(__always)
    static func code(_ row: ReturnRow, _ column: ReturnTable.Column) -> String { SSDA903Support.code(row, column) }

    /// Whether the cell holds anything at all (the validator treats only empty cells as missing).
    @inline(__always)
    static func has(_ row: ReturnRow, _ column: ReturnTable.Column) -> Bool { SSDA903Support.has(row, column) }

    /// A date moved by whole years the way the validator does it: 29 February lands on
    /// 28 February in a common year.
    static func adding(years: Int, to day: Day) -> Day { SSDA903Support.adding(years: years, to: day) }

    /// A rule that a date item, where given, is a real date; `required` also flags it when blank.
    static func validDate(
        _ code: String, _ message: String, table: @escaping @Sendable (SSDA903Tables) -> ReturnTable, field: String,
        required: Bool = false
    ) -> Rule<SSDA903Return> {
        Rule(code, message, fields: [field]) { ret, findings in
            let table = table(ret.current)
            let column = table.column(field)
            for (index, row) in table.rows.enumerated() where row.day(column) == nil {
                if required || has(row, column) { findings.flag(table, row: index) }
            }
        }
    }

    /// A rule that a coded item holds one of `codes`; blank passes unless `required`.
    static func codeList(
        _ code: String, _ message: String, table: @escaping @Sendable (SSDA903Tables) -> ReturnTable, field: String,
        codes: Set<String>, required: Bool = false
    ) -> Rule<SSDA903Return> {
        Rule(code, message, fields: [field]) { ret, findings in
            let table = table(ret.current)
            let column = table.column(field)
            for (index, row) in table.rows.enumerated() {
                let value = Self.code(row, column)
                if value.isEmpty ? required : !codes.contains(value) { findings.flag(table, row: index) }
            }
        }
    }

    /// Each child's row with the earliest (or latest) date in a column among `rows`, taking the
    /// first such row on ties as the validator does (or the last, where it sorts and takes the
    /// last); children with no date in that column are left out. Children come in the order
    /// they first appear.
    static func extremeRows(
        _ table: ReturnTable, by column: ReturnTable.Column, latest: Bool, lastOnTies: Bool = false, rows: [Int]? = nil
    ) -> [(child: String, row: Int)] {
        let child = table.column("CHILD")
        var best: [String: (row: Int, day: Day)] = [:]
        var order: [String] = []
        for index in rows ?? Array(table.rows.indices) {
            let row = table.rows[index]
            let id = row[child]
            guard !id.isEmpty, let day = row.day(column) else { continue }
            if let current = best[id] {
                let better = latest ? day > current.day : day < current.day
                if better || (lastOnTies && day == current.day) { best[id] = (index, day) }
            } else {
                best[id] = (index, day)
                order.append(id)
            }
        }
        return order.map { ($0, best[$0]!.row) }
    }

    /// Flags each row once, in row order.
    static func flag(_ rows: some Sequence<Int>, in table: ReturnTable, _ findings: inout Findings, fields: [String]? = nil) {
        for index in Set(rows).sorted() { findings.flag(table, row: index, fields: fields) }
    }

    /// Row indices of a table by CHILD, for joining tables on the child as the validator does
    /// (rows with no CHILD join each other).
    static func rowsByChild(_ table: ReturnTable) -> [String: [Int]] {
        table.groups(by: table.column("CHILD"))
    }
}
