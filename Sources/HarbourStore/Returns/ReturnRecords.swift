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

    /// The LA number the CIN census header carries until the council's own is a setting: 999
    /// is no council's.
    public static let localAuthority = "999"

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

// MARK: Whole returns

extension ReturnRecords {
    /// The CIN census for a collection year, from every child in the store. `localAuthority`
    /// is the council's three-digit LA number for the header.
    public func cinCensus(_ year: CollectionYear, localAuthority: String, file: String = "CIN census") async throws -> CINReturn {
        let builder = CINCensusBuilder(collectionYear: year.end, localAuthority: localAuthority)
        var census = CINReturn(file: file)
        try await forEachChunk { census.append(contentsOf: builder.build($0, file: file)) }
        return census
    }

    /// The SSDA903 return for a collection year, with last year's tables beside it (unless
    /// `withLastYear` is false) for the rules that compare the two.
    public func ssda903(_ year: CollectionYear, localAuthority: String = "", withLastYear: Bool = true) async throws -> SSDA903Return {
        let workers = try await workers()
        let current = SSDA903Builder(collectionYear: year.end, workers: workers)
        let previous = SSDA903Builder(collectionYear: year.end - 1, workers: workers)
        var this = SSDA903Tables(), last = SSDA903Tables()
        try await forEachChunk { chunk in
            this.append(contentsOf: current.build(chunk))
            if withLastYear { last.append(contentsOf: previous.build(chunk)) }
        }
        return SSDA903Return(current: this, last: withLastYear ? last : nil, collectionYear: year.end, localAuthority: localAuthority)
    }

    /// Ofsted's Annex A lists 1 to 11 as at a day, looking back `months`.
    public func annexA(asOf day: Day, months: Int) async throws -> [ReturnTable] {
        let builder = AnnexABuilder(date: day, months: months, workers: try await workers())
        var lists = [ReturnTable]()
        try await forEachChunk { chunk in
            let part = builder.build(chunk)
            if lists.isEmpty { lists = part } else { for (i, list) in part.enumerated() { lists[i].rows += list.rows } }
        }
        return lists.isEmpty ? builder.build([]) : lists
    }
}

