import Fluent
import Foundation
import HarbourCore
@testable import HarbourStore
import HarbourSynthetic
import SQLKit
import Testing
import Vapor
import VaporTesting

extension AppTests {
@Suite("Indicators in the store")
struct IndicatorStoreTests {
    static let parameters = SyntheticParameters(seed: 5, scale: 0.03, years: 3, end: Day(iso: "2014-03-31")!)
    static let today = Day(iso: "2014-03-20")!

    @Test("Every indicator's SQL figure equals the core's sum over the same facts, for the period, the one before and the trend, for the council and for a team",
          arguments: TestDatabase.available)
    func sqlMatchesCore(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            _ = try await SyntheticLoader(database: app.db, bcryptCost: 4).load(SyntheticCouncil(Self.parameters), replace: true) { _ in }
            let store = IndicatorStore(sql: app.db as! any SQLDatabase)
            let facts = try await store.allFacts()
            #expect(facts.count > 10_000)
            let population = try await store.population()
            #expect(population.estimate(forPeriodEnding: Self.today)?.children == 2_115)
            let team = try await User.query(on: app.db).filter(\.$teamID == 2).all().compactMap(\.id)
            for period in [ReportingPeriod.month(year: 2014, month: 3), .financialYear(startYear: 2012), .quarter(startYear: 2013, quarter: 3)] {
                for workers in [nil, team] {
                    let results = try await store.results(period: period, today: Self.today, workers: workers)
                    let ranges = IndicatorResult.ranges(for: period)
                    for result in results {
                        let indicator = result.indicator
                        let expected = ranges.map { indicator.tally(facts, range: $0, today: Self.today, workers: workers.map(Set.init)) }
                        let core = IndicatorResult(indicator: indicator, period: period, today: Self.today, tallies: expected,
                                                   reference: IndicatorReference(indicator), population: population)
                        #expect(result.current == core.current, "\(indicator.id) \(period) \(workers == nil ? "council" : "team")")
                        #expect(result.previous == core.previous, "\(indicator.id) \(period)")
                        #expect(result.trend.map(\.figure) == core.trend.map(\.figure), "\(indicator.id) \(period)")
                    }
                    if workers == nil, period == .financialYear(startYear: 2012) {
                        let counted = results.filter { ($0.current.value ?? 0) > 0 }.map(\.indicator.id)
                        // A small council three years old has no adoptions, special guardianship or repeat
                        // plans yet; every other indicator has a figure.
                        let young: Set<String> = ["ADO-01", "ADO-02", "ADO-03", "ADO-04", "ADO-05", "ADO-06", "CP-03", "CP-04", "CP-05",
                                                  "CLA-01CP", "CLA-03", "SGO-01"]
                        let missing = Set(Indicator.catalogue.map(\.id)).subtracting(counted).subtracting(young)
                        #expect(missing.isEmpty, "indicators with no figure: \(missing.sorted())")
                    }
                }
            }
        }
    }

    @Test("For every indicator, the list of children behind the numerator and the denominator is as long as the figure says",
          arguments: TestDatabase.available)
    func drillDownMatchesFigure(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            _ = try await SyntheticLoader(database: app.db, bcryptCost: 4).load(SyntheticCouncil(Self.parameters), replace: true) { _ in }
            let store = IndicatorStore(sql: app.db as! any SQLDatabase)
            let period = ReportingPeriod.financialYear(startYear: 2012)
            for result in try await store.results(period: period, today: Self.today) {
                let indicator = result.indicator
                let numerator = try await store.members(of: indicator, range: period.range, today: Self.today, part: .numerator)
                #expect(numerator.total == result.current.numerator, "\(indicator.id) numerator")
                #expect(numerator.members.count == numerator.total, "\(indicator.id) list")
                if let denominator = result.current.denominator, indicator.statistic != .perWorker {
                    let list = try await store.members(of: indicator, range: period.range, today: Self.today, part: .denominator)
                    #expect(list.total == denominator, "\(indicator.id) denominator")
                }
                for (category, count) in result.current.categories {
                    let list = try await store.members(of: indicator, range: period.range, today: Self.today, part: .denominator, category: category)
                    #expect(list.total == count, "\(indicator.id) \(category)")
                }
                let page = try await store.members(of: indicator, range: period.range, today: Self.today, part: .numerator, limit: 10, offset: 5)
                #expect(page.total == numerator.total)
                #expect(page.members == Array(numerator.members.dropFirst(5).prefix(10)), "\(indicator.id) paging")
            }
        }
    }

    @Test("A record written through the store updates the facts and the council's tallies in the same transaction, and a recompute gives what the writes gave",
          arguments: TestDatabase.available)
    func factsFollowRecords(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            let sql = app.db as! any SQLDatabase
            let store = IndicatorStore(sql: sql)
            let records = RecordStore(database: app.db)
            let child = try #require(try await records.child(laChildID: "DEMO0001"))
            let before = try await store.facts(childID: child.id)
            #expect(before.contains { $0.set == .plansOpen && $0.until == nil })
            // Ending the plan ends the span.
            let plan = try #require(try await records.events(childID: child.id, kinds: [.childProtectionPlan]).first)
            var values = plan.values
            values["end_date"] = .day(LondonTime.day(of: Date()))
            try await records.correct(.childProtectionPlan, id: plan.id, values, by: 1)
            let after = try await store.facts(childID: child.id)
            #expect(after.contains { $0.set == .plansOpen && $0.until == LondonTime.day(of: Date()) })
            #expect(after.contains { $0.set == .plansEnded })
            let written = try await store.allFacts().map { "\($0.child) \($0.fact)" }.sorted()
            // The council-wide tallies moved with the facts: they equal a rebuild from them.
            let tallied = try await store.tallyRows()
            #expect(tallied.contains { $0.hasPrefix("cp-plans-ended ") })
            #expect(tallied.contains { $0.hasPrefix("worker caseloads ") })
            _ = try await DueItemStore(database: app.db).recomputeAll(book: try await CouncilSettingsStore(sql: sql).book())
            let rebuilt = try await store.allFacts().map { "\($0.child) \($0.fact)" }.sorted()
            #expect(rebuilt == written)
            #expect(try await store.tallyRows() == tallied)
        }
    }

    @Test("A worker's caseload spans merge where they touch or overlap, and an open span takes in every later one")
    func mergedSpans() {
        let d = { (s: String) in Day(iso: s)! }
        let merged = IndicatorStore.merged([
            (d("2014-04-01"), d("2014-05-01")), (d("2014-02-01"), d("2014-03-01")), (d("2014-01-01"), d("2014-02-01")),
            (d("2014-03-05"), nil), (d("2014-01-10"), d("2014-01-20")),
        ])
        #expect(merged.map { "\($0.on.iso)-\($0.until?.iso ?? "open")" } == ["2014-01-01-2014-03-01", "2014-03-05-open"])
    }
}
}
