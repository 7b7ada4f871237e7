import HarbourCore

/// Shared reading of SSDA903 values for the rules in this part, done the way the DfE's
/// validator reads them: codes upper-cased, blank or unreadable dates left out of every
/// comparison, episodes taken child by child in date order.
enum SSDA903SupportB {
    /// A code as the DfE's validator compares it: its reader upper-cases every value.
    static func code(_ text: String) -> String { SSDA903Support.code(text) }

    /// The date `years` years on, keeping the day of the month where it exists (29 February
    /// becomes 28 February), as the validator's `DateOffset(years:)` does.
    static func adding(years: Int, to day: Day) -> Day { SSDA903Support.adding(years: years, to: day) }

    /// Each column's dates, parsed once per run.
    static func days(_ table: ReturnTable, _ column: ReturnTable.Column) -> [Day?] {
        table.days(column)
    }

    /// Each column's codes, upper-cased once per run.
    static func codes(_ table: ReturnTable, _ column: ReturnTable.Column) -> [String] {
        table.memoized("903 codes \(column.index)") { table.rows.map { code($0[column]) } }
    }

    /// Row indices ordered by a date, undated rows last, ties kept in row order (the
    /// validator's sort leaves the order of ties to chance).
    static func ordered(_ rows: [Int], by dates: [Day?]) -> [Int] {
        // Most children's episodes are already in order in the file.
        if zip(rows, rows.dropFirst()).allSatisfy({ compare(dates[$1], dates[$0]) != true }) { return rows }
        return rows.enumerated().sorted { a, b in
            compare(dates[a.element], dates[b.element]) ?? (a.offset < b.offset)
        }.map(\.element)
    }

    /// Each child's episodes in the order the validator sorts them (by CHILD, then start date,
    /// then `second` where given), undated episodes last.
    static func sequences(_ episodes: ReturnTable, by dates: [Day?], then second: [Day?]? = nil) -> [[Int]] {
        episodes.groups(by: episodes.column("CHILD")).values.map { rows in
            guard let second else { return ordered(rows, by: dates) }
            return rows.enumerated().sorted { a, b in
                compare(dates[a.element], dates[b.element]) ?? compare(second[a.element], second[b.element]) ?? (a.offset < b.offset)
            }.map(\.element)
        }
    }

    /// Whether `a` sorts before `b` (undated last), nil when they sort together.
    private static func compare(_ a: Day?, _ b: Day?) -> Bool? {
        switch (a, b) {
        case let (x?, y?): return x == y ? nil : x < y
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return nil
        }
    }

    /// The row with the latest date among `rows` (the first such row on ties), nil when
    /// none is dated: the validator's `idxmax`.
    static func latest(_ rows: [Int], by dates: [Day?]) -> Int? {
        var best: Int?
        for row in rows {
            guard let date = dates[row] else { continue }
            if let current = best, let bestDate = dates[current], bestDate >= date { continue }
            best = row
        }
        return best
    }

    /// The row with the earliest date among `rows` (the first such row on ties): `idxmin`.
    static func earliest(_ rows: [Int], by dates: [Day?]) -> Int? {
        var best: Int?
        for row in rows {
            guard let date = dates[row] else { continue }
            if let current = best, let bestDate = dates[current], bestDate <= date { continue }
            best = row
        }
        return best
    }

    /// Flags each row once, in row order.
    static func flag(_ rows: some Sequence<Int>, in table: ReturnTable, _ findings: inout Findings) {
        for row in Set(rows).sorted() { findings.flag(table, row: row) }
    }
}
