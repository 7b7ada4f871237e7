/// English working days: any day but Saturday, Sunday and a bank holiday in England and Wales
/// (Christmas Day and Good Friday are in the bank holiday list), plus any one-off closure
/// days the council adds. School days are working days outside the council's school holidays.
///
/// Counting follows the convention in the rule book: the day of the start event is day 0, and
/// "within N working days" means on or before the Nth working day after it. When the start
/// falls on a non-working day, `StartConvention` says whether day 0 moves to the next working
/// day (the default) or stays on the start date.
public struct WorkingDayCalendar: Sendable {
    public enum StartConvention: String, Sendable, Codable, CaseIterable {
        /// A Saturday referral counts from Monday: one working day later is Tuesday.
        case nextWorkingDay = "next-working-day"
        /// A Saturday referral counts from Saturday: one working day later is Monday.
        case startDay = "start-day"
    }

    public let convention: StartConvention
    public let extraHolidays: [BankHoliday]
    public let schoolHolidays: [ClosedRange<Day>]

    /// Years with a prefix sum of working days; outside them the calendar counts day by day.
    static let fastYears = 1990...2100
    private let firstOrdinal: Int
    /// `cumulative[i]` = working days in [firstOrdinal, firstOrdinal + i).
    private let cumulative: [Int32]
    private let holidays: Set<Int>

    public init(convention: StartConvention = .nextWorkingDay, extraHolidays: [BankHoliday] = [],
                schoolHolidays: [ClosedRange<Day>] = []) {
        self.convention = convention
        self.extraHolidays = extraHolidays
        self.schoolHolidays = schoolHolidays
        var holidays = Set<Int>()
        for year in WorkingDayCalendar.fastYears {
            for h in EnglandAndWalesBankHolidays.holidays(in: year) { holidays.insert(h.day.ordinal) }
        }
        for h in extraHolidays { holidays.insert(h.day.ordinal) }
        self.holidays = holidays
        let first = Day(year: WorkingDayCalendar.fastYears.lowerBound, month: 1, day: 1)!.ordinal
        let last = Day(year: WorkingDayCalendar.fastYears.upperBound, month: 12, day: 31)!.ordinal
        var sums = [Int32](repeating: 0, count: last - first + 2)
        for i in 0...(last - first) {
            let ordinal = first + i
            let weekday = Day(ordinal: ordinal).isoWeekday
            let working = weekday <= 5 && !holidays.contains(ordinal)
            sums[i + 1] = sums[i] + (working ? 1 : 0)
        }
        self.firstOrdinal = first
        self.cumulative = sums
    }

    /// England and Wales bank holidays, the default convention, no extra days.
    public static let england = WorkingDayCalendar()

    public func isBankHoliday(_ day: Day) -> Bool {
        if WorkingDayCalendar.fastYears.contains(day.year) { return holidays.contains(day.ordinal) }
        return EnglandAndWalesBankHolidays.holidays(in: day.year).contains { $0.day == day }
            || extraHolidays.contains { $0.day == day }
    }

    public func isWorkingDay(_ day: Day) -> Bool {
        day.isoWeekday <= 5 && !isBankHoliday(day)
    }

    public func isSchoolDay(_ day: Day) -> Bool {
        isWorkingDay(day) && !schoolHolidays.contains { $0.contains(day) }
    }

    /// The bank holidays (and council closure days) in `year`, in date order.
    public func holidays(in year: Int) -> [BankHoliday] {
        (EnglandAndWalesBankHolidays.holidays(in: year) + extraHolidays.filter { $0.day.year == year })
            .sorted { $0.day < $1.day }
    }

    /// Day 0 for a count starting on `start`, under the convention.
    public func countingStart(_ start: Day) -> Day {
        guard convention == .nextWorkingDay else { return start }
        var day = start
        while !isWorkingDay(day) { day = day.adding(days: 1) }
        return day
    }

    /// The Nth working day after `start` (N ≥ 0; 0 gives day 0 itself).
    public func adding(workingDays n: Int, to start: Day) -> Day {
        precondition(n >= 0, "a count of working days cannot be negative")
        var day = countingStart(start)
        guard n > 0 else { return day }
        // Within the fast years: walk the prefix sums to the first day that reaches the count.
        var i = day.ordinal - firstOrdinal + 1
        if i >= 1, i < cumulative.count {
            let target = cumulative[i] + Int32(clamping: n)
            while i < cumulative.count, cumulative[i] < target { i += 1 }
            if i < cumulative.count { return Day(ordinal: firstOrdinal + i - 1) }
        }
        var left = n
        while left > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { left -= 1 }
        }
        return day
    }

    /// The Nth school day after `start`: day 0 moves to the next school day when the start is not one.
    public func adding(schoolDays n: Int, to start: Day) -> Day {
        precondition(n >= 0, "a count of school days cannot be negative")
        var day = start
        if convention == .nextWorkingDay { while !isSchoolDay(day) { day = day.adding(days: 1) } }
        var left = n
        while left > 0 {
            day = day.adding(days: 1)
            if isSchoolDay(day) { left -= 1 }
        }
        return day
    }

    /// Working days after `from` up to and including `to`: the number N for which `to` is the
    /// Nth working day after `from` when `to` is a working day. Negative when `to` is earlier.
    /// Under the default convention a start on a non-working day counts from the next working day.
    public func workingDays(from: Day, to: Day) -> Int {
        if to < from { return -workingDays(from: to, to: from) }
        let start = countingStart(from)
        if to <= start { return 0 }
        return workingDaysThrough(to) - workingDaysThrough(start)
    }

    /// Working days from a fixed origin through `day` inclusive (only differences are meaningful).
    private func workingDaysThrough(_ day: Day) -> Int {
        let index = day.ordinal - firstOrdinal + 1
        if index >= 0, index < cumulative.count { return Int(cumulative[index]) }
        // Outside the fast years: count from the nearest edge.
        if index < 0 {
            var count = 0
            var d = day.adding(days: 1)
            let edge = Day(ordinal: firstOrdinal)
            while d < edge { if isWorkingDay(d) { count += 1 }; d = d.adding(days: 1) }
            return -count
        }
        var count = Int(cumulative[cumulative.count - 1])
        var d = Day(ordinal: firstOrdinal + cumulative.count - 1)
        while d <= day { if isWorkingDay(d) { count += 1 }; d = d.adding(days: 1) }
        return count
    }
}

/// How long a rule allows, in the unit its source uses.
public enum TimeAllowed: Sendable, Hashable, CustomStringConvertible {
    case workingDays(Int)
    case days(Int)
    case weeks(Int)
    /// Calendar months (Interpretation Act 1978): 15 January + 3 months = 15 April; a day
    /// past the end of the month falls back to its last day (31 August + 6 months = 28 February).
    case months(Int)
    /// Elapsed clock hours. From a date with no time, the due day is the day the hours run out
    /// counting from the end of the start day: 72 hours after a return on Monday is Thursday.
    case hours(Int)
    case schoolDays(Int)
    /// A birthday: the date a child reaches this age (for entitlements such as leaving care support).
    case age(Int)

    public var description: String {
        switch self {
        case .workingDays(let n): n == 1 ? "1 working day" : "\(n) working days"
        case .days(let n): n == 1 ? "1 day" : "\(n) days"
        case .weeks(let n): n == 1 ? "1 week" : "\(n) weeks"
        case .months(let n): n == 1 ? "1 month" : "\(n) months"
        case .hours(let n): "\(n) hours"
        case .schoolDays(let n): n == 1 ? "1 school day" : "\(n) school days"
        case .age(let n): "age \(n)"
        }
    }

    /// The last day on which something started on `start` is in time. For `.age`, `start` is the date of birth.
    public func due(from start: Day, calendar: WorkingDayCalendar) -> Day {
        switch self {
        case .workingDays(let n): calendar.adding(workingDays: n, to: start)
        case .days(let n): start.adding(days: n)
        case .weeks(let n): start.adding(days: 7 * n)
        case .months(let n): start.adding(months: n)
        case .hours(let n): start.adding(days: (n + 23) / 24)
        case .schoolDays(let n): calendar.adding(schoolDays: n, to: start)
        case .age(let n): start.birthday(n)
        }
    }
}

extension Day {
    /// The same day of the month `n` months later (or earlier), or the month's last day if it has fewer days.
    public func adding(months n: Int) -> Day {
        let total = year * 12 + (month - 1) + n
        let y = total / 12, m = total % 12 + 1
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))!
    }

    public var isWeekend: Bool { isoWeekday >= 6 }

    /// The day someone born on `self` reaches `age`: for 29 February, 1 March in a common year,
    /// as `age(on:)` counts it.
    public func birthday(_ age: Int) -> Day {
        if month == 2, day == 29, !Day.isLeap(year + age) { return Day(year: year + age, month: 3, day: 1)! }
        return Day(year: year + age, month: month, day: day)!
    }
}
