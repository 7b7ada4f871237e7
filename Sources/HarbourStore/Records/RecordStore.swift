import Fluent
import Foundation
import HarbourCore
import SQLKit

/// Reads and writes children and their journey records. Every write checks the core's rules
/// first and happens in one transaction with its change history: a rejected write changes nothing.
public struct RecordStore: Sendable {
    public let database: any Database
    let clock: @Sendable () -> Date

    public init(database: any Database, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.clock = clock
    }

    var sql: any SQLDatabase { database as! any SQLDatabase }

    public var today: Day { LondonTime.day(of: clock()) }

    // MARK: Children

    public func child(_ id: Int) async throws -> ChildRecord? {
        guard let row = try await sql.select().column("*").from(RecordSpec.child.table)
            .where("id", .equal, id).first() else { return nil }
        return try ChildRecord(row: row)
    }

    public func child(laChildID: String) async throws -> ChildRecord? {
        guard let row = try await sql.select().column("*").from(RecordSpec.child.table)
            .where("la_child_id", .equal, laChildID).first() else { return nil }
        return try ChildRecord(row: row)
    }

    /// Adds a child. The values must already have been read by `RecordSpec.child`.
    @discardableResult
    public func addChild(_ values: FieldValues, by userID: Int) async throws -> Int {
        let values = normalisedChild(values)
        try await refuseDuplicateLAChildID(values, except: nil)
        return try await database.transaction { db in
            try await RecordStore(database: db, clock: clock).insertChild(values, by: userID)
        }
    }

    /// The write of `addChild`, inside the caller's transaction: the child's row and its change
    /// history. The values must be normalised and their LA child ID checked.
    func insertChild(_ values: FieldValues, by userID: Int) async throws -> Int {
        let id = try await insert(.child, values, extra: [:], by: userID)
        try await noteChange(childID: id, kind: "child", recordID: id, action: "create", spec: .child, values: values, by: userID)
        return id
    }

    /// The write of `correctChild`, inside the caller's transaction, without its checks or the
    /// due dates (which the caller refreshes once it has written everything).
    func updateChild(_ id: Int, _ values: FieldValues, by userID: Int) async throws {
        try await update(.child, id: id, values, by: userID)
        try await noteChange(childID: id, kind: "child", recordID: id, action: "update", spec: .child, values: values, by: userID)
    }

    public func correctChild(_ id: Int, _ values: FieldValues, by userID: Int) async throws {
        let values = normalisedChild(values)
        guard try await child(id) != nil else { throw StoreError.notFound("child \(id)") }
        try await refuseDuplicateLAChildID(values, except: id)
        // A new date of birth must still come before everything in the record.
        let facts = ChildFacts(values)
        let events = try await events(childID: id)
        var errors = [FieldError]()
        for event in events { errors += JourneyRules.check(event, child: facts, others: events) }
        if let first = errors.first {
            throw ValidationFailure([FieldError("date_of_birth-day",
                "The child's record has entries this change would make impossible (\(first.message)); correct them first")])
        }
        try await database.transaction { db in
            let store = RecordStore(database: db, clock: clock)
            try await store.updateChild(id, values, by: userID)
            try await store.refreshDueDates(childID: id)
        }
    }

    func normalisedChild(_ values: FieldValues) -> FieldValues {
        var v = values
        for key in ["upn", "former_upn", "postcode"] {
            if let t = v[key]?.text { v[key] = .text(t.uppercased()) }
        }
        return v
    }

    func refuseDuplicateLAChildID(_ values: FieldValues, except id: Int?) async throws {
        guard let laID = values["la_child_id"]?.text, let existing = try await child(laChildID: laID), existing.id != id else { return }
        throw ValidationFailure([FieldError("la_child_id", "LA child ID \(laID) is already used by another child")])
    }

    public struct SearchResult: Sendable {
        public let children: [ChildRecord]
        public let total: Int
    }

    /// Finds children by name (any part of first or last name), LA child ID, UPN or date of
    /// birth (`2014-03-31` or `31/03/2014`).
    public func searchChildren(_ query: String, page: Int = 1, perPage: Int = 25) async throws -> SearchResult {
        let q = query.trimmingCharacters(in: .whitespaces)
        func filtered(_ select: SQLSelectBuilder) -> SQLSelectBuilder {
            guard !q.isEmpty else { return select }
            if let day = Day(iso: q) ?? Day(ukSlashed: q) {
                return select.where("date_of_birth", .equal, day.iso)
            }
            let words = q.lowercased().split(separator: " ").map(String.init)
            return select.where { group in
                var g = group.where("la_child_id", .equal, q).orWhere("upn", .equal, q.uppercased())
                g = g.orWhere { nameGroup in
                    var n = nameGroup
                    for word in words {
                        let pattern = "%" + word.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "") + "%"
                        n = n.where { w in
                            w.where(SQLFunction("lower", args: SQLColumn("first_name")), .like, SQLBind(pattern))
                                .orWhere(SQLFunction("lower", args: SQLColumn("last_name")), .like, SQLBind(pattern))
                        }
                    }
                    return n
                }
                return g
            }
        }
        let countRow = try await filtered(sql.select().column(SQLFunction("count", args: SQLLiteral.all), as: "n")
            .from(RecordSpec.child.table)).first()
        let total = try countRow?.decode(column: "n", as: Int.self) ?? 0
        let rows = try await filtered(sql.select().column("*").from(RecordSpec.child.table))
            .orderBy("last_name").orderBy("first_name").orderBy("id")
            .limit(perPage).offset(max(0, page - 1) * perPage).all()
        let children = try rows.map { try ChildRecord(row: $0) }
        return SearchResult(children: children, total: total)
    }

    // MARK: Journey records

    public func events(childID: Int, kinds: [EventKind] = EventKind.allCases) async throws -> [JourneyEvent] {
        var all = [JourneyEvent]()
        for kind in kinds {
            let rows = try await sql.select().column("*").from(kind.spec.table).where("child_id", .equal, childID).all()
            for row in rows {
                all.append(JourneyEvent(id: try row.decode(column: "id", as: Int.self), kind: kind,
                                        values: try StoredValues.read(kind.spec, from: row)))
            }
        }
        return all
    }

    public func event(_ kind: EventKind, id: Int) async throws -> StoredEvent? {
        guard let row = try await sql.select().column("*").from(kind.spec.table).where("id", .equal, id).first() else { return nil }
        return StoredEvent(childID: try row.decode(column: "child_id", as: Int.self),
                           event: JourneyEvent(id: id, kind: kind, values: try StoredValues.read(kind.spec, from: row)),
                           updatedAt: try row.decode(column: "updated_at", as: Date.self))
    }

    /// Records of one kind across children, newest first, for the API's lists.
    public func events(kind: EventKind, from: Day?, to: Day?, page: Int, perPage: Int) async throws -> (items: [StoredEvent], total: Int) {
        let spec = kind.spec
        func filtered(_ s: SQLSelectBuilder) -> SQLSelectBuilder {
            var s = s
            if let date = spec.dateField {
                if let from { s = s.where(SQLColumn(date), .greaterThanOrEqual, SQLBind(from.iso)) }
                if let to { s = s.where(SQLColumn(date), .lessThanOrEqual, SQLBind(to.iso)) }
            }
            return s
        }
        let total = try await filtered(sql.select().column(SQLFunction("count", args: SQLLiteral.all), as: "n").from(spec.table))
            .first()?.decode(column: "n", as: Int.self) ?? 0
        var select = filtered(sql.select().column("*").from(spec.table))
        if let date = spec.dateField { select = select.orderBy(date, .descending) }
        let rows = try await select.orderBy("id", .descending).limit(perPage).offset(max(0, page - 1) * perPage).all()
        let items = try rows.map { row in
            StoredEvent(childID: try row.decode(column: "child_id", as: Int.self),
                        event: JourneyEvent(id: try row.decode(column: "id", as: Int.self), kind: kind,
                                            values: try StoredValues.read(spec, from: row)),
                        updatedAt: try row.decode(column: "updated_at", as: Date.self))
        }
        return (items, total)
    }

    /// Records an event for a child after checking the journey's rules. Returns its id.
    @discardableResult
    public func record(_ kind: EventKind, childID: Int, _ values: FieldValues, by userID: Int) async throws -> Int {
        try await database.transaction { db in
            let store = RecordStore(database: db, clock: clock)
            let id = try await store.checkedInsert(kind, childID: childID, values, by: userID)
            try await store.refreshDueDates(childID: childID)
            return id
        }
    }

    /// The write of `record`, inside the caller's transaction: the journey's checks, the row and
    /// its change history. The caller refreshes the child's due dates once it has written
    /// everything.
    func checkedInsert(_ kind: EventKind, childID: Int, _ values: FieldValues, by userID: Int) async throws -> Int {
        try await checkJourney(JourneyEvent(id: 0, kind: kind, values: values), childID: childID)
        let id = try await insert(kind.spec, values, extra: ["child_id": SQLBind(childID)], by: userID)
        try await noteChange(childID: childID, kind: kind.rawValue, recordID: id, action: "create",
                             spec: kind.spec, values: values, by: userID)
        return id
    }

    /// Deletes a record, inside the caller's transaction, keeping its last values in the change
    /// history. Only the returns import deletes (records it wrote itself, replaced by a later
    /// import of the same return); the caller refreshes the child's due dates.
    func delete(_ kind: EventKind, id: Int, childID: Int, values: FieldValues, by userID: Int) async throws {
        try await sql.delete(from: kind.spec.table).where("id", .equal, id).where("child_id", .equal, childID).run()
        try await noteChange(childID: childID, kind: kind.rawValue, recordID: id, action: "delete",
                             spec: kind.spec, values: values, by: userID)
    }

    /// Replaces a record's values with corrected ones, after the same checks.
    public func correct(_ kind: EventKind, id: Int, _ values: FieldValues, by userID: Int) async throws {
        guard let existing = try await event(kind, id: id) else { throw StoreError.notFound("\(kind.spec.title.lowercased()) \(id)") }
        try await database.transaction { db in
            let store = RecordStore(database: db, clock: clock)
            try await store.checkJourney(JourneyEvent(id: id, kind: kind, values: values), childID: existing.childID)
            try await store.update(kind.spec, id: id, values, by: userID)
            try await store.noteChange(childID: existing.childID, kind: kind.rawValue, recordID: id, action: "update",
                                       spec: kind.spec, values: values, by: userID)
            try await store.refreshDueDates(childID: existing.childID)
        }
    }

    /// The due dates the record now gives, worked out again in the same transaction as the write.
    func refreshDueDates(childID: Int) async throws {
        let book = try await CouncilSettingsStore(sql: sql).book()
        try await DueItemStore(database: database).refresh(childID: childID, book: book)
    }

    func checkJourney(_ event: JourneyEvent, childID: Int) async throws {
        guard let child = try await child(childID) else { throw StoreError.notFound("child \(childID)") }
        let related: [EventKind] = switch event.kind {
        case .periodOfCare, .placement: [.periodOfCare, .placement]
        case .childProtectionPlan: [.childProtectionPlan]
        default: []
        }
        let others = try await events(childID: childID, kinds: related)
        var errors = JourneyRules.check(event, child: child.facts, others: others)
        if event.kind == .allocation, let worker = event.values["worker_id"]?.integer,
           try await User.find(worker, on: database) == nil {
            errors.append(FieldError("worker_id", "Select a worker from the list"))
        }
        if !errors.isEmpty { throw ValidationFailure(errors) }
    }

    func insert(_ spec: RecordSpec, _ values: FieldValues, extra: [String: any SQLExpression], by userID: Int) async throws -> Int {
        let now = clock()
        var columns = Array(extra.keys)
        var binds: [any SQLExpression] = columns.map { extra[$0]! }
        for field in spec.fields {
            columns.append(field.name)
            binds.append(StoredValues.bind(field, values[field.name]))
        }
        columns += ["created_at", "created_by", "updated_at", "updated_by"]
        binds += [SQLBind(now), SQLBind(userID), SQLBind(now), SQLBind(userID)]
        let row = try await sql.insert(into: spec.table).columns(columns).values(binds).returning("id").first()
        guard let id = try row?.decode(column: "id", as: Int.self) else { throw StoreError.notFound("new record id") }
        return id
    }

    func update(_ spec: RecordSpec, id: Int, _ values: FieldValues, by userID: Int) async throws {
        var builder = sql.update(spec.table)
        for field in spec.fields {
            builder = builder.set(SQLColumn(field.name), to: StoredValues.bind(field, values[field.name]))
        }
        try await builder.set("updated_at", to: SQLBind(clock())).set("updated_by", to: SQLBind(userID))
            .where("id", .equal, id).run()
    }

    func noteChange(childID: Int, kind: String, recordID: Int, action: String, spec: RecordSpec,
                    values: FieldValues, by userID: Int) async throws {
        try await RecordChange(at: clock(), userID: userID, childID: childID, recordKind: kind, recordID: recordID,
                               action: action, valuesJSON: StoredValues.json(spec, values)).create(on: database)
    }

    // MARK: Access log

    public func logAccess(user: User, childID: Int?, action: AccessLogEntry.Action, detail: String = "") async throws {
        try await AccessLogEntry(at: clock(), userID: user.id ?? 0, username: user.username, childID: childID,
                                 action: action, detail: detail).create(on: database)
    }

    public func accessLog(childID: Int, limit: Int = 50) async throws -> [AccessLogEntry] {
        try await AccessLogEntry.query(on: database).filter(\.$childID == childID)
            .sort(\.$at, .descending).sort(\.$id, .descending).limit(limit).all()
    }

    public func changes(childID: Int) async throws -> [RecordChange] {
        try await RecordChange.query(on: database).filter(\.$childID == childID).sort(\.$id, .descending).all()
    }

    // MARK: Workers and teams

    /// Children currently allocated (no end date, or ending after today) to each worker.
    public func currentAllocations(workerIDs: [Int]? = nil) async throws -> [(childID: Int, workerID: Int, role: String, start: Day)] {
        let spec = RecordSpec.allocation
        var select = sql.select().column("child_id").column("worker_id").column("allocation_role").column("start_date")
            .from(spec.table)
            .where { $0.where("end_date", .is, SQLLiteral.null).orWhere("end_date", .greaterThan, today.iso) }
        if let workerIDs { select = select.where("worker_id", .in, workerIDs) }
        return try await select.all().map { row in
            (try row.decode(column: "child_id", as: Int.self), try row.decode(column: "worker_id", as: Int.self),
             try row.decode(column: "allocation_role", as: String.self),
             Day(iso: try row.decode(column: "start_date", as: String.self)) ?? today)
        }
    }

    public func children(ids: [Int]) async throws -> [ChildRecord] {
        guard !ids.isEmpty else { return [] }
        let rows = try await sql.select().column("*").from(RecordSpec.child.table).where("id", .in, ids)
            .orderBy("last_name").orderBy("first_name").all()
        return try rows.map { try ChildRecord(row: $0) }
    }
}

public enum StoreError: Error, CustomStringConvertible {
    case notFound(String)
    public var description: String {
        switch self { case .notFound(let what): "No \(what) was found" }
    }
}
