import Fluent
import Foundation
import HarbourCore
import HarbourSynthetic
import SQLKit
import Vapor

/// Writes a synthetic council into the store in bulk: many rows to a statement, the whole
/// council in one transaction. Generated records are built to pass the journey's rules
/// (a test checks them), so they are not re-checked one by one here.
public struct SyntheticLoader: Sendable {
    public let database: any Database
    public let bcryptCost: Int

    public init(database: any Database, bcryptCost: Int) {
        self.database = database
        self.bcryptCost = bcryptCost
    }

    public struct Progress: Sendable {
        public var phase: String
        public var children: Int
        public var records: Int
        public var expectedChildren: Int
        public var elapsed: Double

        public init(phase: String, children: Int, records: Int, expectedChildren: Int, elapsed: Double) {
            self.phase = phase
            self.children = children
            self.records = records
            self.expectedChildren = expectedChildren
            self.elapsed = elapsed
        }
    }

    public struct Summary: Sendable {
        public let children: Int
        public let records: Int
        public let workers: Int
        public let seconds: Double
    }

    public enum Problem: Error, CustomStringConvertible {
        case notEmpty(Int)
        public var description: String {
            switch self {
            case .notEmpty(let n):
                "The store already holds \(n) children. Give --replace to delete them and generate a new council, or choose another --data folder."
            }
        }
    }

    var sql: any SQLDatabase { database as! any SQLDatabase }

    /// Deletes every child, record, log, session, user and team.
    public func wipe() async throws {
        // Where imported records came from, before the children and records it names.
        let imported = [ReturnImportStore.table]
        let tables = [DueItemStore.table, IndicatorStore.table, IndicatorStore.talliesTable, IndicatorStore.workerSpansTable, IndicatorStore.populationTable, IndicatorStore.commentaryTable,
                      IndicatorStore.referenceTable, DataQualityStore.findingsTable, DataQualityStore.countsTable, DataQualityStore.runsTable, SupervisionDecision.schema, Supervision.schema, CouncilSettingsStore.table]
            + EventKind.allCases.map(\.spec.table)
            + [RecordSpec.child.table, RecordChange.schema, AccessLogEntry.schema, APIToken.schema, "_fluent_sessions",
               User.schema, Team.schema]
        try await database.transaction { db in
            let sql = db as! any SQLDatabase
            if sql.dialect.name == "postgresql" {
                // Millions of rows at region or England scale: TRUNCATE empties them at once,
                // and restarts the id sequences as a fresh SQLite store would.
                try await sql.raw("TRUNCATE \(unsafeRaw: (imported + tables).map { "\"\($0)\"" }.joined(separator: ", ")) RESTART IDENTITY").run()
            } else {
                for table in imported + tables { try await sql.delete(from: table).run() }
            }
        }
    }

    public func childCount() async throws -> Int {
        try await sql.select().column(SQLFunction("count", args: SQLLiteral.all), as: "n").from(RecordSpec.child.table)
            .first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Writes the council in one transaction: a failure leaves the store as it was, never half a
    /// council. Secondary indexes are dropped for the load and built once at the end, which is
    /// far quicker than keeping them up row by row.
    public func load(_ council: SyntheticCouncil, replace: Bool,
                     progress: @escaping @Sendable (Progress) -> Void) async throws -> Summary {
        let started = Date()
        let existing = try await childCount()
        if existing > 0, !replace { throw Problem.notEmpty(existing) }
        let cost = bcryptCost
        let summary = try await database.transaction { db in
            let loader = SyntheticLoader(database: db, bcryptCost: cost)
            if existing > 0 {
                progress(Progress(phase: "Deleting the old council", children: 0, records: 0, expectedChildren: 0, elapsed: 0))
            }
            if replace { try await loader.wipe() }
            let tables = [RecordSpec.child.table, DueItemStore.table, IndicatorStore.table] + EventKind.allCases.map(\.spec.table)
            return try await Bulk.withoutIndexes(on: tables, in: loader.sql, dropOnPostgreSQL: true) {
                try await loader.writeCouncil(council, started: started, progress: progress)
            }
        }
        // Timed to the commit, indexes built.
        return Summary(children: summary.children, records: summary.records, workers: summary.workers,
                       seconds: Date().timeIntervalSince(started))
    }

    func writeCouncil(_ council: SyntheticCouncil, started: Date, progress: @Sendable (Progress) -> Void) async throws -> Summary {
        progress(Progress(phase: "Teams and workers", children: 0, records: 0, expectedChildren: 0, elapsed: 0))
        let workerIDs = try await writeWorkforce(council)
        let engine = DueDates(book: try await CouncilSettingsStore(sql: sql).book())
        var nextIDs = [EventKind: Int]()
        for kind in EventKind.allCases { nextIDs[kind] = try await nextID(kind.spec.table) }

        // Children are made and written a chunk at a time, so memory stays flat; the next chunk
        // is made while this one is written, so both cores are busy.
        var children = 0
        var records = 0
        let total = council.childCount
        let chunks = stride(from: 0, to: total, by: Self.childrenPerChunk).map { $0..<min(total, $0 + Self.childrenPerChunk) }
        var current = chunks.first.map { council.children($0) } ?? []
        for next in chunks.dropFirst().map(Optional.some) + [nil] {
            async let upcoming = next.map { council.children($0) } ?? []
            nextIDs = try await SyntheticLoader.write(current, firstID: children + 1, eventIDs: nextIDs, workerIDs: workerIDs,
                                                      engine: engine, on: sql)
            children += current.count
            records += current.reduce(0) { $0 + $1.events.count }
            progress(Progress(phase: "Children and their records", children: children, records: records,
                              expectedChildren: total, elapsed: Date().timeIntervalSince(started)))
            current = await upcoming
        }
        progress(Progress(phase: "Supervision and indexes", children: children, records: records,
                          expectedChildren: total, elapsed: Date().timeIntervalSince(started)))
        try await writeSupervision(council, workerIDs: workerIDs)
        try await writePopulation(council.parameters, by: workerIDs.first ?? 0)
        try await IndicatorStore.rebuildTallies(on: sql)
        try await resetSequences()
        return Summary(children: children, records: records, workers: workerIDs.count, seconds: Date().timeIntervalSince(started))
    }

    static let childrenPerChunk = 2_000

    /// Teams and sign-ins. The first neighbourhood manager and practitioner sign in as
    /// `manager` and `worker`; `admin` and `analyst` are added; every password is the demo one.
    func writeWorkforce(_ council: SyntheticCouncil) async throws -> [Int] {
        let hash = try Bcrypt.hash(SampleChildren.demoPassword, cost: bcryptCost)
        var teamIDs = [Int]()
        for team in council.teams {
            let t = Team(name: team.name, service: team.service, caseloadTarget: Team.defaultCaseloadTarget(service: team.service))
            try await t.create(on: database)
            teamIDs.append(t.id!)
        }
        let neighbourhood = council.teams.firstIndex { $0.kind == .neighbourhood }
        var namedManager = false, namedWorker = false
        var ids = [Int]()
        for worker in council.workers {
            var username = worker.username
            if worker.team == neighbourhood, worker.role == .manager, !namedManager { username = "manager"; namedManager = true }
            if worker.team == neighbourhood, worker.role == .practitioner, !namedWorker, !worker.newlyQualified {
                username = "worker"; namedWorker = true
            }
            let user = User(username: username, displayName: worker.displayName, role: worker.role, passwordHash: hash,
                            teamID: teamIDs[worker.team], newlyQualified: worker.newlyQualified)
            try await user.create(on: database)
            ids.append(user.id!)
        }
        for (username, name, role) in [("admin", "Ada Administrator", Role.administrator), ("analyst", "Alex Analyst", Role.analyst)] {
            try await User(username: username, displayName: name, role: role, passwordHash: hash, teamID: nil).create(on: database)
        }
        return ids
    }

    func writeSupervision(_ council: SyntheticCouncil, workerIDs: [Int]) async throws {
        let now = Date()
        let rows: [[any SQLExpression]] = council.supervisions().map { s in
            [SQLBind(workerIDs[s.worker - 1]), SQLBind(workerIDs[s.supervisor - 1]), SQLBind(s.date.iso), SQLBind(s.reflective),
             SQLBind(now), SQLBind(workerIDs[s.supervisor - 1])]
        }
        try await Bulk.insert(into: Supervision.schema,
                                   columns: ["worker_id", "supervisor_id", "supervision_date", "reflective", "created_at", "created_by"],
                                   rows: rows, on: sql)
    }

    /// The council's children aged 0 to 17 for rates: the calibrated figure, scaled, for each year it spans.
    func writePopulation(_ parameters: SyntheticParameters, by userID: Int) async throws {
        let children = max(1, Int((Double(Targets.population) * parameters.scale).rounded()))
        let store = IndicatorStore(sql: sql)
        for year in (parameters.end.year - parameters.years - 1)...parameters.end.year {
            try await store.savePopulation(year: year, children: children, source: Targets.populationSource, by: userID)
        }
    }

    func nextID(_ table: String) async throws -> Int {
        (try await sql.select().column(SQLFunction("max", args: SQLColumn("id")), as: "m").from(table).first()?
            .decode(column: "m", as: Int?.self) ?? 0) + 1
    }

    /// Writes children, their records and the due dates those records give. Records get their
    /// ids here, from `eventIDs`, so due dates can name them without reading anything back.
    /// Returns the next free id for each kind.
    static func write(_ chunk: [SyntheticChild], firstID: Int, eventIDs: [EventKind: Int], workerIDs: [Int], engine: DueDates,
                      on sql: any SQLDatabase) async throws -> [EventKind: Int] {
        var eventIDs = eventIDs
        var dueRows = [[Bulk.Literal]]()
        var factRows = [[Bulk.Literal]]()
        let indicators = IndicatorFacts(calendar: engine.book.calendar)
        /// Generated records name workers by their place in the workforce; the store by id.
        func worker(_ values: FieldValues) -> FieldValues {
            guard let index = values["worker_id"]?.integer else { return values }
            var v = values
            v["worker_id"] = .integer(workerIDs[index - 1])
            return v
        }
        let now = Date()
        let system = workerIDs.first ?? 0
        let childColumns = ["id"] + RecordSpec.child.fields.map(\.name) + ["created_at", "created_by", "updated_at", "updated_by"]
        var childRows = [[Bulk.Literal]]()
        var eventRows = [EventKind: [[Bulk.Literal]]]()
        let stamps: [Bulk.Literal] = [.moment(now), .integer(system), .moment(now), .integer(system)]
        for (offset, child) in chunk.enumerated() {
            let id = firstID + offset
            childRows.append([.integer(id)] + RecordSpec.child.fields.map { StoredValues.literal($0, child.values[$0.name]) } + stamps)
            var events = [JourneyEvent]()
            for (kind, values) in child.events {
                let eventID = eventIDs[kind] ?? 1
                eventIDs[kind] = eventID + 1
                if kind.isTimescaleInput || IndicatorFacts.kindsRead.contains(kind) {
                    events.append(JourneyEvent(id: eventID, kind: kind, values: worker(values)))
                }
                var row: [Bulk.Literal] = [.integer(eventID), .integer(id)]
                for field in kind.spec.fields {
                    if field.kind == .worker, let index = values[field.name]?.integer {
                        row.append(.integer(workerIDs[index - 1]))
                    } else {
                        row.append(StoredValues.literal(field, values[field.name]))
                    }
                }
                eventRows[kind, default: []].append(row + stamps)
            }
            let due = engine.derive(child: ChildFacts(child.values), events: events)
            for item in due {
                dueRows.append(DueItemStore.row(childID: id, item))
            }
            for fact in indicators.derive(child: ChildFacts(child.values), events: events, due: due) {
                factRows.append(IndicatorStore.row(childID: id, fact))
            }
        }
        try await Bulk.insert(into: RecordSpec.child.table, columns: childColumns, literals: childRows, on: sql)
        for kind in EventKind.allCases {
            guard let rows = eventRows[kind] else { continue }
            let columns = ["id", "child_id"] + kind.spec.fields.map(\.name) + ["created_at", "created_by", "updated_at", "updated_by"]
            try await Bulk.insert(into: kind.spec.table, columns: columns, literals: rows, on: sql)
        }
        try await DueItemStore.insert(dueRows, on: sql)
        try await IndicatorStore.insert(factRows, on: sql)
        return eventIDs
    }

    /// On PostgreSQL, children and records were given their ids: move each id sequence past them.
    func resetSequences() async throws {
        guard sql.dialect.name == "postgresql" else { return }
        for table in [RecordSpec.child.table] + EventKind.allCases.map(\.spec.table) {
            try await sql.raw("SELECT setval(pg_get_serial_sequence('\(unsafeRaw: table)', 'id'), GREATEST((SELECT MAX(id) FROM \(unsafeRaw: table)), 1))").run()
        }
    }
}
