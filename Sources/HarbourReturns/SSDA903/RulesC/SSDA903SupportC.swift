import HarbourCore

/// How the DfE's SSDA903 validator reads a return, for the rules in part C: an empty cell is
/// missing, codes are upper-cased, a date it cannot read counts as missing and every
/// comparison with a missing date is false.
enum SSDA903SupportC {
    /// The value as the validator compares it: upper-cased; "" when missing.
    @inline(__always)
    static func code(_ row: ReturnRow, _ column: ReturnTable.Column) -> String { SSDA903Support.code(row, column) }

    /// Whether the cell holds anything at all (the validator treats only empty cells as missing).
    @inline(__always)
    static func has(_ row: ReturnRow, _ column: ReturnTable.Column) -> Bool { SSDA903Support.has(row, column) }

    /// A date moved by whole years the way the validator does it: 29 February lands on
    /// 28 February in a common year.
    static func adding(years: Int, to day: Day) -> Day { SSDA903Support.adding(years: years, to: day) }

    /// A date moved by whole months, the day kept where the month has it (31 January + 1 month
    /// is 28 or 29 February).
    static func adding(months: Int, to day: Day) -> Day { day.adding(months: months) }

    /// Orders two dates the way the validator sorts them: missing dates last. Nil when equal.
    @inline(__always)
    static func missingLast(_ a: Day?, _ b: Day?) -> Bool? {
        switch (a, b) {
        case (nil, nil): return nil
        case (nil, _): return false
        case (_, nil): return true
        case let (a?, b?): return a == b ? nil : a < b
        }
    }

    /// Whether one text comes before another in code point order, as the validator compares
    /// text it has not read as dates.
    @inline(__always)
    static func textBefore(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// Flags each row once, in row order.
    static func flag(_ findings: inout Findings, _ table: ReturnTable, rows: some Sequence<Int>) {
        for row in Set(rows).sorted() { findings.flag(table, row: row) }
    }

    /// A child's periods of care as the validator builds them from its episodes: episodes with
    /// a readable start, in start order, a new period beginning when an episode starts after
    /// the one before it ended. A period runs from its first episode's start to its last
    /// episode's end (nil while that episode is open).
    static func periodsOfCare(_ episodes: ReturnTable) -> [String: [(start: Day, end: Day?)]] {
        episodes.memoized("903 periods of care") {
            let child = episodes.column("CHILD"), decom = episodes.column("DECOM"), dec = episodes.column("DEC")
            var dated: [String: [(start: Day, end: Day?)]] = [:]
            for row in episodes.rows {
                guard let start = row.day(decom) else { continue }
                dated[row[child], default: []].append((start, row.day(dec)))
            }
            var periods: [String: [(start: Day, end: Day?)]] = [:]
            for (id, list) in dated {
                // A stable sort by start, as the validator's sort on CHILD and DECOM is.
                let ordered = list.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
                var result: [(start: Day, end: Day?)] = []
                var previousEnd: Day?
                for (index, episode) in ordered.enumerated() {
                    // Episodes without a child id never join a period (the validator's missing ids differ from each other).
                    let startsNew = index == 0 || id.isEmpty || (previousEnd.map { episode.start > $0 } ?? false)
                    if startsNew {
                        result.append((episode.start, episode.end))
                    } else {
                        result[result.count - 1].end = episode.end
                    }
                    previousEnd = episode.end
                }
                periods[id] = result
            }
            return periods
        }
    }

    /// Rows of a table paired with the row before them, child by child, in the order the
    /// validator sorts them: by `first` then `second` date, missing dates last, ties in row order.
    /// Rows without a child id pair with each other only where `pairingMissingChild` (the
    /// validator's merges match missing ids, its equality tests do not).
    static func consecutivePairs(
        _ table: ReturnTable, pairingMissingChild: Bool = false, first: (Int) -> Day?, second: (Int) -> Day?
    ) -> [(previous: Int, current: Int)] {
        let child = table.column("CHILD")
        var pairs: [(previous: Int, current: Int)] = []
        for (id, rows) in table.groups(by: child) where rows.count > 1 && (pairingMissingChild || !id.isEmpty) {
            let keyed = rows.map { (row: $0, first: first($0), second: second($0)) }
            let ordered = keyed.sorted { a, b in
                if let order = missingLast(a.first, b.first) { return order }
                if let order = missingLast(a.second, b.second) { return order }
                return a.row < b.row
            }
            for index in 1..<ordered.count { pairs.append((ordered[index - 1].row, ordered[index].row)) }
        }
        return pairs
    }

    // MARK: Periods in a table of their own (missing episodes, DoLOs)

    /// Flags rows whose `start` date is after the end of the collection year.
    static func flagStartsAfterYear(_ findings: inout Findings, _ table: ReturnTable, start: String, _ ret: SSDA903Return) {
        let column = table.column(start), yearEnd = ret.collectionEnd
        flag(&findings, table, rows: table.rows.indices.filter { table.rows[$0].day(column).map { $0 > yearEnd } ?? false })
    }

    /// Flags rows whose `end` date is before the start or after the end of the collection year.
    static func flagEndsOutsideYear(_ findings: inout Findings, _ table: ReturnTable, end: String, _ ret: SSDA903Return) {
        let column = table.column(end), year = ret.collectionStart...ret.collectionEnd
        flag(&findings, table, rows: table.rows.indices.filter { table.rows[$0].day(column).map { !year.contains($0) } ?? false })
    }

    /// Flags a period that starts while the one before it is still open: periods in order of
    /// end date (an open one by its start), then start date.
    static func flagOverlaps(_ findings: inout Findings, _ table: ReturnTable, start: String, end: String) {
        let startColumn = table.column(start), endColumn = table.column(end)
        let starts = table.rows.map { $0.day(startColumn) }, ends = table.rows.map { $0.day(endColumn) }
        var flagged: [Int] = []
        for (previous, current) in consecutivePairs(table, first: { ends[$0] ?? starts[$0] }, second: { starts[$0] }) {
            guard let previousEnd = ends[previous] else { flagged.append(current); continue }
            if let start = starts[current], start < previousEnd { flagged.append(current) }
        }
        flag(&findings, table, rows: flagged)
    }
}
