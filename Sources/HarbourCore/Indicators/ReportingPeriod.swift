/// The period an indicator is counted over: a calendar month, a financial-year quarter, a
/// financial year (1 April to 31 March, as the DfE returns), or the rolling 12 months to the
/// end of a month. Stock measures ("children looked after") are taken as at its last day.
public enum ReportingPeriod: Hashable, Sendable, CustomStringConvertible {
    case month(year: Int, month: Int)
    /// Quarter 1 is April to June of `startYear`; quarter 4 is January to March of the next year.
    case quarter(startYear: Int, quarter: Int)
    /// 1 April `startYear` to 31 March the year after.
    case financialYear(startYear: Int)
    /// The 12 months ending with the month given.
    case rolling12(year: Int, month: Int)

    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public let text: String
        public let reason: String
        public var description: String { "\"\(text)\" is not a reporting period: \(reason)" }
    }

    static let forms = "write a month as 2014-03, a financial year as 2013/14, a quarter of it as 2013/14-Q4, or the 12 months to a month as 12m-2014-03"

    /// Reads the forms `description` writes: `2014-03`, `2013/14`, `2013/14-Q4`, `12m-2014-03`.
    public init(parsing text: String) throws(Problem) {
        func fail(_ reason: String = Self.forms) -> Problem { Problem(text: text, reason: reason) }
        func number(_ part: Substring, digits: Int) -> Int? {
            part.count == digits && part.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(part) : nil
        }
        func year(_ part: Substring) throws(Problem) -> Int {
            guard let y = number(part, digits: 4) else { throw fail() }
            guard (1900...2200).contains(y) else { throw fail("the year must be from 1900 to 2200") }
            return y
        }
        func month(_ y: Substring, _ m: Substring) throws(Problem) -> (Int, Int) {
            let year = try year(y)
            guard let month = number(m, digits: 2) else { throw fail() }
            guard (1...12).contains(month) else { throw fail("months run from 01 to 12") }
            return (year, month)
        }
        let trimmed = Substring(text.trimmingCharacters(in: .whitespaces))
        if trimmed.lowercased().hasPrefix("12m-") {
            let parts = trimmed.dropFirst(4).split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2 else { throw fail() }
            let (y, m) = try month(parts[0], parts[1])
            self = .rolling12(year: y, month: m)
        } else if trimmed.contains("/") {
            let halves = trimmed.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            let years = halves[0].split(separator: "/", omittingEmptySubsequences: false)
            guard years.count == 2, let second = number(years[1], digits: 2) else { throw fail() }
            let first = try year(years[0])
            guard second == (first + 1) % 100 else { throw fail("a financial year runs into the next year, as 2013/14") }
            if halves.count == 1 {
                self = .financialYear(startYear: first)
            } else {
                let q = halves[1].uppercased()
                guard q.count == 2, q.hasPrefix("Q"), let n = Int(q.dropFirst()), (1...4).contains(n) else {
                    throw fail("quarters are Q1 (April to June) to Q4 (January to March)")
                }
                self = .quarter(startYear: first, quarter: n)
            }
        } else {
            let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2 else { throw fail() }
            let (y, m) = try month(parts[0], parts[1])
            self = .month(year: y, month: m)
        }
    }

    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        switch self {
        case .month(let y, let m): return "\(y)-\(two(m))"
        case .quarter(let y, let q): return "\(y)/\(two((y + 1) % 100))-Q\(q)"
        case .financialYear(let y): return "\(y)/\(two((y + 1) % 100))"
        case .rolling12(let y, let m): return "12m-\(y)-\(two(m))"
        }
    }

    /// How people read it: "March 2014", "2013-14 Q4 (January to March 2014)", "2013-14", "12 months to March 2014".
    public var title: String {
        switch self {
        case .month(let y, let m): return "\(Day.monthNames[m - 1]) \(y)"
        case .quarter(let y, let q):
            return "\(ReportingPeriod.financialYear(startYear: y)) Q\(q) (\(Day.monthNames[firstDay.month - 1]) to \(Day.monthNames[lastDay.month - 1]) \(lastDay.year))"
        case .financialYear(let y): return "\(ReportingPeriod.financialYear(startYear: y)) (April \(y) to March \(y + 1))"
        case .rolling12(let y, let m): return "12 months to \(Day.monthNames[m - 1]) \(y)"
        }
    }

    public var firstDay: Day {
        switch self {
        case .month(let y, let m): return Day(year: y, month: m, day: 1)!
        case .quarter(let y, let q): return Day(year: y, month: 4, day: 1)!.adding(months: 3 * (q - 1))
        case .financialYear(let y): return Day(year: y, month: 4, day: 1)!
        case .rolling12(let y, let m): return Day(year: y, month: m, day: 1)!.adding(months: -11)
        }
    }

    /// The last day, on which stock measures are taken.
    public var lastDay: Day {
        switch self {
        case .month(let y, let m), .rolling12(let y, let m): return Day(year: y, month: m, day: Day.daysIn(month: m, year: y))!
        case .quarter: return firstDay.adding(months: 3).adding(days: -1)
        case .financialYear(let y): return Day(year: y + 1, month: 3, day: 31)!
        }
    }

    public func contains(_ day: Day) -> Bool { firstDay <= day && day <= lastDay }

    /// The same kind of period, `n` steps earlier (a month, quarter or year at a time; rolling
    /// periods step a month, so a 12-month trend of rolling figures moves month by month).
    public func earlier(by n: Int) -> ReportingPeriod {
        switch self {
        case .month(let y, let m), .rolling12(let y, let m):
            let d = Day(year: y, month: m, day: 1)!.adding(months: -n)
            if case .rolling12 = self { return .rolling12(year: d.year, month: d.month) }
            return .month(year: d.year, month: d.month)
        case .quarter(let y, let q):
            let index = y * 4 + (q - 1) - n
            return .quarter(startYear: index / 4, quarter: index % 4 + 1)
        case .financialYear(let y): return .financialYear(startYear: y - n)
        }
    }

    /// This period and the `count - 1` before it, oldest first: a trend.
    public func trend(_ count: Int) -> [ReportingPeriod] {
        (0..<count).reversed().map { earlier(by: $0) }
    }
}

extension Day {
    /// The year in which this day's financial year (1 April to 31 March) begins.
    public var financialYearStart: Int { month >= 4 ? year : year - 1 }
}
