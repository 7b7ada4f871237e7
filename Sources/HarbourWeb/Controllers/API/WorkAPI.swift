import Foundation
import HarbourCore
import HarbourStore
import Vapor

/// Work lists, due dates, the rule book and the calendar, as JSON.
enum WorkAPI {
    static func itemJSON(_ r: DueItemStore.Row, today: Day) -> JSONValue {
        var o: [String: JSONValue] = [
            "child_id": .number(Double(r.childID)), "la_child_id": .string(r.laChildID), "rule": .string(r.rule.rawValue),
            "title": .string(RuleBook.rule(r.rule).title), "start_on": .string(r.startOn.iso), "due_on": .string(r.dueOn.iso),
            "closed_by": .string(r.closedBy.rawValue), "overdue": .bool(r.isOverdue(on: today)),
        ]
        o["met_on"] = r.metOn.map { .string($0.iso) } ?? .null
        o["lapsed_on"] = r.lapsedOn.map { .string($0.iso) } ?? .null
        return .object(o)
    }

    @Sendable static func myWork(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let book = try await req.ruleBook()
        let today = req.store.today
        let horizon = book.calendar.adding(workingDays: WorkController.horizonWorkingDays, to: today)
        let rows = try await req.dueItems.workList(workerID: user.id!, today: today, horizon: horizon)
        try await req.store.logAccess(user: user, childID: nil, action: .apiRead, detail: "work")
        return try APIController.json(.object(["today": .string(today.iso), "horizon": .string(horizon.iso),
                                               "items": .array(rows.map { itemJSON($0, today: today) })]))
    }

    @Sendable static func childDue(req: Request) async throws -> Response {
        let user = try req.require(.viewChildren)
        guard let id = req.parameters.get("child", as: Int.self), try await req.store.child(id) != nil else {
            throw Abort(.notFound, reason: "There is no such child")
        }
        let today = req.store.today
        let rows = try await req.dueItems.items(childID: id, today: today)
        try await req.store.logAccess(user: user, childID: id, action: .apiRead, detail: "due dates")
        return try APIController.json(.object(["items": .array(rows.map { itemJSON($0, today: today) })]))
    }

    static func ruleJSON(_ r: TimescaleRule, book: RuleBook) -> JSONValue {
        .object([
            "id": .string(r.id.rawValue), "title": .string(r.title), "applies_to": .string(r.appliesTo),
            "start_event": .string(r.startEvent),
            "time_allowed": book.allowed(r.id).map { .string($0.description) } ?? .null,
            "time_allowed_as_written": .string(r.allowedText), "repeats": r.repeatText.map { .string($0) } ?? .null,
            "basis": .string(r.basis.rawValue), "source": .string(r.source), "confidence": .string(r.confidence),
            "in_force_from": r.inForceFrom.map { .string($0.iso) } ?? .null, "in_force_to": r.inForceTo.map { .string($0.iso) } ?? .null,
            "tracked": .bool(r.tracking.isTracked), "in_harbour": .string(r.tracking.description),
        ])
    }

    @Sendable static func rules(req: Request) async throws -> Response {
        _ = try req.requireUser()
        let book = try await req.ruleBook()
        return try APIController.json(.array(RuleBook.catalogue.map { ruleJSON($0, book: book) }))
    }

    /// `?rule=icpc&start=2014-04-07&count=3`: the due dates a rule gives.
    @Sendable static func due(req: Request) async throws -> Response {
        _ = try req.requireUser()
        guard let name = req.query[String.self, at: "rule"] else { throw BadRequest(field: "rule", message: "Give the rule id") }
        guard let rule = RuleBook.rule(named: name) else {
            throw BadRequest(field: "rule", message: "\"\(name)\" is not a rule; GET /api/v1/timescales/rules lists them")
        }
        guard let start = try APIController.dayQuery(req, "start") else { throw BadRequest(field: "start", message: "Give the start date as YYYY-MM-DD") }
        let count = try APIController.intQuery(req, "count") ?? 1
        guard (1...50).contains(count) else { throw BadRequest(field: "count", message: "count must be from 1 to 50") }
        let book = try await req.ruleBook()
        let days = book.schedule(rule.id, from: start, count: rule.repeatText == nil ? 1 : count)
        return try APIController.json(.object(["rule": ruleJSON(rule, book: book), "start": .string(start.iso),
                                               "in_force_on_start": .bool(rule.isInForce(on: start)),
                                               "due": .array(days.map { .string($0.iso) })]))
    }

    /// `?date=2014-04-07&count=15`.
    @Sendable static func addWorkingDays(req: Request) async throws -> Response {
        _ = try req.requireUser()
        guard let start = try APIController.dayQuery(req, "date") else { throw BadRequest(field: "date", message: "Give the date as YYYY-MM-DD") }
        guard let n = try APIController.intQuery(req, "count") else { throw BadRequest(field: "count", message: "Give the number of working days") }
        guard (0...10_000).contains(n) else { throw BadRequest(field: "count", message: "count must be from 0 to 10000 working days") }
        let book = try await req.ruleBook()
        return try APIController.json(.object(["date": .string(start.iso), "count": .number(Double(n)),
                                               "result": .string(book.calendar.adding(workingDays: n, to: start).iso)]))
    }
}

/// Adds `Server-Timing: app;dur=…` to every response: the time Harbour spent on it, in milliseconds.
struct ServerTiming: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let started = DispatchTime.now().uptimeNanoseconds
        let response = try await next.respond(to: request)
        let ms = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        response.headers.replaceOrAdd(name: "Server-Timing", value: "app;dur=\(String(format: "%.2f", ms))")
        return response
    }
}
