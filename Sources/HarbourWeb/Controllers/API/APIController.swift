import Fluent
import Foundation
import HarbourCore
import HarbourStore
import Vapor

/// JSON API under /api/v1: the same records and rules as the pages.
enum APIController {
    static func json(_ value: JSONValue, status: HTTPStatus = .ok) throws -> Response {
        let response = Response(status: status, body: .init(data: try JSONEncoder.api.encode(value)))
        response.headers.contentType = .json
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    static func body(_ req: Request) throws -> [String: JSONValue] {
        guard let data = req.body.data, data.readableBytes > 0 else {
            throw BadRequest(field: "body", message: "Send the record as a JSON object")
        }
        guard let object = try? JSONDecoder().decode([String: JSONValue].self, from: Data(buffer: data)) else {
            throw BadRequest(field: "body", message: "The request body must be a JSON object")
        }
        return object
    }

    struct Paging {
        let page: Int
        let perPage: Int
    }

    static func paging(_ req: Request) throws -> Paging {
        let page = try intQuery(req, "page") ?? 1
        let perPage = try intQuery(req, "per_page") ?? 50
        guard page >= 1 else { throw BadRequest(field: "page", message: "page must be 1 or more") }
        guard (1...200).contains(perPage) else { throw BadRequest(field: "per_page", message: "per_page must be from 1 to 200") }
        return Paging(page: page, perPage: perPage)
    }

    static func intQuery(_ req: Request, _ name: String) throws -> Int? {
        guard let raw = req.query[String.self, at: name] else { return nil }
        guard let value = Int(raw) else { throw BadRequest(field: name, message: "\(name) must be a whole number") }
        return value
    }

    static func dayQuery(_ req: Request, _ name: String) throws -> Day? {
        guard let raw = req.query[String.self, at: name] else { return nil }
        guard let day = Day(iso: raw) else { throw BadRequest(field: name, message: "\(name) must be a real date written as YYYY-MM-DD") }
        return day
    }

    static func childJSON(_ child: ChildRecord) -> JSONValue {
        var object: [String: JSONValue] = ["id": .number(Double(child.id))]
        for f in RecordSpec.child.fields { object[f.name] = f.json(child.values[f.name]) }
        return .object(object)
    }

    static func eventJSON(_ event: JourneyEvent, childID: Int) -> JSONValue {
        var object: [String: JSONValue] = ["id": .number(Double(event.id)), "kind": .string(event.kind.rawValue),
                                           "child_id": .number(Double(childID))]
        for f in event.kind.spec.fields { object[f.name] = f.json(event.values[f.name]) }
        return .object(object)
    }

    static func list(_ items: [JSONValue], paging: Paging, total: Int) -> JSONValue {
        .object(["items": .array(items), "page": .number(Double(paging.page)), "per_page": .number(Double(paging.perPage)),
                 "total": .number(Double(total))])
    }

    static func childParameter(_ req: Request) async throws -> ChildRecord {
        guard let id = req.parameters.get("child", as: Int.self), let child = try await req.store.child(id) else {
            throw Abort(.notFound, reason: "There is no child with that id")
        }
        return child
    }

    static func kindParameter(_ req: Request) throws -> EventKind {
        guard let raw = req.parameters.get("kind"), let kind = EventKind(rawValue: raw) else {
            throw BadRequest(field: "kind", message: "Unknown kind of record; see /api/v1/record-kinds")
        }
        return kind
    }

    // MARK: Handlers

    @Sendable static func me(req: Request) async throws -> Response {
        let user = try req.requireUser()
        return try json(.object(["id": .number(Double(user.id!)), "username": .string(user.username),
                                 "display_name": .string(user.displayName), "role": .string(user.role.rawValue),
                                 "team_id": user.teamID.map { .number(Double($0)) } ?? .null,
                                 "permissions": .array(user.role.permissions.map(\.rawValue).sorted().map(JSONValue.string))]))
    }

    @Sendable static func recordKinds(req: Request) async throws -> Response {
        try req.require(.viewChildren)
        let specs = [RecordSpec.child] + EventKind.allCases.map(\.spec)
        return try json(.array(specs.map { spec in
            .object(["id": .string(spec.id), "title": .string(spec.title), "source": .string(spec.source),
                     "date_field": spec.dateField.map(JSONValue.string) ?? .null,
                     "end_field": spec.endField.map(JSONValue.string) ?? .null,
                     "fields": .array(spec.fields.map { f in
                         .object(["name": .string(f.name), "label": .string(f.label), "required": .bool(f.required),
                                  "schema": OpenAPI.schema(for: f)])
                     })])
        }))
    }

    @Sendable static func searchChildren(req: Request) async throws -> Response {
        let user = try req.require(.viewChildren)
        let paging = try paging(req)
        let q = req.query[String.self, at: "q"] ?? ""
        let result = try await req.store.searchChildren(q, page: paging.page, perPage: paging.perPage)
        try await req.store.logAccess(user: user, childID: nil, action: .search, detail: q)
        return try json(list(result.children.map(childJSON), paging: paging, total: result.total))
    }

    @Sendable static func createChild(req: Request) async throws -> Response {
        let user = try req.require(.recordEvents)
        let values = try RecordSpec.child.read(json: try body(req), today: req.store.today).get()
        let id = try await req.store.addChild(values, by: user.id!)
        let response = try json(childJSON(try await req.store.child(id)!), status: .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/children/\(id)")
        return response
    }

    @Sendable static func showChild(req: Request) async throws -> Response {
        let user = try req.require(.viewChildren)
        let child = try await childParameter(req)
        try await req.store.logAccess(user: user, childID: child.id, action: .apiRead, detail: "child")
        return try json(childJSON(child))
    }

    @Sendable static func updateChild(req: Request) async throws -> Response {
        let user = try req.require(.recordEvents)
        let child = try await childParameter(req)
        let values = try RecordSpec.child.read(json: try body(req), today: req.store.today).get()
        try await req.store.correctChild(child.id, values, by: user.id!)
        return try json(childJSON(try await req.store.child(child.id)!))
    }

    @Sendable static func childRecords(req: Request) async throws -> Response {
        let user = try req.require(.viewChildren)
        let child = try await childParameter(req)
        let paging = try paging(req)
        var kinds = EventKind.allCases
        if let raw = req.query[String.self, at: "kind"] {
            guard let kind = EventKind(rawValue: raw) else {
                throw BadRequest(field: "kind", message: "Unknown kind of record; see /api/v1/record-kinds")
            }
            kinds = [kind]
        }
        try await req.store.logAccess(user: user, childID: child.id, action: .apiList, detail: kinds.count == 1 ? kinds[0].rawValue : "all")
        let events = try await req.store.events(childID: child.id, kinds: kinds)
            .sorted { ($0.date ?? Day(ordinal: 0), $0.kind.rawValue, $0.id) < ($1.date ?? Day(ordinal: 0), $1.kind.rawValue, $1.id) }
        let pageItems = events.dropFirst((paging.page - 1) * paging.perPage).prefix(paging.perPage)
        return try json(list(pageItems.map { eventJSON($0, childID: child.id) }, paging: paging, total: events.count))
    }

    @Sendable static func createRecord(req: Request) async throws -> Response {
        let user = try req.require(.recordEvents)
        let child = try await childParameter(req)
        let kind = try kindParameter(req)
        let values = try kind.spec.read(json: try body(req), today: req.store.today).get()
        let id = try await req.store.record(kind, childID: child.id, values, by: user.id!)
        let stored = try await req.store.event(kind, id: id)!
        let response = try json(eventJSON(stored.event, childID: child.id), status: .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/records/\(kind.rawValue)/\(id)")
        return response
    }

    @Sendable static func listRecords(req: Request) async throws -> Response {
        let user = try req.require(.viewChildren)
        let kind = try kindParameter(req)
        let paging = try paging(req)
        let from = try dayQuery(req, "from"), to = try dayQuery(req, "to")
        if let from, let to, to < from { throw BadRequest(field: "to", message: "to must be the same as or after from") }
        let result = try await req.store.events(kind: kind, from: from, to: to, page: paging.page, perPage: paging.perPage)
        try await req.store.logAccess(user: user, childID: nil, action: .apiList, detail: kind.rawValue)
        return try json(list(result.items.map { eventJSON($0.event, childID: $0.childID) }, paging: paging, total: result.total))
    }

    @Sendable static func showRecord(req: Request) async throws -> Response {
        let user = try req.require(.viewChildren)
        let kind = try kindParameter(req)
        guard let id = req.parameters.get("record", as: Int.self), let stored = try await req.store.event(kind, id: id) else {
            throw Abort(.notFound, reason: "There is no such record")
        }
        try await req.store.logAccess(user: user, childID: stored.childID, action: .apiRead, detail: kind.rawValue)
        return try json(eventJSON(stored.event, childID: stored.childID))
    }

    @Sendable static func updateRecord(req: Request) async throws -> Response {
        let user = try req.require(.recordEvents)
        let kind = try kindParameter(req)
        guard let id = req.parameters.get("record", as: Int.self), let existing = try await req.store.event(kind, id: id) else {
            throw Abort(.notFound, reason: "There is no such record")
        }
        let values = try kind.spec.read(json: try body(req), today: req.store.today).get()
        try await req.store.correct(kind, id: id, values, by: user.id!)
        let stored = try await req.store.event(kind, id: id)!
        return try json(eventJSON(stored.event, childID: existing.childID))
    }

    @Sendable static func openAPI(req: Request) async throws -> Response {
        try json(OpenAPI.document)
    }
}
