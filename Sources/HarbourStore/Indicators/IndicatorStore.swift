import Foundation
import HarbourCore
import SQLKit

/// Indicator facts as stored rows, written with the record they come from, and the reference
/// data the dashboard reads beside them: population, targets, benchmarks and commentary.
/// Every figure is a plain sum over facts in a window, the same on SQLite and PostgreSQL; the
/// children behind a figure are the same rows, listed.
public struct IndicatorStore: Sendable {
    static let table = "indicator_facts"
    static let columns = ["set_id", "child_id", "source_kind", "source_id", "on_day", "until_day", "in_numerator", "value",
                          "category", "worker_id"]
    static let referenceTable = "indicator_reference"
    static let populationTable = "population_estimates"
    static let commentaryTable = "indicator_commentary"
    static let talliesTable = "indicator_tallies"

    let sql: any SQLDatabase

    public init(sql: any SQLDatabase) {
        self.sql = sql
    }

    static func row(childID: Int, _ f: IndicatorFact) -> [Bulk.Literal] {
        [.text(f.set.rawValue), .integer(childID), .text(f.sourceKind.rawValue), .integer(f.sourceID), .text(f.on.iso),
         .text(f.until?.iso), .flag(f.inNumerator), f.value.map { .number($0) } ?? .null, .text(f.category), .integer(f.workerID)]
    }

    static func insert(_ rows: [[Bulk.Literal]], on sql: any SQLDatabase) async throws {
        try await Bulk.insert(into: table, columns: columns, literals: rows, on: sql)
    }

    /// Replaces one child's facts, and moves the council-wide tallies by the difference. Call
    /// inside the transaction that changed their record.
    func replace(childID: Int, with facts: [IndicatorFact]) async throws {
        let old = try await self.facts(childID: childID)
        try await sql.delete(from: Self.table).where("child_id", .equal, childID).run()
        try await Self.insert(facts.map { Self.row(childID: childID, $0) }, on: sql)
        var change = TallyChange()
        for fact in old { change.add(fact, sign: -1) }
        for fact in facts { change.add(fact, sign: 1) }
        try await apply(change)
    }

    // MARK: Council-wide tallies

    /// What facts add to the council-wide tallies, by set, bucket and category. An event adds
    /// one to its month ("2014-03"); a span adds one on its first day and takes one away on the
    /// day after its last ("2014-03-31"), so the spans covering a day are the sum of everything
    /// up to it. The council's dashboard reads these rows instead of every fact; a team's
    /// dashboard, and the month that holds today, read the facts.
    struct TallyChange {
        struct Key: Hashable {
            let set: String
            let bucket: String
            let category: String
        }

        struct Amount {
            var facts = 0
            var numerator = 0
            var valueSum = 0.0
            var valued = 0
            var isZero: Bool { facts == 0 && numerator == 0 && valueSum == 0 && valued == 0 }
        }

        var amounts = [Key: Amount]()

        mutating func add(_ fact: IndicatorFact, sign: Int) {
            let category = fact.category ?? ""
            let start = Key(set: fact.set.rawValue, bucket: fact.set.shape == .spans ? fact.on.iso : String(fact.on.iso.prefix(7)),
                            category: category)
            amounts[start, default: Amount()].facts += sign
            if fact.inNumerator { amounts[start, default: Amount()].numerator += sign }
            if let value = fact.value {
                amounts[start, default: Amount()].valueSum += Double(sign) * value
                amounts[start, default: Amount()].valued += sign
            }
            if let until = fact.until {
                let end = Key(set: fact.set.rawValue, bucket: until.iso, category: category)
                amounts[end, default: Amount()].facts -= sign
                if fact.inNumerator { amounts[end, default: Amount()].numerator -= sign }
            }
        }
    }

    /// Adds a change to the tallies, in the caller's transaction.
    func apply(_ change: TallyChange) async throws {
        let rows = change.amounts.filter { !$0.value.isZero }.sorted { ($0.key.set, $0.key.bucket, $0.key.category) < ($1.key.set, $1.key.bucket, $1.key.category) }
        for chunk in stride(from: 0, to: rows.count, by: 500).map({ rows[$0..<min(rows.count, $0 + 500)] }) {
            let values = chunk.map { key, amount -> SQLQueryString in
                "(\(bind: key.set), \(bind: key.bucket), \(bind: key.category), \(bind: amount.facts), \(bind: amount.numerator), \(bind: amount.valueSum), \(bind: amount.valued))"
            }
            try await sql.raw("""
                INSERT INTO \(unsafeRaw: Self.talliesTable) (set_id, bucket, category, facts, numerator, value_sum, valued)
                VALUES \(values.joined(separator: ", "))
                ON CONFLICT (set_id, bucket, category) DO UPDATE SET facts = \(unsafeRaw: Self.talliesTable).facts + excluded.facts,
                    numerator = \(unsafeRaw: Self.talliesTable).numerator + excluded.numerator,
                    value_sum = \(unsafeRaw: Self.talliesTable).value_sum + excluded.value_sum,
                    valued = \(unsafeRaw: Self.talliesTable).valued + excluded.valued
                """).run()
        }
    }

    /// Rebuilds the tallies from every fact: after a council is loaded or recomputed.
    public func rebuildTallies() async throws {
        try await Self.rebuildTallies(on: sql)
    }

    static func rebuildTallies(on sql: any SQLDatabase) async throws {
        let spanSets = FactSet.allCases.filter { $0.shape == .spans }.map(\.rawValue)
        try await sql.delete(from: talliesTable).run()
        try await sql.raw("""
            INSERT INTO \(unsafeRaw: talliesTable) (set_id, bucket, category, facts, numerator, value_sum, valued)
            SELECT set_id, bucket, category, sum(f), sum(u), coalesce(sum(vs), 0), sum(vn) FROM (
                SELECT set_id, CASE WHEN set_id IN (\(literals: spanSets, joinedBy: ", ")) THEN on_day ELSE substr(on_day, 1, 7) END AS bucket,
                       coalesce(category, '') AS category, 1 AS f,
                       CASE WHEN in_numerator THEN 1 ELSE 0 END AS u, value AS vs, CASE WHEN value IS NULL THEN 0 ELSE 1 END AS vn
                FROM \(unsafeRaw: table)
                UNION ALL
                SELECT set_id, until_day, coalesce(category, ''), -1, CASE WHEN in_numerator THEN -1 ELSE 0 END, 0, 0
                FROM \(unsafeRaw: table) WHERE until_day IS NOT NULL
            ) contributions
            GROUP BY set_id, bucket, category
            HAVING sum(f) <> 0 OR sum(u) <> 0 OR sum(vn) <> 0
            """).run()
    }

    /// The tallies as they stand, for tests that hold them to a rebuild.
    func tallyRows() async throws -> [String] {
        try await sql.raw("""
            SELECT set_id, bucket, category, facts, numerator, value_sum, valued FROM \(unsafeRaw: Self.talliesTable)
            WHERE facts <> 0 OR numerator <> 0 OR valued <> 0 ORDER BY set_id, bucket, category
            """).all().map { row in
            let set = try row.decode(column: "set_id", as: String.self)
            let bucket = try row.decode(column: "bucket", as: String.self)
            let category = try row.decode(column: "category", as: String.self)
            return "\(set) \(bucket) \(category) \(try Self.int(row, "facts")) \(try Self.int(row, "numerator")) \(try Self.double(row, "value_sum")) \(try Self.int(row, "valued"))"
        }
    }

    // MARK: Figures

    /// The SQL form of `IndicatorFact.covers`: a span counts on the day. `f` prefixes the columns ("f.").
    static func covers(_ day: Day, _ f: String = "") -> SQLQueryString {
        "\(unsafeRaw: f)on_day <= \(literal: day.iso) AND (\(unsafeRaw: f)until_day IS NULL OR \(unsafeRaw: f)until_day > \(literal: day.iso))"
    }

    /// The SQL form of `IndicatorFact.happens(in:_:)`: an event counts in the window.
    static func happens(_ first: Day, _ last: Day, _ f: String = "") -> SQLQueryString {
        "\(unsafeRaw: f)on_day >= \(literal: first.iso) AND \(unsafeRaw: f)on_day <= \(literal: last.iso)"
    }

    /// Spans that cover at least one day from `first` to `last`.
    static func overlaps(_ first: Day, _ last: Day) -> SQLQueryString {
        "on_day <= \(literal: last.iso) AND (until_day IS NULL OR until_day > \(literal: first.iso))"
    }

    /// Facts held by the given workers (a team), or every fact when nil.
    static func held(by workers: [Int]?, _ f: String = "") -> SQLQueryString {
        guard let workers else { return "" }
        return workers.isEmpty ? " AND 1 = 0" : " AND \(unsafeRaw: f)worker_id IN (\(binds: workers))"
    }

    /// Every indicator's figures for a period: one query for the events, one for the spans,
    /// and one each for the few figures that count different children or workers.
    public func results(period: ReportingPeriod, today: Day, workers: [Int]? = nil,
                        indicators: [Indicator] = Indicator.catalogue) async throws -> [IndicatorResult] {
        let ranges = IndicatorResult.ranges(for: period)
        let tallies = try await tallies(indicators, ranges: ranges, today: today, workers: workers)
        let references = try await references()
        let population = try await population()
        return indicators.map { indicator in
            IndicatorResult(indicator: indicator, period: period, today: today, tallies: tallies[indicator.id] ?? [],
                            reference: references[indicator.id] ?? IndicatorReference(indicator), population: population)
        }
    }

    /// The tally of each indicator in each range, summed in SQL.
    public func tallies(_ indicators: [Indicator], ranges: [ReportingRange], today: Day, workers: [Int]?) async throws -> [String: [Tally]] {
        var result = [String: [Tally]]()
        if let workers, workers.isEmpty {
            for i in indicators { result[i.id] = ranges.map { _ in Tally() } }
            return result
        }
        let workerFilter = Self.held(by: workers)
        // The council's figures read the tallies; a team's read its workers' facts.
        let council = workers == nil

        // Events: summed by month, then over each window's months.
        let eventIndicators = indicators.filter { $0.window != .asAt && $0.statistic != .children }
        var months = [FactSet: [String: Tally]]()
        if !eventIndicators.isEmpty {
            var clauses = [SQLQueryString](), tallyClauses = [SQLQueryString]()
            for (set, group) in Dictionary(grouping: eventIndicators, by: \.facts) {
                let first = group.flatMap { i in ranges.map { i.days(for: $0, today: today).first } }.min()!
                clauses.append("(set_id = \(literal: set.rawValue) AND on_day >= \(literal: first.iso))")
                tallyClauses.append("(set_id = \(literal: set.rawValue) AND bucket >= \(literal: String(first.iso.prefix(7))))")
            }
            let factsQuery: (SQLQueryString) -> SQLQueryString = { window in """
                SELECT set_id, substr(on_day, 1, 7) AS month, category, count(*) AS n,
                       sum(CASE WHEN in_numerator THEN 1 ELSE 0 END) AS num, sum(value) AS vs, count(value) AS vn
                FROM indicator_facts WHERE (\(clauses.joined(separator: " OR "))) AND \(window)\(workerFilter)
                GROUP BY set_id, substr(on_day, 1, 7), category
                """
            }
            var queries = [SQLQueryString]()
            if council {
                // Whole months before today's from the tallies; today's month so far from the facts.
                let thisMonth = Day(year: today.year, month: today.month, day: 1)!
                queries.append("""
                    SELECT set_id, bucket AS month, category, CAST(sum(facts) AS BIGINT) AS n, CAST(sum(numerator) AS BIGINT) AS num, sum(value_sum) AS vs, CAST(sum(valued) AS BIGINT) AS vn
                    FROM \(unsafeRaw: Self.talliesTable) WHERE (\(tallyClauses.joined(separator: " OR "))) AND bucket < \(literal: String(today.iso.prefix(7)))
                    GROUP BY set_id, bucket, category
                    """)
                queries.append(factsQuery("on_day >= \(literal: thisMonth.iso) AND on_day <= \(literal: today.iso)"))
            } else {
                queries.append(factsQuery("on_day <= \(literal: today.iso)"))
            }
            for query in queries {
                for row in try await sql.raw(query).all() {
                    guard let set = FactSet(rawValue: try row.decode(column: "set_id", as: String.self)) else { continue }
                    let month = try row.decode(column: "month", as: String.self)
                    var t = months[set, default: [:]][month, default: Tally()]
                    t.add(facts: try Self.int(row, "n"), numerator: try Self.int(row, "num"), valueSum: try Self.double(row, "vs"),
                          valued: try Self.int(row, "vn"), category: try Self.category(row))
                    months[set, default: [:]][month] = t
                }
            }
        }
        for indicator in eventIndicators {
            result[indicator.id] = ranges.map { range in
                let w = indicator.days(for: range, today: today)
                let from = String(w.first.iso.prefix(7)), to = String(w.last.iso.prefix(7))
                var t = Tally()
                guard w.first <= w.last else { return t }
                for (month, m) in months[indicator.facts] ?? [:] where from <= month && month <= to { t.add(m) }
                return t
            }
        }

        // Different children with events in each window.
        for indicator in indicators where indicator.window != .asAt && indicator.statistic == .children {
            let windows = ranges.map { indicator.days(for: $0, today: today) }
            let columns = windows.enumerated().map { i, w -> SQLQueryString in
                "count(DISTINCT CASE WHEN \(Self.happens(w.first, w.last)) THEN child_id END) AS c\(unsafeRaw: String(i)), "
                    + "count(CASE WHEN \(Self.happens(w.first, w.last)) THEN 1 END) AS n\(unsafeRaw: String(i))"
            }
            let query: SQLQueryString = "SELECT \(columns.joined(separator: ", ")) FROM indicator_facts WHERE set_id = \(literal: indicator.facts.rawValue)"
                + " AND on_day <= \(literal: today.iso)\(workerFilter)"
            let row = try await sql.raw(query).first()
            result[indicator.id] = try windows.indices.map { i in
                Tally(facts: try row.map { try Self.int($0, "n\(i)") } ?? 0, distinct: try row.map { try Self.int($0, "c\(i)") } ?? 0)
            }
        }

        // Spans: counted on each window's day, in one pass over the spans that could cover any of them.
        let spanIndicators = indicators.filter { $0.window == .asAt }
        if !spanIndicators.isEmpty {
            let days = Array(Set(spanIndicators.flatMap { i in ranges.map { i.days(for: $0, today: today).last } })).sorted()
            let sets = Array(Set(spanIndicators.map(\.facts.rawValue))).sorted()
            let spanning = Self.overlaps(days.first!, days.last!)
            let query: SQLQueryString
            if council {
                // A span's tallies are +1 on its first day and -1 after its last: sum up to the day.
                let columns = days.enumerated().map { i, d -> SQLQueryString in
                    "CAST(sum(CASE WHEN bucket <= \(literal: d.iso) THEN facts ELSE 0 END) AS BIGINT) AS n\(unsafeRaw: String(i)), "
                        + "CAST(sum(CASE WHEN bucket <= \(literal: d.iso) THEN numerator ELSE 0 END) AS BIGINT) AS u\(unsafeRaw: String(i))"
                }
                query = "SELECT set_id, category, \(columns.joined(separator: ", ")) FROM \(unsafeRaw: Self.talliesTable)"
                    + " WHERE set_id IN (\(literals: sets, joinedBy: ", ")) AND bucket <= \(literal: days.last!.iso) GROUP BY set_id, category"
            } else {
                let columns = days.enumerated().map { i, d -> SQLQueryString in
                    "sum(CASE WHEN \(Self.covers(d)) THEN 1 ELSE 0 END) AS n\(unsafeRaw: String(i)), "
                        + "sum(CASE WHEN \(Self.covers(d)) AND in_numerator THEN 1 ELSE 0 END) AS u\(unsafeRaw: String(i))"
                }
                query = "SELECT set_id, category, \(columns.joined(separator: ", ")) FROM indicator_facts"
                    + " WHERE set_id IN (\(literals: sets, joinedBy: ", ")) AND \(spanning)\(workerFilter) GROUP BY set_id, category"
            }
            var onDay = [FactSet: [Day: Tally]]()
            for row in try await sql.raw(query).all() {
                guard let set = FactSet(rawValue: try row.decode(column: "set_id", as: String.self)) else { continue }
                let category = try Self.category(row)
                for (i, d) in days.enumerated() {
                    var t = onDay[set, default: [:]][d, default: Tally()]
                    t.add(facts: try Self.int(row, "n\(i)"), numerator: try Self.int(row, "u\(i)"), valueSum: 0, valued: 0, category: category)
                    onDay[set, default: [:]][d] = t
                }
            }
            // Workers holding cases, for figures per worker.
            var workersOn = [FactSet: [Day: Int]]()
            for set in Set(spanIndicators.filter { $0.statistic == .perWorker }.map(\.facts)) {
                let columns = days.enumerated().map { i, d -> SQLQueryString in
                    "count(DISTINCT CASE WHEN \(Self.covers(d)) THEN worker_id END) AS w\(unsafeRaw: String(i))"
                }
                let query: SQLQueryString = "SELECT \(columns.joined(separator: ", ")) FROM indicator_facts WHERE set_id = \(literal: set.rawValue)"
                    + " AND \(spanning)\(workerFilter)"
                if let row = try await sql.raw(query).first() {
                    for (i, d) in days.enumerated() { workersOn[set, default: [:]][d] = try Self.int(row, "w\(i)") }
                }
            }
            for indicator in spanIndicators {
                result[indicator.id] = ranges.map { range in
                    let d = indicator.days(for: range, today: today).last
                    var t = onDay[indicator.facts]?[d] ?? Tally()
                    t.distinct = workersOn[indicator.facts]?[d] ?? 0
                    return t
                }
            }
        }
        return result
    }

    /// A row's category: the tallies write "none" as "".
    static func category(_ row: any SQLRow) throws -> String? {
        guard let category = try row.decode(column: "category", as: String?.self), !category.isEmpty else { return nil }
        return category
    }

    static func int(_ row: any SQLRow, _ column: String) throws -> Int {
        try row.decode(column: column, as: Int?.self) ?? 0
    }

    static func double(_ row: any SQLRow, _ column: String) throws -> Double {
        if let d = try? row.decode(column: column, as: Double?.self) { return d }
        return Double(try row.decode(column: column, as: Int?.self) ?? 0)
    }

    // MARK: The children behind a figure

    public enum Part: String, Sendable, CaseIterable {
        case numerator, denominator
    }

    /// One fact behind a figure, with its child.
    public struct Member: Sendable, Hashable {
        public let fact: IndicatorFact
        public let childID: Int
        public let laChildID: String
        public let name: String
    }

    /// The facts counted in a figure's numerator or denominator, oldest first; `limit` nil for all.
    /// For figures that count children, one row per child (their first fact in the window).
    public func members(of indicator: Indicator, range: ReportingRange, today: Day, part: Part, category: String? = nil,
                        workers: [Int]? = nil, limit: Int? = nil, offset: Int = 0) async throws -> (members: [Member], total: Int) {
        let w = indicator.days(for: range, today: today)
        var filter: SQLQueryString = "f.set_id = \(literal: indicator.facts.rawValue) AND "
        filter += indicator.window == .asAt ? Self.covers(w.last, "f.") : Self.happens(w.first, w.last, "f.")
        filter += Self.held(by: workers, "f.")
        if let category { filter += " AND f.category = \(bind: category)" }
        switch (indicator.statistic, part) {
        case (.numeratorCount, .numerator), (.percent, .numerator): filter += " AND f.in_numerator = \(true)"
        case (.mean, _): filter += " AND f.value IS NOT NULL"
        default: break
        }
        // Figures that count children list each child once, at their first fact in the window.
        let perChild = indicator.statistic == .children
        var total = 0
        if !perChild {
            let count = try await sql.raw("SELECT count(*) AS n FROM indicator_facts f WHERE \(filter)").first()
            total = try count.map { try Self.int($0, "n") } ?? 0
        }
        var query: SQLQueryString = """
            SELECT \(unsafeRaw: Self.columns.map { "f.\($0)" }.joined(separator: ", ")), c.la_child_id, c.first_name, c.last_name
            FROM indicator_facts f JOIN children c ON c.id = f.child_id WHERE \(filter)
            ORDER BY f.on_day, f.child_id, f.source_id
            """
        if let limit, !perChild { query += " LIMIT \(literal: limit) OFFSET \(literal: offset)" }
        var members = try await sql.raw(query).all().map { row in
            Member(fact: try Self.fact(row), childID: try row.decode(column: "child_id", as: Int.self),
                   laChildID: try row.decode(column: "la_child_id", as: String.self),
                   name: "\(try row.decode(column: "first_name", as: String.self)) \(try row.decode(column: "last_name", as: String.self))")
        }
        if perChild {
            var seen = Set<Int>()
            members = members.filter { seen.insert($0.childID).inserted }
            total = members.count
            members = Array(members.dropFirst(offset).prefix(limit ?? members.count))
        }
        return (members, total)
    }

    /// A child's facts, for tests and the recompute check.
    public func facts(childID: Int) async throws -> [IndicatorFact] {
        try await sql.select().columns(Self.columns).from(Self.table).where("child_id", .equal, childID).all().map(Self.fact)
    }

    /// Every stored fact with its child, for comparing the SQL sums with the core's.
    public func allFacts() async throws -> [(child: Int, fact: IndicatorFact)] {
        try await sql.select().columns(Self.columns).from(Self.table).all().map { row in
            (try row.decode(column: "child_id", as: Int.self), try Self.fact(row))
        }
    }

    static func fact(_ row: any SQLRow) throws -> IndicatorFact {
        let setID = try row.decode(column: "set_id", as: String.self)
        let kind = try row.decode(column: "source_kind", as: String.self)
        let day = try row.decode(column: "on_day", as: String.self)
        guard let set = FactSet(rawValue: setID), let sourceKind = EventKind(rawValue: kind), let on = Day(iso: day) else {
            throw StoreError.notFound("indicator fact set \(setID) of a \(kind) record on \(day) (rebuild with harbour timescales recompute)")
        }
        return IndicatorFact(set: set, sourceKind: sourceKind,
                      sourceID: try row.decode(column: "source_id", as: Int.self),
                      on: on,
                      until: try row.decode(column: "until_day", as: String?.self).flatMap(Day.init(iso:)),
                      inNumerator: try row.decode(column: "in_numerator", as: Bool.self),
                      value: try? row.decode(column: "value", as: Double?.self),
                      category: try row.decode(column: "category", as: String?.self),
                      workerID: try row.decode(column: "worker_id", as: Int?.self))
    }

    // MARK: Reference data

    /// Targets, tolerances and benchmarks the council has edited, by indicator; the latest edit wins.
    public func references() async throws -> [String: IndicatorReference] {
        var result = [String: IndicatorReference]()
        for row in try await sql.select().columns("indicator_id", "reference_json").from(Self.referenceTable).orderBy("id").all() {
            let json = try row.decode(column: "reference_json", as: String.self)
            if let reference = try? JSONDecoder().decode(IndicatorReference.self, from: Data(json.utf8)) {
                result[try row.decode(column: "indicator_id", as: String.self)] = reference
            }
        }
        return result
    }

    public func reference(_ indicator: Indicator) async throws -> IndicatorReference {
        try await references()[indicator.id] ?? IndicatorReference(indicator)
    }

    public func saveReference(_ reference: IndicatorReference, for indicator: Indicator, by userID: Int, at date: Date = Date()) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(reference), as: UTF8.self)
        try await sql.insert(into: Self.referenceTable).columns("indicator_id", "reference_json", "updated_at", "updated_by")
            .values(SQLBind(indicator.id), SQLBind(json), SQLBind(date), SQLBind(userID)).run()
    }

    /// The council's child population by year; the latest entry for a year wins.
    public func population() async throws -> Population {
        var estimates = [Int: Int]()
        var source = ""
        for row in try await sql.select().columns("year", "children", "source").from(Self.populationTable).orderBy("id").all() {
            estimates[try row.decode(column: "year", as: Int.self)] = try row.decode(column: "children", as: Int.self)
            source = try row.decode(column: "source", as: String.self)
        }
        return Population(estimates: estimates, source: source)
    }

    public func savePopulation(year: Int, children: Int, source: String, by userID: Int, at date: Date = Date()) async throws {
        var errors = [FieldError]()
        if !(1900...2200).contains(year) { errors.append(FieldError("year", "Year must be from 1900 to 2200")) }
        if children <= 0 { errors.append(FieldError("children", "Children aged 0 to 17 must be a whole number greater than 0")) }
        if source.trimmingCharacters(in: .whitespaces).isEmpty { errors.append(FieldError("source", "Enter the source of the estimate")) }
        if !errors.isEmpty { throw ValidationFailure(errors) }
        try await sql.insert(into: Self.populationTable).columns("year", "children", "source", "updated_at", "updated_by")
            .values(SQLBind(year), SQLBind(children), SQLBind(source), SQLBind(date), SQLBind(userID)).run()
    }

    /// An analyst's commentary on an indicator for a month; the latest wins, earlier ones are kept.
    public struct Commentary: Sendable, Hashable {
        public let text: String
        public let writtenAt: Date
        public let writtenBy: Int
    }

    public func commentary(month: String) async throws -> [String: Commentary] {
        var result = [String: Commentary]()
        for row in try await sql.select().columns("indicator_id", "text", "written_at", "written_by").from(Self.commentaryTable)
            .where("month", .equal, month).orderBy("id").all() {
            result[try row.decode(column: "indicator_id", as: String.self)] = Commentary(
                text: try row.decode(column: "text", as: String.self), writtenAt: try row.decode(column: "written_at", as: Date.self),
                writtenBy: try row.decode(column: "written_by", as: Int.self))
        }
        return result
    }

    public func saveCommentary(_ text: String, indicator: Indicator, month: String, by userID: Int, at date: Date = Date()) async throws {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count > 4_000 { throw ValidationFailure([FieldError("commentary", "Commentary must be 4,000 characters or fewer")]) }
        try await sql.insert(into: Self.commentaryTable).columns("indicator_id", "month", "text", "written_at", "written_by")
            .values(SQLBind(indicator.id), SQLBind(month), SQLBind(trimmed), SQLBind(date), SQLBind(userID)).run()
    }
}
