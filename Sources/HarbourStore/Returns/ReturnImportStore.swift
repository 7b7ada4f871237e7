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
///   same collection year are replaced by this import's: one with the same values is left as it
///   is (so importing the same files again changes nothing), the others are deleted (their last
///   values kept in the change history) and the new ones written.
/// - Records entered in Harbour, and records imported from another return or another year, are
///   kept as they are; the new records must fit with them, as a worker's entry must.
///   A worker's correction of an imported record is replaced by the next import of that return
///   (the change history keeps it).
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
        }

        public var description: String {
            var lines = ["\(dryRun ? "Would import" : "Imported"): \(created.count) children new to Harbour, \(updated.count) updated, "
                         + "\(unchanged.count) unchanged, \(refused.count) refused"]
            for (title, counts) in [("Records written", written), ("Records kept from an earlier import", kept),
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
    }

    /// The store's refusal of one child, with every reason.
    struct Refusal: Error {
        let problems: [ReturnImportProblem]
    }

    /// Thrown at the end of a dry run so its transaction is rolled back.
    struct DryRunRollback: Error {
        let outcome: Outcome
    }

    /// The LA child IDs of `ids` that Harbour already holds.
    public func existing(_ ids: [String]) async throws -> Set<String> {
        var found = Set<String>()
        for start in stride(from: 0, to: ids.count, by: 500) {
            let part = Array(ids[start..<min(ids.count, start + 500)])
            for row in try await sql.select().column("la_child_id").from(RecordSpec.child.table).where("la_child_id", .in, part).all() {
                found.insert(try row.decode(column: "la_child_id", as: String.self))
            }
        }
        return found
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
        let stored = Dictionary(try await store.events(childID: childID).map { ("\($0.kind.rawValue) \($0.id)", $0.values) },
                                uniquingKeysWith: { a, _ in a })
        for row in rows {
            guard let name = ReturnName(rawValue: try row.decode(column: "return_name", as: String.self)), returns.contains(name),
                  let kind = EventKind(rawValue: try row.decode(column: "record_kind", as: String.self)) else { continue }
            let id = try row.decode(column: "record_id", as: Int.self)
            guard let values = stored["\(kind.rawValue) \(id)"] else { continue }
            earlier.append((kind, id, values))
        }

        var new = [ImportedRecord]()
        for record in child.records {
            if let same = earlier.firstIndex(where: { $0.kind == record.kind && $0.values == record.values }) {
                earlier.remove(at: same)
                outcome.kept[record.kind, default: 0] += 1
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
        let events = try await store.events(childID: childID)
        var problems = [ReturnImportProblem]()
        for event in events {
            let errors = JourneyRules.check(event, child: saved.facts, others: events)
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
}
