import Foundation
import HarbourCore
import HarbourReturns
import SQLKit

/// The council's children as the statutory returns read them: each child's record and every
/// record of their journey, a few thousand children at a time, so a census of a whole council
/// is built without holding every record at once.
public struct ReturnRecords: Sendable {
    public let sql: any SQLDatabase

    public init(sql: any SQLDatabase) {
        self.sql = sql
    }

    static let childrenPerChunk = 5_000

    /// Calls `body` with each chunk of children, in id order.
    public func forEachChunk(_ body: ([ReturnChild]) async throws -> Void) async throws {
        let bounds = try await sql.select().column(SQLFunction("min", args: SQLColumn("id")), as: "lo")
            .column(SQLFunction("max", args: SQLColumn("id")), as: "hi").from(RecordSpec.child.table).first()
        let lo = try bounds?.decode(column: "lo", as: Int?.self) ?? 0
        let hi = try bounds?.decode(column: "hi", as: Int?.self) ?? -1
        for from in stride(from: lo, through: hi, by: Self.childrenPerChunk) {
            try await body(try await chunk(from...min(hi, from + Self.childrenPerChunk - 1)))
        }
    }

    /// The children with ids in `ids`, with their records.
    public func chunk(_ ids: ClosedRange<Int>) async throws -> [ReturnChild] {
        var children = [Int: FieldValues]()
        for row in try await Bulk.select(["id"] + RecordSpec.child.fields.map(\.name), from: RecordSpec.child.table, where: "id", in: ids, on: sql) {
            guard let id = try row.integer("id") else { continue }
            children[id] = try StoredValues.read(RecordSpec.child.fields, from: row)
        }
        var events = [Int: [JourneyEvent]]()
        for kind in EventKind.allCases {
            let spec = kind.spec
            for row in try await Bulk.select(["id", "child_id"] + spec.fields.map(\.name), from: spec.table, where: "child_id", in: ids, on: sql) {
                guard let id = try row.integer("id"), let child = try row.integer("child_id") else { continue }
                events[child, default: []].append(JourneyEvent(id: id, kind: kind, values: try StoredValues.read(spec.fields, from: row)))
            }
        }
        return children.keys.sorted().map { id in
            ReturnChild(values: children[id]!, events: (events[id] ?? []).sorted { $0.id < $1.id })
        }
    }

    /// Every worker as the returns name them, by Harbour's worker id.
    public func workers() async throws -> [Int: ReturnWorker] {
        var teams = [Int: String]()
        for row in try await sql.select().columns("id", "name").from(Team.schema).all() {
            teams[try row.decode(column: "id", as: Int.self)] = try row.decode(column: "name", as: String.self)
        }
        var workers = [Int: ReturnWorker]()
        for row in try await sql.select().columns("id", "display_name", "team_id").from(User.schema).all() {
            let team = try row.decode(column: "team_id", as: Int?.self).flatMap { teams[$0] } ?? ""
            workers[try row.decode(column: "id", as: Int.self)] = ReturnWorker(name: try row.decode(column: "display_name", as: String.self), team: team)
        }
        return workers
    }
}
