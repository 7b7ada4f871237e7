import HarbourCore

/// What the part-B CIN rules share: the census year and working days as the DfE's validator
/// counts them, and keys for matching a child's blocks across tables.
enum CINSupportB {
    /// The census year as the validator's `make_census_period` gives it: from the day after the
    /// reference date a year earlier (1 April for a 31 March census) to the reference date.
    /// Either end is nil when the header's reference date cannot be read; as in the validator,
    /// every comparison with a missing end is false.
    struct CensusYear: Sendable {
        let start: Day?
        let end: Day?

        /// Whether `day` is on or between the two ends.
        func contains(_ day: Day) -> Bool {
            guard let start, let end else { return false }
            return start <= day && day <= end
        }

        /// Whether `day` is before the start or after the end.
        func isOutside(_ day: Day) -> Bool {
            if let start, day < start { return true }
            if let end, day > end { return true }
            return false
        }
    }

    /// The census year, or nil when the return has no header row (the validator's rules that
    /// read the reference date stop without a finding then).
    static func censusYear(_ ret: CINReturn) -> CensusYear? {
        guard let row = ret.header.rows.first else { return nil }
        guard let end = row.day(ret.header.column("ReferenceDate")) else { return CensusYear(start: nil, end: nil) }
        return CensusYear(start: end.adding(months: -12).adding(days: 1), end: end)
    }

    /// The reference date, or nil when there is no header row or no readable date.
    static func referenceDate(_ ret: CINReturn) -> Day? {
        ret.header.rows.first?.day(ret.header.column("ReferenceDate"))
    }

    /// `date` less `n` English working days as the validator counts them (`date -
    /// england_working_days(n)`, a pandas business-day offset of n - 1): a date that is not a
    /// working day first moves on to the next working day, which then counts as the first.
    static func workingDays(_ n: Int, before date: Day, calendar: WorkingDayCalendar = .england) -> Day {
        var day = date
        while !calendar.isWorkingDay(day) { day = day.adding(days: 1) }
        var left = n - 1
        while left > 0 {
            day = day.adding(days: -1)
            if calendar.isWorkingDay(day) { left -= 1 }
        }
        return day
    }

    /// A CIN episode of one child: the key the validator joins a child's blocks on (the same
    /// key, and the same shared grouping, as the rules of part A use).
    typealias EpisodeKey = CINSupportA.Episode

    /// Row indices of a table grouped by CIN episode, in row order.
    static func episodes(_ table: ReturnTable) -> [EpisodeKey: [Int]] {
        CINSupportA.byEpisode(table)
    }

    /// Flags each row once, in row order.
    static func flag(_ rows: Set<Int>, in table: ReturnTable, _ findings: inout Findings, fields: [String]? = nil) {
        for row in rows.sorted() { findings.flag(table, row: row, fields: fields) }
    }
}
