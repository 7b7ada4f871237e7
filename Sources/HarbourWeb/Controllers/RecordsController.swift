import Fluent
import HarbourCore
import HarbourStore
import Vapor

/// Forms to record and correct each kind of journey record.
enum RecordsController {
    @Sendable static func new(req: Request) async throws -> Response {
        try req.require(.recordEvents)
        let child = try await ChildrenController.loadChild(req)
        let kind = try kindParameter(req)
        return try await form(req, child: child, kind: kind, recordID: nil, input: [:], errors: [])
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.require(.recordEvents)
        let child = try await ChildrenController.loadChild(req)
        let kind = try kindParameter(req)
        let input = FormInput(urlEncoded: req.body.string ?? "")
        do {
            let values = try kind.spec.read(form: input, today: req.store.today).get()
            try await req.store.record(kind, childID: child.id, values, by: user.id!)
            req.session.data["flash"] = "\(kind.spec.title) recorded"
            return req.redirect(to: SiteURL.child(child.id))
        } catch let failure as ValidationFailure {
            return try await form(req, child: child, kind: kind, recordID: nil, input: input, errors: failure.errors)
        }
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let user = try req.require(.recordEvents)
        let child = try await ChildrenController.loadChild(req)
        let kind = try kindParameter(req)
        let stored = try await loadRecord(req, kind: kind, child: child)
        try await req.store.logAccess(user: user, childID: child.id, action: .viewRecord, detail: kind.rawValue)
        return try await form(req, child: child, kind: kind, recordID: stored.event.id,
                              input: FormInput(kind.spec, stored.event.values), errors: [])
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let user = try req.require(.recordEvents)
        let child = try await ChildrenController.loadChild(req)
        let kind = try kindParameter(req)
        let stored = try await loadRecord(req, kind: kind, child: child)
        let input = FormInput(urlEncoded: req.body.string ?? "")
        do {
            let values = try kind.spec.read(form: input, today: req.store.today).get()
            try await req.store.correct(kind, id: stored.event.id, values, by: user.id!)
            req.session.data["flash"] = "\(kind.spec.title) corrected"
            return req.redirect(to: SiteURL.child(child.id))
        } catch let failure as ValidationFailure {
            return try await form(req, child: child, kind: kind, recordID: stored.event.id, input: input, errors: failure.errors)
        }
    }

    static func form(_ req: Request, child: ChildRecord, kind: EventKind, recordID: Int?, input: FormInput,
                     errors: [FieldError]) async throws -> Response {
        let spec = kind.spec
        var workers: [(Int, String)] = []
        if spec.fields.contains(where: { $0.kind == .worker }) {
            let users = try await User.query(on: req.db).filter(\.$active == true).sort(\.$displayName).all()
            workers = users.filter { $0.role == .practitioner || $0.role == .manager }.map { ($0.id!, $0.displayName) }
        }
        let title = (recordID == nil ? "Record: " : "Correct: ") + spec.title.lowercased()
        let action = recordID.map { SiteURL.correct(kind, child: child.id, id: $0) } ?? SiteURL.record(kind, child: child.id)
        let renderer = FormRenderer(input: input, errors: errors, workers: workers.map { (id: $0.0, name: $0.1) })
        return Layout.render(title: errors.isEmpty ? title : "Error: \(title)", context: req.pageContext,
                             status: errors.isEmpty ? .ok : .unprocessableEntity,
                             backLink: ("Back to \(child.fullName)", SiteURL.child(child.id)), [
            tag("div", ["class": "govuk-grid-row"], tag("div", ["class": "govuk-grid-column-two-thirds"], [
                Layout.errorSummary(errors),
                tag("span", ["class": "govuk-caption-l"], text("\(child.fullName) · \(child.laChildID)")),
                heading(1, recordID == nil ? spec.title : "Correct \(spec.title.lowercased())", class: "govuk-heading-l"),
                tag("form", ["method": "post", "action": action, "novalidate": "novalidate"],
                    [void("input", ["type": "hidden", "name": "_csrf", "value": req.csrfToken])]
                    + renderer.fields(spec)
                    + [tag("button", ["type": "submit", "class": "govuk-button"], text("Save"))]),
                tag("p", ["class": "govuk-body-s"], text("Source: \(spec.source)")),
            ])),
        ])
    }

    static func kindParameter(_ req: Request) throws -> EventKind {
        guard let raw = req.parameters.get("kind"), let kind = EventKind(rawValue: raw) else {
            throw Abort(.notFound, reason: "There is no such kind of record")
        }
        return kind
    }

    static func loadRecord(_ req: Request, kind: EventKind, child: ChildRecord) async throws -> StoredEvent {
        guard let id = req.parameters.get("record", as: Int.self), let stored = try await req.store.event(kind, id: id),
              stored.childID == child.id else {
            throw Abort(.notFound, reason: "There is no such record for this child")
        }
        return stored
    }
}

/// Every record in the child's life in date order, filterable by kind.
enum ChronologyController {
    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.require(.viewChildren)
        let child = try await ChildrenController.loadChild(req)
        let filter = (try? req.query.get(String.self, at: "type")).flatMap(EventKind.init(rawValue:))
        try await req.store.logAccess(user: user, childID: child.id, action: .viewChronology, detail: filter?.rawValue ?? "")
        let entries = Chronology.entries(for: try await req.store.events(childID: child.id, kinds: filter.map { [$0] } ?? EventKind.allCases),
                                         birth: child.dateOfBirth)
        let kinds = EventKind.allCases.filter { $0.spec.dateField != nil }
        return Layout.render(title: "Chronology: \(child.fullName)", context: req.pageContext,
                             backLink: ("Back to \(child.fullName)", SiteURL.child(child.id)), [
            tag("span", ["class": "govuk-caption-l"], text(child.fullName)),
            heading(1, "Chronology", class: "govuk-heading-l"),
            tag("form", ["method": "get", "action": SiteURL.chronology(child.id), "class": "harbour-filter"], [
                tag("div", ["class": "govuk-form-group"], [
                    tag("label", ["class": "govuk-label govuk-label--s", "for": "type"], text("Show")),
                    tag("select", ["class": "govuk-select", "id": "type", "name": "type"],
                        [tag("option", ["value": ""], text("Everything"))] + kinds.map { k in
                            tag("option", ["value": k.rawValue, "selected": k == filter ? "selected" : nil], text(k.spec.title))
                        }),
                ]),
                tag("button", ["type": "submit", "class": "govuk-button govuk-button--secondary"], text("Filter")),
            ]),
            paragraph("\(entries.count) \(entries.count == 1 ? "entry" : "entries")"),
            Layout.table(caption: nil, id: "chronology", headers: ["Date", "What happened", "Details", ""],
                rows: entries.map { e in
                    [text(e.date.long), text(e.title), text(e.detail),
                     user.role.may(.recordEvents) && e.event != nil
                        ? tag("a", ["class": "govuk-link", "href": SiteURL.correct(e.event!.kind, child: child.id, id: e.event!.id)], [
                            text("Correct"),
                            tag("span", ["class": "govuk-visually-hidden"], text(" \(e.title.lowercased()), \(e.date.long)")),
                        ]) : .empty]
                }),
        ])
    }
}

/// Chronology entries: each dated record, and the end of each record that lasts.
enum Chronology {
    struct Entry {
        let date: Day
        let title: String
        let detail: String
        let event: JourneyEvent?
        let order: Int
    }

    static func entries(for events: [JourneyEvent], birth: Day?) -> [Entry] {
        var entries = [Entry]()
        for event in events {
            let spec = event.kind.spec
            if let date = event.date {
                entries.append(Entry(date: date, title: spec.title, detail: spec.summary(event.values), event: event, order: 1))
            }
            if let end = event.endDate, let endField = spec.endField, let f = spec.field(endField) {
                entries.append(Entry(date: end, title: "\(spec.title) ended", detail: f.label, event: event, order: 0))
            }
        }
        if let birth { entries.append(Entry(date: birth, title: "Born", detail: "", event: nil, order: -1)) }
        return entries.sorted { ($0.date, $0.order, $0.event?.id ?? 0) < ($1.date, $1.order, $1.event?.id ?? 0) }
    }
}
