import Fluent
import Foundation
import HarbourCore
import HarbourReturns
import SQLKit

/// Writes the children a returns import read (`ReturnImport`) into the store, a child at a
/// time, each in one transaction and through `RecordStore`'s own writes: the journey's checks
/// on every record, the change history, and the child's due dates and indicator facts worked
/// out once their records are all written. A child the store refuses (a record clashing with
/// one entered in Harbour, say) is rolled back whole and reported with every reason; the other
/// children are written.
///
/// A child is matched by LA child ID. For a child already in Harbour, "update" means:
/// - The child's record takes the returns' values for the items the returns give; everything
///   else (the name, when the returns give none, the address, contacts) is kept.
/// - The records an earlier import took from the same return (CIN census or SSDA903) for the
///   same collection year are replaced by this import's: one that still has every item the
///   return gives is left as it is, with anything a worker has added to it (so importing the same
///   files again changes nothing); the others are deleted (their last values kept in the change
///   history) and the new ones written. A worker's correction of an item the return gives is
///   replaced by the next import of that return.
/// - Records entered in Harbour, and records imported from another return or another year, are
///   kept as they are. An imported record of the same kind on the same day as one of them (for
///   an allocation the same worker and role, for a permanence step the same step; for a period
///   of care, one the return's starts in) is taken to be that record: Harbour's is kept, the return's is not written, and any item it gives
///   differently is a note. The others must fit with them, as a worker's entry must.
public struct ReturnImportStore: Sendable {
    static let table = "return_import_records"

    public let database: any Database
    let clock: @Sendable () -> Date

    public init(database: any Database, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.clock = clock
    }

    var sql: any SQLDatabase { database as! any SQLDatabase }

    /// What an import did, or for a dry run would do.
    public struct Outcome: Sendable {
        /// LA child IDs of the children added to Harbour.
        public var created: [String] = []
        /// LA child IDs of children already in Harbour whose record or records changed.
        public var updated: [String] = []
        /// LA child IDs of children already in Harbour for whom the returns change nothing.
        public var unchanged: [String] = []
        /// The children refused, by the import's reading or by the store.
        public var refused: [RefusedChild] = []
        /// Records written, by kind.
        public var written: [EventKind: Int] = [:]
        /// Records an earlier import of the same return wrote, left as they were.
        public var kept: [EventKind: Int] = [:]
        /// Records an earlier import of the same return wrote, deleted as no longer in it.
        public var removed: [EventKind: Int] = [:]
        /// Records already in Harbour (entered there, or imported from another return or year):
        /// the same kind on the same day, so not written again.
        public var held: [EventKind: Int] = [:]
        /// Where a record Harbour already holds differs from the return's, which is not taken.
        public var notes: [ReturnImportProblem] = []
        public var dryRun = false
        public var seconds = 0.0

        mutating func add(_ child: ChildOutcome, for id: String) {
            switch child.action {
            case .created: created.append(id)
            case .updated: updated.append(id)
            case .unchanged: unchanged.append(id)
            }
            written.merge(child.written, uniquingKeysWith: +)
            kept.merge(child.kept, uniquingKeysWith: +)
            removed.merge(child.removed, uniquingKeysWith: +)
            held.merge(child.held, uniquingKeysWith: +)
            notes += child.notes
        }

        public var description: String {
            var lines = ["\(dryRun ? "Would import" : "Imported"): \(created.count) children new to Harbour, \(updated.count) updated, "
                         + "\(unchanged.count) unchanged, \(refused.count) refused"]
            for (title, counts) in [("Records written", written), ("Records kept from an earlier import", kept),
                                    ("Records already in Harbour, not written again", held),
                                    ("Records of an earlier import removed", removed)] where !counts.isEmpty {
                lines.append("\(title):")
                for kind in EventKind.allCases {
                    if let n = counts[kind] { lines.append("  \(kind.spec.title): \(n)") }
                }
            }
            return lines.joined(separator: "\n")
        }
    }

    /// What happened to one child.
    struct ChildOutcome: Sendable {
        enum Action: Sendable { case created, updated, unchanged }
        var action: Action
        var written: [EventKind: Int] = [:]
        var kept: [EventKind: Int] = [:]
        var removed: [EventKind: Int] = [:]
        var held: [EventKind: Int] = [:]
        var notes: [ReturnImportProblem] = []
    }

    /// The store's refusal of one child, with every reason.
    struct Refusal: Error {
        let problems: [ReturnImportProblem]
    }

    /// Thrown at the end of a dry run so its transaction is rolled back.
    struct DryRunRollback: Error {
        let outcome: Outcome
    }

    /// Reads the returns' children as Harbour would record them today and writes them (see
    /// `write`), for the command, the web page and the API alike. SW_ID is matched to a Harbour
    /// worker by the form Harbour's own SSDA903 writes (`XX` and the worker's number). The notes
    /// are everything read differently or left out, the reading's and the store's together.
    public func importReturns(cin: CINReturn?, ssda903: SSDA903Tables?, collectionYear: Int, by userID: Int,
                              dryRun: Bool) async throws -> (outcome: Outcome, notes: [ReturnImportProblem]) {
        let today = RecordStore(database: database, clock: clock).today
        let workers = try await ReturnRecords(sql: sql).workers()
        let builder = SSDA903Builder(collectionYear: collectionYear, workers: workers)
        var directory = [String: Int]()
        for id in workers.keys.sorted() { directory[builder.socialWorkerID(id)] = id }
        let result = ReturnImport(today: today, collectionYear: collectionYear, workers: directory).run(cin: cin, ssda903: ssda903)
        let returns = Set([cin.map { _ in ReturnName.cin }, ssda903.map { _ in ReturnName.ssda903 }].compactMap { $0 })
        let outcome = try await write(result, returns: returns, collectionYear: collectionYear, by: userID, dryRun: dryRun)
        return (outcome, result.allNotes + outcome.notes)
    }

    /// Writes the import's children. `returns` are the returns that were read: an earlier
    /// import's records from the others are not touched. A dry run does every write, child by
    /// child, in one transaction that is then rolled back, so it reports exactly what the
    /// import would do and leaves the store as it was.
    public func write(_ result: ReturnImportResult, returns: Set<ReturnName>, collectionYear: Int, by userID: Int,
                      dryRun: Bool = false) async throws -> Outcome {
        let started = Date()
        var outcome = Outcome()
        outcome.refused = result.refused
        outcome.dryRun = dryRun
        let clock = clock
        if dryRun {
            let start = outcome
            do {
                try await database.transaction { db in
                    let sql = db as! any SQLDatabase
                    let store = ReturnImportStore(database: db, clock: clock)
                    var inner = start
                    for child in result.children {
                        try await sql.raw("SAVEPOINT harbour_import_child").run()
                        do {
                            let written = try await store.writeChild(child, returns: returns, collectionYear: collectionYear, by: userID)
                            try await sql.raw("RELEASE SAVEPOINT harbour_import_child").run()
                            inner.add(written, for: child.laChildID)
                        } catch let refusal as Refusal {
                            try await sql.raw("ROLLBACK TO SAVEPOINT harbour_import_child").run()
                            try await sql.raw("RELEASE SAVEPOINT harbour_import_child").run()
                            inner.refused.append(RefusedChild(laChildID: child.laChildID, problems: refusal.problems))
                        }
                    }
                    throw DryRunRollback(outcome: inner)
                }
            } catch let rollback as DryRunRollback {
                outcome = rollback.outcome
            }
        } else {
            for child in result.children {
                do {
                    let written = try await database.transaction { db in
                        try await ReturnImportStore(database: db, clock: clock)
                            .writeChild(child, returns: returns, collectionYear: collectionYear, by: userID)
                    }
                    outcome.add(written, for: child.laChildID)
                } catch let refusal as Refusal {
                    outcome.refused.append(RefusedChild(laChildID: child.laChildID, problems: refusal.problems))
                }
            }
        }
        outcome.seconds = Date().timeIntervalSince(started)
        return outcome
    }

    /// One child and their records, inside the caller's transaction (or savepoint).
    func writeChild(_ child: ImportedChild, returns: Set<ReturnName>, collectionYear: Int, by userID: Int) async throws -> ChildOutcome {
        let store = RecordStore(database: database, clock: clock)
        let values = store.normalisedChild(child.values)
        /// Harbour's errors about a record, each at the return's item its field was read from.
        func refusal(_ errors: [FieldError], _ record: ImportedRecord?) -> Refusal {
            Refusal(problems: errors.map { error in
                let field = String(error.field.split(separator: "-").first ?? "")
                let origin = record?.origin(of: field)
                    ?? ImportOrigin(item: field, location: child.records.first?.source ?? SourceLocation(file: "the returns"))
                return ReturnImportProblem(child: child.laChildID, location: origin.location, item: origin.item ?? field,
                                           message: error.message, refuses: true)
            })
        }

        let childID: Int
        var outcome: ChildOutcome
        if let existing = try await store.child(laChildID: child.laChildID) {
            childID = existing.id
            var merged = existing.values
            for (field, value) in values where child.named || (field != "first_name" && field != "last_name") {
                // The returns' way of saying none (Disability NONE, MOTHER 0) adds nothing to a
                // child Harbour holds nothing for.
                if existing.values[field] == nil, value == .codes(["NONE"]) || value == .bool(false) { continue }
                merged[field] = value
            }
            if merged != existing.values {
                try await store.updateChild(childID, merged, by: userID)
                outcome = ChildOutcome(action: .updated)
            } else {
                outcome = ChildOutcome(action: .unchanged)
            }
        } else {
            childID = try await store.insertChild(values, by: userID)
            outcome = ChildOutcome(action: .created)
        }

        // What an earlier import of these returns for this year wrote, still in the store.
        var earlier = [(kind: EventKind, id: Int, values: FieldValues)]()
        let rows = try await sql.select().columns("record_kind", "record_id", "return_name").from(Self.table)
            .where("child_id", .equal, childID).where("collection_year", .equal, collectionYear).all()
        let events = try await store.events(childID: childID)
        let stored = Dictionary(events.map { ("\($0.kind.rawValue) \($0.id)", $0.values) }, uniquingKeysWith: { a, _ in a })
        var replaceable = Set<String>()
        for row in rows {
            guard let name = ReturnName(rawValue: try row.decode(column: "return_name", as: String.self)), returns.contains(name),
                  let kind = EventKind(rawValue: try row.decode(column: "record_kind", as: String.self)) else { continue }
            let id = try row.decode(column: "record_id", as: Int.self)
            guard let values = stored["\(kind.rawValue) \(id)"] else { continue }
            earlier.append((kind, id, values))
            replaceable.insert("\(kind.rawValue) \(id)")
        }
        // The records this import may not replace: entered in Harbour, or from another return or year.
        var others = events.filter { !replaceable.contains("\($0.kind.rawValue) \($0.id)") }

        var new = [ImportedRecord]()
        for record in child.records {
            if let same = earlier.firstIndex(where: { old in
                old.kind == record.kind && record.values.allSatisfy { old.values[$0.key] == $0.value }
            }) {
                earlier.remove(at: same)
                outcome.kept[record.kind, default: 0] += 1
            } else if let held = others.firstIndex(where: { Self.same(record, as: $0) }) {
                let other = others.remove(at: held)
                outcome.held[record.kind, default: 0] += 1
                let differing = record.kind.spec.fields.filter { record.values[$0.name] != nil && other.values[$0.name] != record.values[$0.name] }
                if !differing.isEmpty {
                    let origin = record.origin(of: differing[0].name)
                    outcome.notes.append(ReturnImportProblem(
                        child: child.laChildID, location: origin.location, item: origin.item ?? differing[0].name,
                        message: "Harbour already holds this \(record.kind.spec.title.lowercased()) (\(record.kind.spec.field(record.kind.spec.dateField!)!.label.lowercased()) \(other.date?.long ?? "")), which is kept; the return differs in \(differing.map { $0.label.lowercased() }.joined(separator: ", "))",
                        refuses: false))
                }
            } else {
                new.append(record)
            }
        }
        for old in earlier {
            try await store.delete(old.kind, id: old.id, childID: childID, values: old.values, by: userID)
            try await sql.delete(from: Self.table).where("record_kind", .equal, old.kind.rawValue).where("record_id", .equal, old.id).run()
            outcome.removed[old.kind, default: 0] += 1
        }
        let now = clock()
        for record in new {
            let id: Int
            do {
                id = try await store.checkedInsert(record.kind, childID: childID, record.values, by: userID)
            } catch let failure as ValidationFailure {
                throw refusal(failure.errors, record)
            }
            try await sql.insert(into: Self.table)
                .columns("child_id", "record_kind", "record_id", "return_name", "collection_year", "source", "imported_at")
                .values(SQLBind(childID), SQLBind(record.kind.rawValue), SQLBind(id), SQLBind(record.returnName.rawValue),
                        SQLBind(collectionYear), SQLBind(record.source.description), SQLBind(now))
                .run()
            outcome.written[record.kind, default: 0] += 1
        }
        if outcome.action == .unchanged, !new.isEmpty || !earlier.isEmpty { outcome.action = .updated }

        // The child's whole record, Harbour's entries and the import's together, as Harbour
        // checks it when a child's details are corrected.
        guard let saved = try await store.child(childID) else { throw StoreError.notFound("child \(childID)") }
        let all = try await store.events(childID: childID)
        var problems = [ReturnImportProblem]()
        for event in all {
            let errors = JourneyRules.check(event, child: saved.facts, others: all)
            guard !errors.isEmpty else { continue }
            let record = child.records.first { $0.kind == event.kind && $0.values == event.values }
            var found = refusal(errors, record).problems
            if record == nil {
                // A record entered in Harbour that the returns' child no longer fits.
                found = errors.map {
                    ReturnImportProblem(child: child.laChildID, location: SourceLocation(file: "Harbour", path: "\(event.kind.spec.title) \(event.id)"),
                                        item: String($0.field.split(separator: "-").first ?? ""), message: $0.message, refuses: true)
                }
            }
            problems += found
        }
        if !problems.isEmpty { throw Refusal(problems: problems) }
        if outcome.action != .unchanged { try await store.refreshDueDates(childID: childID) }
        return outcome
    }

    /// Whether Harbour's record `other` is the one the return describes: the same kind on the
    /// same day (for an allocation, the same worker and role; for a permanence step, the same
    /// step); for a period of care, Harbour's period that the return's starts in.
    static func same(_ record: ImportedRecord, as other: JourneyEvent) -> Bool {
        guard other.kind == record.kind, let date = record.kind.spec.dateField, let day = record.values[date]?.day else { return false }
        if record.kind == .periodOfCare, let start = other.date {
            // Periods of care never overlap, and a return shows a period that began before its
            // year from its first episode in the year: the period Harbour holds on that day is it.
            return start <= day && (other.endDate.map { day <= $0 } ?? true)
        }
        var keys = [date]
        switch record.kind {
        case .allocation: keys += ["worker_id", "allocation_role"]
        case .permanence: keys += ["step"]
        default: break
        }
        return keys.allSatisfy { other.values[$0] == record.values[$0] }
    }

    /// The records imported for a child: kind, id, the return, its year and the row or element.
    public func provenance(childID: Int) async throws -> [(kind: EventKind, id: Int, returnName: ReturnName, collectionYear: Int, source: String)] {
        try await sql.select().columns("record_kind", "record_id", "return_name", "collection_year", "source").from(Self.table)
            .where("child_id", .equal, childID).orderBy("id").all().compactMap { row in
                guard let kind = EventKind(rawValue: try row.decode(column: "record_kind", as: String.self)),
                      let name = ReturnName(rawValue: try row.decode(column: "return_name", as: String.self)) else { return nil }
                return (kind, try row.decode(column: "record_id", as: Int.self), name,
                        try row.decode(column: "collection_year", as: Int.self), try row.decode(column: "source", as: String.self))
            }
    }
    /// Harbour's ids of the children with these LA child IDs, for links to them after an import.
    public func childIDs(laChildIDs: [String]) async throws -> [String: Int] {
        var ids = [String: Int]()
        for chunk in stride(from: 0, to: laChildIDs.count, by: 500).map({ Array(laChildIDs[$0..<min($0 + 500, laChildIDs.count)]) }) {
            for row in try await sql.select().columns("id", "la_child_id").from(RecordSpec.child.table)
                .where("la_child_id", .in, chunk).all() {
                ids[try row.decode(column: "la_child_id", as: String.self)] = try row.decode(column: "id", as: Int.self)
            }
        }
        return ids
    }
}
