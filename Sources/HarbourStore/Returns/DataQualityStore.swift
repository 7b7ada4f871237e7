import Fluent
import Foundation
import HarbourCore
import HarbourReturns
import SQLKit

/// The DfE's validation rules run on the council's own records, kept so a manager can see
/// whether recording is getting better: every check's counts by rule and by team, and the
/// findings of the latest check of each return and year, each naming the child and the items
/// to fix. Findings name children by LA child ID only, as the returns do.
public struct DataQualityStore: Sendable {
    static let runsTable = "data_quality_runs"
    static let countsTable = "data_quality_counts"
    static let findingsTable = "data_quality_findings"

    public let database: any Database
    var sql: any SQLDatabase { database as! any SQLDatabase }

    public init(database: any Database) {
        self.database = database
    }

    /// The two returns whose rules Harbour runs on its records.
    public enum Return: String, Sendable, CaseIterable, Codable {
        case cin
        case ssda903

        public var title: String {
            switch self {
            case .cin: "CIN census"
            case .ssda903: "SSDA903 (children looked after)"
            }
        }

        /// Reads a `return` value, naming the field when it is wrong.
        public init(parsing text: String?) throws(FieldError) {
            guard let text, let value = Return(rawValue: text.lowercased()) else {
                throw FieldError("return", "Choose the return: cin or ssda903")
            }
            self = value
        }
    }

    /// One check of one return for one collection year.
    public struct Run: Sendable, Equatable, Codable {
        public let id: Int
        public let returnKind: Return
        public let collectionYear: Int
        public let checkedAt: Date
        /// Children in the return.
        public let children: Int
        public let errors: Int
        public let queries: Int
        public let seconds: Double

        public var year: CollectionYear { CollectionYear(end: collectionYear) }
    }

    /// How often one rule fired in a run, for one team (nil: children nobody in a team holds).
    public struct Count: Sendable, Equatable {
        public let rule: String
        public let severity: Severity
        public let message: String
        public let teamID: Int?
        public let count: Int
    }

    /// One finding of the latest run, with the child it is about where Harbour holds them.
    public struct StoredFinding: Sendable, Equatable {
        public let rule: String
        public let severity: Severity
        public let message: String
        public let childID: Int?
        public let laChildID: String
        public let teamID: Int?
        public let table: String
        public let fields: [String]
        public let location: String
    }

    // MARK: Checking

    /// Builds the return from the records, runs every DfE rule Harbour has on it, and keeps the
    /// counts (and the findings, replacing the last check's for this return and year). Findings
    /// are put to the team of the worker holding the child's case on `today`.
    @discardableResult
    public func check(_ kind: Return, year: CollectionYear, today: Day, by userID: Int?, at date: Date = Date()) async throws -> Run {
        let started = Date()
        let records = ReturnRecords(sql: sql)
        let findings: [Finding]
        let children: Int
        switch kind {
        case .cin:
            let census = try await records.cinCensus(year, localAuthority: ReturnRecords.localAuthority)
            children = census.childIdentifiers.rows.count
            findings = ReturnValidation.run(CINRules.all, on: census)
        case .ssda903:
            let ret = try await records.ssda903(year)
            children = ret.current.header.rows.count
            // The rules that read the postcode directory or Ofsted's providers list find nothing
            // without them, and are said on the page as not checked.
            findings = ReturnValidation.run(SSDA903Rules.runnable(on: ret), on: ret)
        }
        let holders = try await caseHolders(of: Set(findings.map(\.child).filter { !$0.isEmpty }), today: today)
        let seconds = Date().timeIntervalSince(started)
        let errors = findings.filter { $0.severity == .error }.count

        return try await database.transaction { db in
            let sql = db as! any SQLDatabase
            try await sql.delete(from: Self.findingsTable).where("return_kind", .equal, kind.rawValue)
                .where("collection_year", .equal, year.end).run()
            try await sql.insert(into: Self.runsTable)
                .columns("return_kind", "collection_year", "checked_at", "children", "errors", "queries", "seconds", "checked_by")
                .values(SQLBind(kind.rawValue), SQLBind(year.end), SQLBind(date), SQLBind(children), SQLBind(errors),
                        SQLBind(findings.count - errors), SQLBind(seconds), SQLBind(userID))
                .run()
            let id = try await Self.latestRunID(kind, year: year, on: sql)
            var counts = [String: (Finding, [Int?: Int])]()
            for f in findings { counts[f.rule, default: (f, [:])].1[holders[f.child]?.team, default: 0] += 1 }
            let countRows: [[Bulk.Literal]] = counts.keys.sorted().flatMap { rule in
                let (first, byTeam) = counts[rule]!
                return byTeam.keys.sorted { ($0 ?? -1) < ($1 ?? -1) }.map { team -> [Bulk.Literal] in
                    [.integer(id), .text(rule), .text(first.severity.rawValue), .text(first.message), .integer(team), .integer(byTeam[team]!)]
                }
            }
            try await Bulk.insert(into: Self.countsTable, columns: ["run_id", "rule", "severity", "message", "team_id", "count"],
                                  literals: countRows, on: sql)
            let findingRows: [[Bulk.Literal]] = findings.map { f in
                [.integer(id), .text(kind.rawValue), .integer(year.end), .text(f.rule), .text(f.severity.rawValue), .text(f.message),
                 .integer(holders[f.child]?.child), .text(f.child), .integer(holders[f.child]?.team), .text(f.table),
                 .text(f.fields.joined(separator: " ")), .text(f.location.description)]
            }
            try await Bulk.insert(into: Self.findingsTable,
                                  columns: ["run_id", "return_kind", "collection_year", "rule", "severity", "message", "child_id", "la_child_id",
                                            "team_id", "table_name", "fields", "location"],
                                  literals: findingRows, on: sql)
            return Run(id: id, returnKind: kind, collectionYear: year.end, checkedAt: date, children: children, errors: errors,
                       queries: findings.count - errors, seconds: seconds)
        }
    }

    /// Harbour's id for each LA child ID, and the team of the worker holding their case on
    /// `today` (the latest case-holding allocation still open).
    func caseHolders(of laChildIDs: Set<String>, today: Day) async throws -> [String: (child: Int, team: Int?)] {
        var result = [String: (child: Int, team: Int?)]()
        let ids = laChildIDs.sorted()
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ ids[$0..<min(ids.count, $0 + 500)] }) {
            let rows = try await sql.raw("""
                SELECT c.id, c.la_child_id, u.team_id, a.start_date FROM \(unsafeRaw: RecordSpec.child.table) c
                LEFT JOIN allocations a ON a.child_id = c.id AND a.allocation_role IN \(DueItemStore.caseHoldingList)
                     AND a.start_date <= \(bind: today.iso) AND (a.end_date IS NULL OR a.end_date > \(bind: today.iso))
                LEFT JOIN users u ON u.id = a.worker_id
                WHERE c.la_child_id IN \(SQLGroupExpression(chunk.map { SQLBind($0) }))
                ORDER BY c.id, a.start_date
                """).all()
            for row in rows {
                let la = try row.decode(column: "la_child_id", as: String.self)
                let child = try row.decode(column: "id", as: Int.self)
                let team = try row.decode(column: "team_id", as: Int?.self)
                // Rows come oldest allocation first: the latest open one wins.
                if result[la] == nil || team != nil { result[la] = (child, team ?? result[la]?.team) }
            }
        }
        return result
    }

    static func latestRunID(_ kind: Return, year: CollectionYear, on sql: any SQLDatabase) async throws -> Int {
        let row = try await sql.select().column(SQLFunction("max", args: SQLColumn("id")), as: "id").from(runsTable)
            .where("return_kind", .equal, kind.rawValue).where("collection_year", .equal, year.end).first()
        guard let id = try row?.decode(column: "id", as: Int?.self) else {
            throw DataQualityProblem("the check just written cannot be read back")
        }
        return id
    }

    // MARK: Reading

    /// Every check of a return, newest first; `year` narrows it to one collection year.
    public func runs(_ kind: Return, year: CollectionYear? = nil, limit: Int = 100) async throws -> [Run] {
        var query = sql.select().columns("id", "return_kind", "collection_year", "checked_at", "children", "errors", "queries", "seconds")
            .from(Self.runsTable).where("return_kind", .equal, kind.rawValue)
        if let year { query = query.where("collection_year", .equal, year.end) }
        return try await query.orderBy("id", .descending).limit(limit).all().map { row in
            Run(id: try row.decode(column: "id", as: Int.self), returnKind: kind,
                collectionYear: try row.decode(column: "collection_year", as: Int.self),
                checkedAt: try row.decode(column: "checked_at", as: Date.self),
                children: try row.decode(column: "children", as: Int.self), errors: try row.decode(column: "errors", as: Int.self),
                queries: try row.decode(column: "queries", as: Int.self), seconds: try row.decode(column: "seconds", as: Double.self))
        }
    }

    /// A run's counts by rule and team.
    public func counts(runID: Int) async throws -> [Count] {
        try await sql.select().columns("rule", "severity", "message", "team_id", "count").from(Self.countsTable)
            .where("run_id", .equal, runID).orderBy("rule").orderBy("team_id").all().map { row in
                Count(rule: try row.decode(column: "rule", as: String.self), severity: try Self.severity(row),
                             message: try row.decode(column: "message", as: String.self),
                             teamID: try row.decode(column: "team_id", as: Int?.self), count: try row.decode(column: "count", as: Int.self))
            }
    }

    /// The latest run's findings for a return and year, narrowed to a rule or a team (0 for
    /// children nobody in a team holds), a page at a time; and how many there are in all.
    public func findings(_ kind: Return, year: CollectionYear, rule: String? = nil, team: Int? = nil,
                         limit: Int? = 100, offset: Int = 0) async throws -> (findings: [StoredFinding], total: Int) {
        func filtered(_ query: SQLSelectBuilder) -> SQLSelectBuilder {
            var query = query.from(Self.findingsTable).where("return_kind", .equal, kind.rawValue).where("collection_year", .equal, year.end)
            if let rule { query = query.where("rule", .equal, rule) }
            if let team { query = team == 0 ? query.where("team_id", .is, SQLLiteral.null) : query.where("team_id", .equal, team) }
            return query
        }
        let total = try await filtered(sql.select().column(SQLFunction("count", args: SQLLiteral.all), as: "n")).first()
            .map { try $0.decode(column: "n", as: Int.self) } ?? 0
        var query = filtered(sql.select().columns("rule", "severity", "message", "child_id", "la_child_id", "team_id", "table_name",
                                                  "fields", "location")).orderBy("id").offset(offset)
        if let limit { query = query.limit(limit) }
        let rows = try await query.all().map { row in
            StoredFinding(rule: try row.decode(column: "rule", as: String.self),
                          severity: try Self.severity(row),
                          message: try row.decode(column: "message", as: String.self),
                          childID: try row.decode(column: "child_id", as: Int?.self),
                          laChildID: try row.decode(column: "la_child_id", as: String.self),
                          teamID: try row.decode(column: "team_id", as: Int?.self),
                          table: try row.decode(column: "table_name", as: String.self),
                          fields: try row.decode(column: "fields", as: String.self).split(separator: " ").map(String.init),
                          location: try row.decode(column: "location", as: String.self))
        }
        return (rows, total)
    }
}

extension DataQualityStore {
    /// A stored row's severity; a row with another is refused, not read as an error.
    static func severity(_ row: any SQLRow) throws -> Severity {
        guard let severity = Severity(rawValue: try row.decode(column: "severity", as: String.self)) else {
            throw DataQualityProblem("a stored data quality row has an unknown severity")
        }
        return severity
    }
}

/// A stored data-quality row that cannot be read.
public struct DataQualityProblem: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
