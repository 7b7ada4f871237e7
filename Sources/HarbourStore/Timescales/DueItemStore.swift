import Fluent
import Foundation
import HarbourCore
import SQLKit

/// Due dates as stored facts: written with the record that creates or meets them, rebuilt for
/// every child after a rule or setting changes, and read by work lists and indicators as plain
/// comparisons (`met_on <= due_on`) that run on SQLite and PostgreSQL alike.
public struct DueItemStore: Sendable {
    static let table = "due_items"
    static let columns = ["child_id", "rule_id", "start_on", "due_on", "source_kind", "source_id", "closed_by",
                          "met_on", "met_id", "lapsed_on", "open_until", "is_open"]
    /// Allocation roles that hold a child's case (an IRO's allocation does not).
    static let caseHoldingRoles = [AllocationRole.socialWorker, .personalAdviser, .teamManager].map(\.rawValue)
    static var caseHoldingList: SQLGroupExpression { SQLGroupExpression(caseHoldingRoles.map { SQLBind($0) }) }

    public let database: any Database
    var sql: any SQLDatabase { database as! any SQLDatabase }

    public init(database: any Database) {
        self.database = database
    }

    static func row(childID: Int, _ item: DueItem) -> [Bulk.Literal] {
        [.integer(childID), .text(item.rule.rawValue), .text(item.startOn.iso), .text(item.dueOn.iso),
         .text(item.sourceKind.rawValue), .integer(item.sourceID), .text(item.closedBy.rawValue),
         .text(item.metOn?.iso), .integer(item.metID), .text(item.lapsedOn?.iso), .text(item.openUntil?.iso),
         .flag(item.state == .open)]
    }

    static func insert(_ rows: [[Bulk.Literal]], on sql: any SQLDatabase) async throws {
        try await Bulk.insert(into: table, columns: columns, literals: rows, on: sql)
    }

    /// Rebuilds one child's due dates from their record. Call inside the transaction that changed it.
    /// Rebuilds one child's due dates, and the indicator facts that read them, from their
    /// record. Call inside the transaction that changed it.
    public func refresh(childID: Int, book: RuleBook) async throws {
        let store = RecordStore(database: database)
        guard let child = try await store.child(childID) else { return }
        let events = try await store.events(childID: childID)
        let items = DueDates(book: book).derive(child: child.facts, events: events)
        try await sql.delete(from: Self.table).where("child_id", .equal, childID).run()
        try await Self.insert(items.map { Self.row(childID: childID, $0) }, on: sql)
        let facts = IndicatorFacts(calendar: book.calendar).derive(child: child.facts, events: events, due: items)
        try await IndicatorStore(sql: sql).replace(childID: childID, with: facts)
    }

    public struct RecomputeSummary: Sendable {
        public let children: Int
        public let items: Int
        public let open: Int
        public let seconds: Double
    }

    /// Rebuilds every child's due dates, a few thousand children at a time, in one transaction:
    /// work lists never see a half-rebuilt council. The next chunk is read while this one's due
    /// dates are worked out, so both cores are busy.
    public func recomputeAll(book: RuleBook, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) async throws -> RecomputeSummary {
        let started = Date()
        let engine = DueDates(book: book)
        let indicators = IndicatorFacts(calendar: book.calendar)
        let bounds = try await sql.select().column(SQLFunction("min", args: SQLColumn("id")), as: "lo")
            .column(SQLFunction("max", args: SQLColumn("id")), as: "hi")
            .column(SQLFunction("count", args: SQLLiteral.all), as: "n").from(RecordSpec.child.table).first()
        let lo = try bounds?.decode(column: "lo", as: Int?.self) ?? 0
        let hi = try bounds?.decode(column: "hi", as: Int?.self) ?? -1
        let total = try bounds?.decode(column: "n", as: Int.self) ?? 0
        let chunks = stride(from: lo, through: hi, by: Self.childrenPerChunk).map { $0...min(hi, $0 + Self.childrenPerChunk - 1) }
        let (children, items, open) = try await database.transaction { db in
            let sql = db as! any SQLDatabase
            // On SQLite the indexes are built once at the end; on PostgreSQL they are kept, so
            // work lists can still read the old due dates while these are written.
            return try await Bulk.withoutIndexes(on: [Self.table, IndicatorStore.table], in: sql, dropOnPostgreSQL: false) {
                try await sql.delete(from: Self.table).run()
                try await sql.delete(from: IndicatorStore.table).run()
                var children = 0, items = 0, open = 0
                var current = try await Self.readChunk(chunks.first, on: sql)
                for next in chunks.dropFirst().map(Optional.some) + [nil] {
                    guard let chunk = current else { break }
                    async let upcoming = Self.readChunk(next, on: sql)
                    var rows = [[Bulk.Literal]]()
                    var factRows = [[Bulk.Literal]]()
                    for (id, child, events) in chunk {
                        let due = engine.derive(child: child, events: events)
                        for item in due {
                            rows.append(Self.row(childID: id, item))
                            if item.state == .open { open += 1 }
                        }
                        for fact in indicators.derive(child: child, events: events, due: due) {
                            factRows.append(IndicatorStore.row(childID: id, fact))
                        }
                    }
                    try await Self.insert(rows, on: sql)
                    try await IndicatorStore.insert(factRows, on: sql)
                    children += chunk.count
                    items += rows.count
                    progress(children, total)
                    current = try await upcoming
                }
                try await IndicatorStore.rebuildTallies(on: sql)
                return (children, items, open)
            }
        }
        return RecomputeSummary(children: children, items: items, open: open, seconds: Date().timeIntervalSince(started))
    }

    /// The children with ids in `ids`, with the fields of their records that due dates and indicators depend on.
    static func readChunk(_ ids: ClosedRange<Int>?, on sql: any SQLDatabase) async throws -> [(Int, ChildFacts, [JourneyEvent])]? {
        guard let ids else { return nil }
        var events = [Int: [JourneyEvent]]()
        for kind in EventKind.allCases where kind.isTimescaleInput || IndicatorFacts.kindsRead.contains(kind) {
            let names = Set(DueDates.fieldsRead(kind).map(\.name) + IndicatorFacts.fieldsRead(kind).map(\.name))
            let fields = kind.spec.fields.filter { names.contains($0.name) }
            for row in try await Bulk.select(["id", "child_id"] + fields.map(\.name), from: kind.spec.table, where: "child_id", in: ids, on: sql) {
                guard let id = try row.integer("id"), let child = try row.integer("child_id") else { continue }
                events[child, default: []].append(JourneyEvent(id: id, kind: kind, values: try StoredValues.read(fields, from: row)))
            }
        }
        let columns = ["id", "date_of_birth", "expected_date_of_birth", "date_of_death"]
        return try await Bulk.select(columns, from: RecordSpec.child.table, where: "id", in: ids, on: sql).compactMap { row in
            guard let id = try row.integer("id") else { return nil }
            func day(_ c: String) throws -> Day? { try row.text(c).flatMap(Day.init(iso:)) }
            return (id, ChildFacts(dateOfBirth: try day("date_of_birth"), expectedDateOfBirth: try day("expected_date_of_birth"),
                                   dateOfDeath: try day("date_of_death")), events[id] ?? [])
        }
    }

    static let childrenPerChunk = 5_000

    // MARK: Reading

    /// A stored due date with the child it belongs to. Whether it is open, met, lapsed or
    /// overdue is the core's `DueItem` to say.
    public struct Row: Sendable, Hashable {
        public let id: Int
        public let childID: Int
        public let childName: String
        public let laChildID: String
        public let item: DueItem
        public let workerName: String?
        public let teamName: String?

        public var rule: RuleID { item.rule }
        public var startOn: Day { item.startOn }
        public var dueOn: Day { item.dueOn }
        public var closedBy: EventKind { item.closedBy }
        public var metOn: Day? { item.metOn }
        public var lapsedOn: Day? { item.lapsedOn }
        public func isOverdue(on today: Day) -> Bool { item.isOverdue(on: today) }
    }

    static let rowSelect = """
        SELECT d.id, d.child_id, d.rule_id, d.start_on, d.due_on, d.source_kind, d.source_id, d.closed_by,
               d.met_on, d.met_id, d.lapsed_on, d.open_until, c.first_name, c.last_name, c.la_child_id
        """

    static func decode(_ row: any SQLRow, worker: Bool = false) throws -> Row? {
        func day(_ column: String) throws -> Day? { try row.decode(column: column, as: String?.self).flatMap(Day.init(iso:)) }
        guard let rule = RuleID(rawValue: try row.decode(column: "rule_id", as: String.self)),
              let sourceKind = EventKind(rawValue: try row.decode(column: "source_kind", as: String.self)),
              let closedBy = EventKind(rawValue: try row.decode(column: "closed_by", as: String.self)),
              let start = try day("start_on"), let due = try day("due_on") else { return nil }
        let item = DueItem(rule: rule, startOn: start, dueOn: due, sourceKind: sourceKind,
                           sourceID: try row.decode(column: "source_id", as: Int.self), closedBy: closedBy,
                           metOn: try day("met_on"), metID: try row.decode(column: "met_id", as: Int?.self),
                           lapsedOn: try day("lapsed_on"), openUntil: try day("open_until"))
        return Row(id: try row.decode(column: "id", as: Int.self), childID: try row.decode(column: "child_id", as: Int.self),
                   childName: "\(try row.decode(column: "first_name", as: String.self)) \(try row.decode(column: "last_name", as: String.self))",
                   laChildID: try row.decode(column: "la_child_id", as: String.self), item: item,
                   workerName: worker ? try row.decode(column: "worker_name", as: String?.self) : nil,
                   teamName: worker ? try row.decode(column: "team_name", as: String?.self) : nil)
    }

    /// A child's due dates: open ones first by due date, then the latest met or lapsed.
    public func items(childID: Int, today: Day, limit: Int = 200) async throws -> [Row] {
        let rows = try await sql.raw("""
            \(unsafeRaw: Self.rowSelect)
            FROM due_items d JOIN children c ON c.id = d.child_id
            WHERE d.child_id = \(bind: childID)
            ORDER BY d.is_open DESC, d.due_on DESC LIMIT \(bind: limit)
            """).all()
        let decoded = try rows.compactMap { try Self.decode($0) }
        let open = decoded.filter { $0.item.state == .open }.sorted { $0.dueOn < $1.dueOn }
        return open + decoded.filter { $0.item.state != .open }
    }

    /// "My work": open items for the children allocated to a worker, due on or before `horizon`, oldest first.
    public func workList(workerID: Int, today: Day, horizon: Day, limit: Int = 500) async throws -> [Row] {
        try await sql.raw("""
            \(unsafeRaw: Self.rowSelect)
            FROM due_items d JOIN children c ON c.id = d.child_id
            WHERE d.is_open = TRUE AND d.due_on <= \(bind: horizon.iso)
              AND (d.open_until IS NULL OR d.open_until > \(bind: today.iso))
              AND d.child_id IN (SELECT a.child_id FROM allocations a WHERE a.worker_id = \(bind: workerID)
                                 AND (a.end_date IS NULL OR a.end_date > \(bind: today.iso)))
            ORDER BY d.due_on, c.last_name, c.first_name, d.id LIMIT \(bind: limit)
            """).all().compactMap { try Self.decode($0) }
    }

    /// Per worker: open items overdue and due by `horizon`, for children whose case they hold.
    public func counts(workerIDs: [Int], today: Day, horizon: Day) async throws -> [Int: (overdue: Int, dueSoon: Int)] {
        guard !workerIDs.isEmpty else { return [:] }
        let rows = try await sql.raw("""
            SELECT a.worker_id,
                   SUM(CASE WHEN d.due_on < \(bind: today.iso) THEN 1 ELSE 0 END) AS overdue,
                   SUM(CASE WHEN d.due_on >= \(bind: today.iso) THEN 1 ELSE 0 END) AS due_soon
            FROM due_items d JOIN allocations a ON a.child_id = d.child_id
            WHERE d.is_open = TRUE AND d.due_on <= \(bind: horizon.iso)
              AND (d.open_until IS NULL OR d.open_until > \(bind: today.iso))
              AND a.worker_id IN \(SQLGroupExpression(workerIDs.map { SQLBind($0) }))
              AND a.allocation_role IN \(Self.caseHoldingList)
              AND (a.end_date IS NULL OR a.end_date > \(bind: today.iso))
            GROUP BY a.worker_id
            """).all()
        var result = [Int: (Int, Int)]()
        for row in rows {
            result[try row.decode(column: "worker_id", as: Int.self)] =
                (try row.decode(column: "overdue", as: Int?.self) ?? 0, try row.decode(column: "due_soon", as: Int?.self) ?? 0)
        }
        return result
    }

    /// Per worker: the last supervision, and how many (and how many reflective) in the year to `today`.
    public func supervision(workerIDs: [Int], today: Day) async throws -> [Int: (last: Day?, inYear: Int, reflective: Int)] {
        guard !workerIDs.isEmpty else { return [:] }
        let yearAgo = today.adding(months: -12).iso
        let rows = try await sql.raw("""
            SELECT worker_id, MAX(supervision_date) AS last_date,
                   SUM(CASE WHEN supervision_date > \(bind: yearAgo) AND supervision_date <= \(bind: today.iso) THEN 1 ELSE 0 END) AS in_year,
                   SUM(CASE WHEN supervision_date > \(bind: yearAgo) AND supervision_date <= \(bind: today.iso) AND reflective THEN 1 ELSE 0 END) AS reflective
            FROM supervisions WHERE worker_id IN \(SQLGroupExpression(workerIDs.map { SQLBind($0) }))
            GROUP BY worker_id
            """).all()
        var result = [Int: (Day?, Int, Int)]()
        for row in rows {
            result[try row.decode(column: "worker_id", as: Int.self)] =
                (try row.decode(column: "last_date", as: String?.self).flatMap(Day.init(iso:)),
                 try row.decode(column: "in_year", as: Int?.self) ?? 0, try row.decode(column: "reflective", as: Int?.self) ?? 0)
        }
        return result
    }

    /// Per worker: children and families (children sharing a surname and home postcode) whose case they hold.
    public func caseloads(workerIDs: [Int], today: Day) async throws -> [Int: (children: Int, families: Int)] {
        guard !workerIDs.isEmpty else { return [:] }
        let rows = try await sql.raw("""
            SELECT a.worker_id, COUNT(DISTINCT a.child_id) AS children,
                   COUNT(DISTINCT c.last_name || '|' || COALESCE(c.postcode, CAST(c.id AS TEXT))) AS families
            FROM allocations a JOIN children c ON c.id = a.child_id
            WHERE a.worker_id IN \(SQLGroupExpression(workerIDs.map { SQLBind($0) }))
              AND a.allocation_role IN \(Self.caseHoldingList)
              AND (a.end_date IS NULL OR a.end_date > \(bind: today.iso))
            GROUP BY a.worker_id
            """).all()
        var result = [Int: (Int, Int)]()
        for row in rows {
            result[try row.decode(column: "worker_id", as: Int.self)] =
                (try row.decode(column: "children", as: Int.self), try row.decode(column: "families", as: Int.self))
        }
        return result
    }

    /// Open items across the service: overdue ones, by the team and worker holding the case, oldest first.
    public func overdue(today: Day, limit: Int = 100) async throws -> [Row] {
        try await sql.raw("""
            \(unsafeRaw: Self.rowSelect), u.display_name AS worker_name, t.name AS team_name
            FROM due_items d JOIN children c ON c.id = d.child_id
            LEFT JOIN allocations a ON a.child_id = d.child_id
                 AND a.allocation_role IN \(Self.caseHoldingList)
                 AND (a.end_date IS NULL OR a.end_date > \(bind: today.iso))
            LEFT JOIN users u ON u.id = a.worker_id
            LEFT JOIN teams t ON t.id = u.team_id
            WHERE d.is_open = TRUE AND d.due_on < \(bind: today.iso)
              AND (d.open_until IS NULL OR d.open_until > \(bind: today.iso))
            ORDER BY d.due_on, d.id LIMIT \(bind: limit)
            """).all().compactMap { try Self.decode($0, worker: true) }
    }

    /// Open items by team (nil: unallocated) and rule: overdue and due by `horizon`.
    public func totals(today: Day, horizon: Day) async throws -> [(team: String?, rule: RuleID, overdue: Int, dueSoon: Int)] {
        let rows = try await sql.raw("""
            SELECT t.name AS team_name, d.rule_id,
                   SUM(CASE WHEN d.due_on < \(bind: today.iso) THEN 1 ELSE 0 END) AS overdue,
                   SUM(CASE WHEN d.due_on >= \(bind: today.iso) THEN 1 ELSE 0 END) AS due_soon
            FROM due_items d
            LEFT JOIN allocations a ON a.child_id = d.child_id
                 AND a.allocation_role IN \(Self.caseHoldingList)
                 AND (a.end_date IS NULL OR a.end_date > \(bind: today.iso))
            LEFT JOIN users u ON u.id = a.worker_id
            LEFT JOIN teams t ON t.id = u.team_id
            WHERE d.is_open = TRUE AND d.due_on <= \(bind: horizon.iso)
              AND (d.open_until IS NULL OR d.open_until > \(bind: today.iso))
            GROUP BY t.name, d.rule_id
            """).all()
        return try rows.compactMap { row in
            guard let rule = RuleID(rawValue: try row.decode(column: "rule_id", as: String.self)) else { return nil }
            return (try row.decode(column: "team_name", as: String?.self), rule,
                    try row.decode(column: "overdue", as: Int?.self) ?? 0, try row.decode(column: "due_soon", as: Int?.self) ?? 0)
        }
    }

    /// A child with open work, and the manager holding their case if only a manager holds it.
    public typealias HeldChild = (childID: Int, name: String, laChildID: String, heldByManager: String?)

    static func heldChild(_ row: any SQLRow) throws -> HeldChild {
        (try row.decode(column: "id", as: Int.self),
         "\(try row.decode(column: "first_name", as: String.self)) \(try row.decode(column: "last_name", as: String.self))",
         try row.decode(column: "la_child_id", as: String.self), try row.decode(column: "manager", as: String?.self))
    }

    /// Children with an open referral or period of care whose case is held only by one of `managerIDs`.
    public func heldOnlyByManagers(_ managerIDs: [Int], today: Day, limit: Int = 500) async throws -> [HeldChild] {
        guard !managerIDs.isEmpty else { return [] }
        let rows = try await sql.raw("""
            SELECT DISTINCT c.id, c.first_name, c.last_name, c.la_child_id, u.display_name AS manager
            FROM allocations m JOIN users u ON u.id = m.worker_id JOIN children c ON c.id = m.child_id
            WHERE m.worker_id IN \(SQLGroupExpression(managerIDs.map { SQLBind($0) }))
              AND m.allocation_role = \(bind: AllocationRole.teamManager.rawValue)
              AND (m.end_date IS NULL OR m.end_date > \(bind: today.iso))
              AND c.date_of_death IS NULL
              AND (EXISTS (SELECT 1 FROM referrals r WHERE r.child_id = c.id AND r.closure_date IS NULL)
                   OR EXISTS (SELECT 1 FROM care_periods p WHERE p.child_id = c.id AND p.end_date IS NULL))
              AND NOT EXISTS (SELECT 1 FROM allocations a WHERE a.child_id = c.id
                              AND a.allocation_role IN \(SQLGroupExpression([AllocationRole.socialWorker, .personalAdviser].map { SQLBind($0.rawValue) }))
                              AND (a.end_date IS NULL OR a.end_date > \(bind: today.iso)))
            ORDER BY c.last_name, c.first_name, c.id LIMIT \(bind: limit)
            """).all()
        return try rows.map(Self.heldChild)
    }

    /// Children with an open referral or period of care and nobody holding their case, or held only by a manager.
    public func unallocated(today: Day, limit: Int = 200) async throws -> [HeldChild] {
        let rows = try await sql.raw("""
            SELECT c.id, c.first_name, c.last_name, c.la_child_id,
                   (SELECT u.display_name FROM allocations m JOIN users u ON u.id = m.worker_id
                     WHERE m.child_id = c.id AND m.allocation_role = \(bind: AllocationRole.teamManager.rawValue)
                       AND (m.end_date IS NULL OR m.end_date > \(bind: today.iso)) ORDER BY m.start_date DESC LIMIT 1) AS manager
            FROM children c
            WHERE c.id IN (SELECT r.child_id FROM referrals r WHERE r.closure_date IS NULL
                           UNION SELECT p.child_id FROM care_periods p WHERE p.end_date IS NULL)
              AND c.date_of_death IS NULL
              AND NOT EXISTS (SELECT 1 FROM allocations a WHERE a.child_id = c.id
                              AND a.allocation_role IN \(SQLGroupExpression([AllocationRole.socialWorker, .personalAdviser].map { SQLBind($0.rawValue) }))
                              AND (a.end_date IS NULL OR a.end_date > \(bind: today.iso)))
            ORDER BY c.last_name, c.first_name LIMIT \(bind: limit)
            """).all()
        return try rows.map(Self.heldChild)
    }
}
