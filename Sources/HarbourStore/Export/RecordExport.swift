import Foundation
import HarbourCore
import SQLKit

/// Every child and every record as JSON lines, for a council to take its data anywhere: one
/// line per child, then each of their records, in id order; values only (who wrote a row and
/// when are the audit trail's, not the record's). Workers are named by their sign-in, not the
/// store's internal number, which differs between databases. The same store gives the same bytes, so the
/// same seed and options give byte-identical exports of a generated council.
public struct RecordExport: Sendable {
    public let sql: any SQLDatabase

    public init(sql: any SQLDatabase) {
        self.sql = sql
    }

    public struct Summary: Sendable {
        public let children: Int
        public let records: Int
    }

    /// Writes the export through `write`, a chunk of lines at a time, so memory stays flat.
    public func write(_ write: (String) throws -> Void) async throws -> Summary {
        let bounds = try await sql.select().column(SQLFunction("min", args: SQLColumn("id")), as: "lo")
            .column(SQLFunction("max", args: SQLColumn("id")), as: "hi").from(RecordSpec.child.table).first()
        let lo = try bounds?.decode(column: "lo", as: Int?.self) ?? 0
        let hi = try bounds?.decode(column: "hi", as: Int?.self) ?? -1
        var usernames = [Int: String]()
        for row in try await sql.select().columns("id", "username").from(User.schema).all() {
            usernames[try row.decode(column: "id", as: Int.self)] = try row.decode(column: "username", as: String.self)
        }
        var children = 0, records = 0
        for from in stride(from: lo, through: hi, by: Self.childrenPerChunk) {
            let ids = from...min(hi, from + Self.childrenPerChunk - 1)
            var lines = [Int: [String]]()
            var order = [Int]()
            let childColumns = ["id"] + RecordSpec.child.fields.map(\.name)
            for row in try await Bulk.select(childColumns, from: RecordSpec.child.table, where: "id", in: ids, on: sql) {
                guard let id = try row.integer("id") else { continue }
                let values = try StoredValues.read(RecordSpec.child.fields, from: row)
                lines[id] = [Self.line(kind: "child", id: id, childID: id, json: StoredValues.json(.child, values))]
                order.append(id)
            }
            for kind in EventKind.allCases {
                let spec = kind.spec
                var rows = [(Int, Int, String)]()
                for row in try await Bulk.select(["id", "child_id"] + spec.fields.map(\.name), from: spec.table, where: "child_id", in: ids, on: sql) {
                    guard let id = try row.integer("id"), let child = try row.integer("child_id") else { continue }
                    var values = try StoredValues.read(spec.fields, from: row)
                    for field in spec.fields where field.kind == .worker {
                        if let worker = values[field.name]?.integer { values[field.name] = .text(usernames[worker] ?? String(worker)) }
                    }
                    rows.append((child, id, StoredValues.json(spec, values)))
                }
                for (child, id, json) in rows.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) {
                    lines[child, default: []].append(Self.line(kind: kind.rawValue, id: id, childID: child, json: json))
                    records += 1
                }
            }
            var text = ""
            for id in order.sorted() { for line in lines[id] ?? [] { text += line; text += "\n" } }
            try write(text)
            children += order.count
        }
        return Summary(children: children, records: records)
    }

    static let childrenPerChunk = 5_000

    static func line(kind: String, id: Int, childID: Int, json: String) -> String {
        #"{"child_id":\#(childID),"id":\#(id),"kind":"\#(kind)","values":\#(json)}"#
    }
}
