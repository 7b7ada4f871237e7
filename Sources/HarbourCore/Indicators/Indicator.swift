/// Where an indicator sits on the dashboard, in the order of the child's journey.
public enum IndicatorArea: String, CaseIterable, Sendable, Codable {
    case frontDoor = "front-door"
    case childProtection = "child-protection"
    case childrenInCare = "children-in-care"
    case permanence
    case careLeavers = "care-leavers"
    case workforce

    public var title: String {
        switch self {
        case .frontDoor: "Front door"
        case .childProtection: "Child protection"
        case .childrenInCare: "Children in care"
        case .permanence: "Permanence"
        case .careLeavers: "Care leavers"
        case .workforce: "Workforce"
        }
    }
}

public enum Polarity: String, Sendable, Codable {
    case higherIsBetter = "high", lowerIsBetter = "low", contextual

    public var label: String {
        switch self {
        case .higherIsBetter: "Higher is better"
        case .lowerIsBetter: "Lower is better"
        case .contextual: "No better direction: read against benchmarks"
        }
    }
}

/// How sure the definition is, as shared/reference/indicators.md tags it.
public enum DefinitionConfidence: String, Sendable, Codable {
    case verified = "V", partlyVerified = "P", inferred = "I"

    public var label: String {
        switch self {
        case .verified: "Verified against the DfE or Ofsted definition"
        case .partlyVerified: "Core definition verified; some details inferred"
        case .inferred: "Local definition: there is no single national one"
        }
    }
}

/// What an indicator's figure is, worked out from the facts in its window.
public enum Statistic: String, Sendable, Codable {
    /// How many facts (referrals, plans, children looked after).
    case count
    /// How many facts are in the numerator (re-referrals, children not matched).
    case numeratorCount
    /// The numerator as a percentage of all the facts.
    case percent
    /// Facts per 10,000 children aged 0 to 17, annualised for periods shorter than a year.
    case ratePer10k
    /// The mean of the facts' values (days waited).
    case mean
    /// How many different children the facts belong to.
    case children
    /// Facts per worker holding at least one.
    case perWorker
    /// The facts counted by category.
    case breakdown

    public var unit: String {
        switch self {
        case .count, .numeratorCount, .breakdown: "number"
        case .percent: "%"
        case .ratePer10k: "per 10,000 children"
        case .mean: "days"
        case .children: "children"
        case .perWorker: "children per worker"
        }
    }
}

/// Which facts a figure counts for a period.
public enum IndicatorWindow: String, Sendable, Codable {
    /// Events in the period.
    case period
    /// Spans covering the period's last day (or today, if that is sooner).
    case asAt
    /// Events in the three years ending with the period (the adoption scorecard).
    case threeYears
}

/// A published comparison figure, editable as reference data.
public struct Benchmark: Sendable, Hashable, Codable {
    public enum Comparator: String, Sendable, Codable, CaseIterable {
        case england, region, statisticalNeighbours = "statistical-neighbours"
        public var label: String {
            switch self {
            case .england: "England"
            case .region: "Region"
            case .statisticalNeighbours: "Statistical neighbours"
            }
        }
    }

    public let comparator: Comparator
    public let value: Double
    /// The year it describes, as published ("2023-24").
    public let year: String
    public let source: String

    public init(_ comparator: Comparator, _ value: Double, year: String, source: String) {
        self.comparator = comparator
        self.value = value
        self.year = year
        self.source = source
    }
}

/// One performance indicator, defined once: the dashboard, drill-down, API, CSV and board
/// report all read this.
public struct Indicator: Sendable, Identifiable {
    public let id: String
    public let area: IndicatorArea
    public let title: String
    /// In plain English, as a manager reads it.
    public let definition: String
    public let numerator: String
    public let denominator: String?
    public let facts: FactSet
    public let statistic: Statistic
    public let window: IndicatorWindow
    public let polarity: Polarity
    /// The figure aimed for, in the indicator's unit; RAG is green at or beyond it.
    public let target: Double?
    /// How far short of the target is still amber.
    public let tolerance: Double?
    public let benchmarks: [Benchmark]
    public let confidence: DefinitionConfidence
    public let source: String
    /// Where the definition is a local choice, or one of two clocks, what the page must say.
    public let note: String?
    /// Labels for a breakdown's categories, in the order to show them.
    public let categories: [CodeList.Entry]

    public init(_ id: String, _ area: IndicatorArea, _ title: String, definition: String, numerator: String,
                denominator: String? = nil, facts: FactSet, statistic: Statistic, window: IndicatorWindow? = nil,
                polarity: Polarity, target: Double? = nil, tolerance: Double? = nil, benchmarks: [Benchmark] = [],
                confidence: DefinitionConfidence, source: String, note: String? = nil, categories: CodeList? = nil) {
        self.id = id
        self.area = area
        self.title = title
        self.definition = definition
        self.numerator = numerator
        self.denominator = denominator
        self.facts = facts
        self.statistic = statistic
        self.window = window ?? (facts.shape == .spans ? .asAt : .period)
        self.polarity = polarity
        self.target = target
        self.tolerance = tolerance
        self.benchmarks = benchmarks
        self.confidence = confidence
        self.source = source
        self.note = note
        self.categories = categories?.entries ?? []
    }

    public func categoryLabel(_ code: String) -> String {
        categories.first { $0.code == code }?.label ?? code
    }
}

// MARK: - Windows

/// A run of days a figure is counted over, named as people read it.
public struct ReportingRange: Sendable, Hashable {
    public let first: Day
    public let last: Day
    public let label: String

    public init(first: Day, last: Day, label: String) {
        self.first = first
        self.last = last
        self.label = label
    }
}

extension ReportingPeriod {
    public var range: ReportingRange { ReportingRange(first: firstDay, last: lastDay, label: title) }

    /// The month the period ends with: commentary is written for it.
    public var endMonth: ReportingPeriod { .month(year: lastDay.year, month: lastDay.month) }

    /// How many months the period runs.
    public var months: Int {
        switch self {
        case .month: 1
        case .quarter: 3
        case .financialYear, .rolling12: 12
        }
    }

    /// A 12-month trend: windows as long as this period, ending at each of the 12 month-ends
    /// up to its end (a month's trend is 12 months; a year's is 12 rolling years).
    public func trendRanges(_ count: Int = 12) -> [ReportingRange] {
        let lastMonth = Day(year: lastDay.year, month: lastDay.month, day: 1)!
        return (0..<count).reversed().map { back in
            let monthStart = lastMonth.adding(months: -back)
            let last = monthStart.adding(months: 1).adding(days: -1)
            let first = monthStart.adding(months: -(months - 1))
            let label = months == 1 ? "\(Day.monthNames[monthStart.month - 1].prefix(3)) \(monthStart.year)"
                : "\(months) months to \(Day.monthNames[monthStart.month - 1].prefix(3)) \(monthStart.year)"
            return ReportingRange(first: first, last: last, label: label)
        }
    }
}

extension Indicator {
    /// The days whose facts count for a range: events between `first` and `last`, spans
    /// covering `last`. Nothing after `today` counts.
    public func days(for range: ReportingRange, today: Day) -> (first: Day, last: Day) {
        let last = min(range.last, today)
        switch window {
        case .period: return (range.first, last)
        case .asAt: return (last, last)
        case .threeYears: return (range.last.adding(months: -36).adding(days: 1), last)
        }
    }

    /// Whether a fact counts in the figure for a window.
    public func counts(_ fact: IndicatorFact, in window: (first: Day, last: Day)) -> Bool {
        guard fact.set == facts else { return false }
        return self.window == .asAt ? fact.covers(window.last) : fact.happens(in: window.first, window.last)
    }
}

// MARK: - Figures

/// What an indicator's facts add up to in a window: the store sums these in SQL; `tally`
/// sums them in Swift for tests.
public struct Tally: Sendable, Hashable {
    public var facts = 0
    public var numerator = 0
    public var valueSum = 0.0
    public var valued = 0
    /// Different children, for `children`; different workers, for `perWorker`.
    public var distinct = 0
    public var categories: [String: Int] = [:]

    public init(facts: Int = 0, numerator: Int = 0, valueSum: Double = 0, valued: Int = 0, distinct: Int = 0,
                categories: [String: Int] = [:]) {
        self.facts = facts
        self.numerator = numerator
        self.valueSum = valueSum
        self.valued = valued
        self.distinct = distinct
        self.categories = categories
    }
}

extension Tally {
    /// Adds facts counted together: one fact in Swift, or a group summed in SQL.
    public mutating func add(facts n: Int, numerator: Int, valueSum: Double, valued: Int, category: String?) {
        facts += n
        self.numerator += numerator
        self.valueSum += valueSum
        self.valued += valued
        if let category, n > 0 { categories[category, default: 0] += n }
    }

    public mutating func add(_ other: Tally) {
        add(facts: other.facts, numerator: other.numerator, valueSum: other.valueSum, valued: other.valued, category: nil)
        for (c, n) in other.categories { categories[c, default: 0] += n }
    }
}

/// An indicator's figure for one window: the value, and the counts behind it.
public struct Figure: Sendable, Hashable {
    /// nil when there is nothing to divide by: shown as "no data", never 0% or NaN.
    public let value: Double?
    /// The number of children or records the drill-down's numerator list shows.
    public let numerator: Int
    /// The number the denominator list shows (nil for plain counts).
    public let denominator: Int?
    public let categories: [String: Int]
}

extension Indicator {
    /// Sums the facts of one window in Swift: the definition the store's SQL must agree with.
    public func tally(_ facts: [(child: Int, fact: IndicatorFact)], range: ReportingRange, today: Day, workers: Set<Int>? = nil) -> Tally {
        let w = days(for: range, today: today)
        var t = Tally()
        var distinct = Set<Int>()
        for (child, fact) in facts where counts(fact, in: w) {
            if let workers, !(fact.workerID.map(workers.contains) ?? false) { continue }
            t.add(facts: 1, numerator: fact.inNumerator ? 1 : 0, valueSum: fact.value ?? 0, valued: fact.value == nil ? 0 : 1,
                  category: statistic == .children ? nil : fact.category)
            if statistic == .children { distinct.insert(child) }
            if statistic == .perWorker, let worker = fact.workerID { distinct.insert(worker) }
        }
        t.distinct = distinct.count
        return t
    }

    /// The figure a tally gives. `population` is the number of children aged 0 to 17 for rates.
    public func figure(_ t: Tally, range: ReportingRange, today: Day, population: Int?) -> Figure {
        func ratio(_ a: Double, _ b: Double) -> Double? { b > 0 ? a / b : nil }
        switch statistic {
        case .count:
            return Figure(value: Double(t.facts), numerator: t.facts, denominator: nil, categories: t.categories)
        case .numeratorCount:
            return Figure(value: Double(t.numerator), numerator: t.numerator, denominator: t.facts, categories: t.categories)
        case .percent:
            return Figure(value: ratio(Double(t.numerator) * 100, Double(t.facts)), numerator: t.numerator, denominator: t.facts,
                          categories: t.categories)
        case .ratePer10k:
            // Counts of events are annualised (a month's referrals scaled to a year's) to compare
            // with yearly rates; counts of children on a day are not.
            let w = days(for: range, today: today)
            let perYear = window == .asAt ? 1 : 365 / Double(max(1, w.first.days(until: w.last) + 1))
            let value = population.flatMap { p in ratio(Double(t.facts) * 10_000 * perYear, Double(p)) }
            return Figure(value: value, numerator: t.facts, denominator: nil, categories: t.categories)
        case .mean:
            return Figure(value: ratio(t.valueSum, Double(t.valued)), numerator: t.valued, denominator: nil, categories: t.categories)
        case .children:
            return Figure(value: Double(t.distinct), numerator: t.distinct, denominator: nil, categories: t.categories)
        case .perWorker:
            return Figure(value: ratio(Double(t.facts), Double(t.distinct)), numerator: t.facts, denominator: t.distinct,
                          categories: t.categories)
        case .breakdown:
            return Figure(value: Double(t.facts), numerator: t.facts, denominator: nil, categories: t.categories)
        }
    }
}

// MARK: - RAG and direction of travel

public enum RAG: String, Sendable, Codable {
    case green, amber, red, none

    public var label: String {
        switch self {
        case .green: "On target"
        case .amber: "Near target"
        case .red: "Off target"
        case .none: "No target"
        }
    }
}

public enum Direction: String, Sendable, Codable {
    case better, worse, same, up, down, notComparable = "not-comparable"

    public var label: String {
        switch self {
        case .better: "Better"
        case .worse: "Worse"
        case .same: "No change"
        case .up: "Up"
        case .down: "Down"
        case .notComparable: "Not comparable"
        }
    }
}

extension Indicator {
    public func rag(_ value: Double?, target: Double?, tolerance: Double?) -> RAG {
        guard let value, let target, polarity != .contextual else { return .none }
        let slack = tolerance ?? 0
        switch polarity {
        case .higherIsBetter: return value >= target ? .green : value >= target - slack ? .amber : .red
        case .lowerIsBetter: return value <= target ? .green : value <= target + slack ? .amber : .red
        case .contextual: return .none
        }
    }

    /// How the figure moved since the previous period, in the indicator's polarity.
    public func direction(from previous: Double?, to current: Double?) -> Direction {
        guard let previous, let current else { return .notComparable }
        let change = current - previous
        if abs(change) < 0.05 { return .same }
        switch polarity {
        case .higherIsBetter: return change > 0 ? .better : .worse
        case .lowerIsBetter: return change < 0 ? .better : .worse
        case .contextual: return change > 0 ? .up : .down
        }
    }
}

// MARK: - Population

/// Children aged 0 to 17 in the council, by ONS mid-year estimate, for rates per 10,000.
public struct Population: Sendable, Hashable {
    /// Mid-year (30 June) estimates by year.
    public let estimates: [Int: Int]
    public let source: String

    public init(estimates: [Int: Int], source: String) {
        self.estimates = estimates
        self.source = source
    }

    /// The estimate a rate for a period ending on `day` uses: as the DfE does, the mid-year
    /// before the 31 March its financial year ends (mid-2024 for 2024-25), or the nearest
    /// year held.
    public func estimate(forPeriodEnding day: Day) -> (year: Int, children: Int)? {
        let wanted = day.financialYearStart
        guard let year = estimates.keys.min(by: { (abs($0 - wanted), -$0) < (abs($1 - wanted), -$1) }) else { return nil }
        return (year, estimates[year]!)
    }
}
