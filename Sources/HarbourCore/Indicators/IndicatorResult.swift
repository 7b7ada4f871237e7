/// The target, tolerance and benchmarks in force for an indicator: the catalogue's, unless
/// the council has edited them.
public struct IndicatorReference: Sendable, Hashable, Codable {
    public var target: Double?
    public var tolerance: Double?
    public var benchmarks: [Benchmark]

    public init(target: Double?, tolerance: Double?, benchmarks: [Benchmark]) {
        self.target = target
        self.tolerance = tolerance
        self.benchmarks = benchmarks
    }

    public init(_ indicator: Indicator) {
        self.init(target: indicator.target, tolerance: indicator.tolerance, benchmarks: indicator.benchmarks)
    }
}

/// An indicator's figures for a reporting period, as the dashboard, report and API show
/// them: this period, the one before, a 12-month trend, RAG and direction of travel.
public struct IndicatorResult: Sendable {
    public let indicator: Indicator
    public let period: ReportingPeriod
    public let current: Figure
    public let previous: Figure
    public let trend: [(range: ReportingRange, figure: Figure)]
    public let reference: IndicatorReference
    /// The population estimate rates used, if any.
    public let population: (year: Int, children: Int)?

    public var rag: RAG { indicator.rag(current.value, target: reference.target, tolerance: reference.tolerance) }
    public var direction: Direction { indicator.direction(from: previous.value, to: current.value) }

    /// The ranges whose tallies a result needs: the period, the one before, and the trend.
    public static func ranges(for period: ReportingPeriod) -> [ReportingRange] {
        [period.range, period.earlier(by: 1).range] + period.trendRanges()
    }

    /// Puts a result together from the tallies of `ranges(for:)`, in that order.
    public init(indicator: Indicator, period: ReportingPeriod, today: Day, tallies: [Tally], reference: IndicatorReference,
                population: Population) {
        let ranges = IndicatorResult.ranges(for: period)
        precondition(tallies.count == ranges.count, "one tally for each range")
        func figure(_ i: Int) -> Figure {
            let children = population.estimate(forPeriodEnding: min(ranges[i].last, today))?.children
            return indicator.figure(tallies[i], range: ranges[i], today: today, population: children)
        }
        self.indicator = indicator
        self.period = period
        self.current = figure(0)
        self.previous = figure(1)
        self.trend = (2..<ranges.count).map { (ranges[$0], figure($0)) }
        self.reference = reference
        self.population = indicator.statistic == .ratePer10k ? population.estimate(forPeriodEnding: min(period.lastDay, today)) : nil
    }
}
