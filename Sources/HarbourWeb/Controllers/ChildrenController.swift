import Fluent
import Foundation
import HarbourCore
import HarbourStore
import Vapor

enum ChildrenController {
    /// Find a child by name, LA child ID, UPN or date of birth.
    @Sendable static func search(req: Request) async throws -> Response {
        let user = try req.require(.viewChildren)
        let q = (try? req.query.get(String.self, at: "q")) ?? ""
        let page = max(1, (try? req.query.get(Int.self, at: "page")) ?? 1)
        var context = req.pageContext
        context.current = "children"
        var content: [Body] = [
            heading(1, "Find a child", class: "govuk-heading-l"),
            tag("form", ["method": "get", "action": SiteURL.children, "class": "harbour-filter", "role": "search"], [
                tag("div", ["class": "govuk-form-group"], [
                    tag("label", ["class": "govuk-label govuk-label--s", "for": "q"], text("Name, LA child ID, UPN or date of birth")),
                    tag("div", ["class": "govuk-hint", "id": "q-hint"], text("For example Jordan Brookfield, DEMO0001, or 31/03/2014")),
                    void("input", ["class": "govuk-input govuk-input--width-20", "id": "q", "name": "q", "type": "search",
                                   "value": q, "aria-describedby": "q-hint"]),
                ]),
                tag("button", ["type": "submit", "class": "govuk-button"], text("Search")),
            ]),
        ]
        if user.role.may(.recordEvents) {
            content.append(tag("p", ["class": "govuk-body"], link("Add a child", SiteURL.newChild)))
        }
        if !q.isEmpty {
            let result = try await req.store.searchChildren(q, page: page, perPage: 25)
            try await req.store.logAccess(user: user, childID: nil, action: .search, detail: q)
            content.append(heading(2, "\(result.total) \(result.total == 1 ? "child" : "children") found", class: "govuk-heading-m"))
            if !result.children.isEmpty {
                content.append(Layout.table(caption: nil, headers: ["Name", "LA child ID", "Date of birth", "UPN"],
                    rows: result.children.map { child in
                        [link(child.fullName, SiteURL.child(child.id), class: "govuk-link child-link"),
                         text(child.laChildID),
                         text(child.dateOfBirth?.long ?? child.expectedDateOfBirth.map { "Expected \($0.long)" } ?? ""),
                         text(child.upn ?? "")]
                    }))
                if result.total > page * 25 {
                    content.append(link("Next page", SiteURL.search(q) + "&page=\(page + 1)"))
                }
            }
        }
        return Layout.render(title: "Find a child", context: context, content)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.require(.viewChildren)
        let child = try await loadChild(req)
        try await req.store.logAccess(user: user, childID: child.id, action: .viewChild)
        let events = try await req.store.events(childID: child.id)
        let today = req.store.today
        let status = ChildStatus(events: events, on: today)
        let allocations = events.filter { $0.kind == .allocation && ($0.endDate.map { $0 > today } ?? true) }
        var workerRows: [(String, Body)] = []
        for allocation in allocations {
            guard let wid = allocation.values["worker_id"]?.integer, let worker = try await User.find(wid, on: req.db) else { continue }
            let team = if let tid = worker.teamID { try await Team.find(tid, on: req.db) } else { Team?.none }
            let role = RecordSpec.allocation.field("allocation_role")!.display(allocation.values["allocation_role"])
            workerRows.append((role, .group([link(worker.displayName, SiteURL.worker(wid)),
                                            text(team.map { " – " + $0.name } ?? "")])))
        }
        if workerRows.isEmpty { workerRows.append(("Allocated worker", tag("strong", ["class": "govuk-tag govuk-tag--yellow"], text("Not allocated")))) }

        func dateRow(_ label: String, _ event: JourneyEvent?) -> (String, Body)? {
            event?.date.map { (label, text($0.long)) }
        }
        let keyDates: [(String, Body)] = [
            dateRow("Referral date", status.openReferral),
            dateRow("Child protection plan since", status.openCPPlan),
            dateRow("Child in need plan since", status.openCINPlan),
            dateRow("Looked after since", status.openPeriodOfCare),
            status.currentPlacement.map { p in
                ("Current placement", text(RecordSpec.placement.field("placement_type")!.display(p.values["placement_type"])
                                           + " since " + (p.date?.long ?? "")))
            },
            dateRow("Last visit", status.lastVisit),
            dateRow("Last seen", status.lastSeenVisit),
        ].compactMap { $0 }

        var context = req.pageContext
        context.banner = req.session.data["flash"]
        req.session.data["flash"] = nil
        let age = child.dateOfBirth.map { "Age \($0.age(on: today))" } ?? child.expectedDateOfBirth.map { "Unborn, expected \($0.long)" } ?? ""

        var content: [Body] = [
            tag("span", ["class": "govuk-caption-l"], text("\(child.laChildID) · \(age)")),
            heading(1, child.fullName, class: "govuk-heading-l"),
            tag("p", ["class": "govuk-body"], status.tags.map(Layout.statusTag)),
            tag("div", ["class": "govuk-grid-row"], [
                tag("div", ["class": "govuk-grid-column-two-thirds"], [
                    heading(2, "Key details", class: "govuk-heading-m"),
                    Layout.summaryList([
                        ("Date of birth", text(child.dateOfBirth?.long ?? "Not born yet")),
                        ("Sex", text(RecordSpec.child.field("sex")!.display(child.values["sex"]))),
                        ("Ethnicity", text(RecordSpec.child.field("ethnicity")!.display(child.values["ethnicity"]))),
                        ("UPN", text(child.upn ?? RecordSpec.child.field("upn_unknown")!.display(child.values["upn_unknown"]))),
                    ] + workerRows + keyDates),
                    tag("p", ["class": "govuk-body"], [
                        link("View chronology", SiteURL.chronology(child.id), id: "chronology-link"),
                        text(" · "),
                        user.role.may(.recordEvents) ? link("Correct the child's details", SiteURL.editChild(child.id)) : .empty,
                    ]),
                ]),
                tag("div", ["class": "govuk-grid-column-one-third"], user.role.may(.recordEvents) ? [
                    heading(2, "Record", class: "govuk-heading-m"),
                    link("Record a visit", SiteURL.record(.visit, child: child.id), class: "govuk-button", id: "record-visit"),
                ] + JourneyStage.allCases.map { stage in
                    .group([
                        heading(3, stage.title, class: "govuk-heading-s"),
                        tag("ul", ["class": "govuk-list"], EventKind.allCases.filter { $0.stage == stage }.map { kind in
                            tag("li", [:], link(kind.spec.title, SiteURL.record(kind, child: child.id), id: "record-\(kind.rawValue)"))
                        }),
                    ])
                } : []),
            ]),
        ]
        let due = try await req.dueItems.items(childID: child.id, today: today, limit: 60)
        let book = try await req.ruleBook()
        let openDue = due.filter { $0.metOn == nil && $0.lapsedOn == nil }
        let recentDue = due.filter { $0.metOn != nil || $0.lapsedOn != nil }.prefix(10)
        content.append(Layout.table(caption: "Due dates", id: "due-dates", headers: ["What is due", "Due", "Status", ""],
            rows: (openDue + recentDue).map { r in
                [WorkController.ruleLink(r.rule), text(r.dueOn.long), WorkController.describe(r, today: today, calendar: book.calendar),
                 r.metOn == nil && r.lapsedOn == nil && user.role.may(.recordEvents)
                    ? link("Record \(r.closedBy.spec.title.lowercased())", SiteURL.record(r.closedBy, child: child.id)) : .empty]
            }))
        let people = events.filter { $0.kind == .relationship }
        if !people.isEmpty {
            let spec = RecordSpec.relationship
            content.append(Layout.table(caption: "People around the child", headers: ["Name", "Relationship", "Parental responsibility", ""],
                rows: people.map { p in
                    [text("\(p.values["first_name"]?.text ?? "") \(p.values["last_name"]?.text ?? "")"),
                     text(spec.field("relationship")!.display(p.values["relationship"])),
                     text(spec.field("parental_responsibility")!.display(p.values["parental_responsibility"])),
                     user.role.may(.recordEvents) ? link("Correct", SiteURL.correct(.relationship, child: child.id, id: p.id)) : .empty]
                }))
        }
        if user.role.may(.viewAccessLog) {
            let log = try await req.store.accessLog(childID: child.id)
            content.append(tag("section", ["id": "access-log", "aria-labelledby": "access-log-title"], [
                tag("h2", ["class": "govuk-heading-m", "id": "access-log-title"], text("Who has viewed this record")),
                Layout.table(caption: nil, headers: ["When", "Who", "What"], rows: log.map { entry in
                    [text(LondonTime.format(entry.at)), text(entry.username), text(entry.action)]
                }),
            ]))
        }
        return Layout.render(title: child.fullName, context: context, content)
    }

    @Sendable static func newChild(req: Request) async throws -> Response {
        try req.require(.recordEvents)
        return childForm(req, input: [:], errors: [], childID: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let user = try req.require(.recordEvents)
        let input = FormInput(urlEncoded: req.body.string ?? "")
        do {
            let values = try RecordSpec.child.read(form: input, today: req.store.today).get()
            let id = try await req.store.addChild(values, by: user.id!)
            req.session.data["flash"] = "Child added"
            return req.redirect(to: SiteURL.child(id))
        } catch let failure as ValidationFailure {
            return childForm(req, input: input, errors: failure.errors, childID: nil)
        }
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        try req.require(.recordEvents)
        let child = try await loadChild(req)
        return childForm(req, input: FormInput(.child, child.values), errors: [], childID: child.id)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let user = try req.require(.recordEvents)
        let child = try await loadChild(req)
        let input = FormInput(urlEncoded: req.body.string ?? "")
        do {
            let values = try RecordSpec.child.read(form: input, today: req.store.today).get()
            try await req.store.correctChild(child.id, values, by: user.id!)
            req.session.data["flash"] = "Child's details corrected"
            return req.redirect(to: SiteURL.child(child.id))
        } catch let failure as ValidationFailure {
            return childForm(req, input: input, errors: failure.errors, childID: child.id)
        }
    }

    static func childForm(_ req: Request, input: FormInput, errors: [FieldError], childID: Int?) -> Response {
        let title = childID == nil ? "Add a child" : "Correct the child's details"
        let action = childID.map(SiteURL.editChild) ?? SiteURL.children
        return Layout.render(title: errors.isEmpty ? title : "Error: \(title)", context: req.pageContext,
                             status: errors.isEmpty ? .ok : .unprocessableEntity,
                             backLink: ("Back", childID.map(SiteURL.child) ?? SiteURL.children), [
            tag("div", ["class": "govuk-grid-row"], tag("div", ["class": "govuk-grid-column-two-thirds"], [
                Layout.errorSummary(errors),
                heading(1, title, class: "govuk-heading-l"),
                tag("form", ["method": "post", "action": action, "novalidate": "novalidate"],
                    [void("input", ["type": "hidden", "name": "_csrf", "value": req.csrfToken])]
                    + FormRenderer(input: input, errors: errors).fields(.child)
                    + [tag("button", ["type": "submit", "class": "govuk-button"], text("Save"))]),
            ])),
        ])
    }

    static func loadChild(_ req: Request) async throws -> ChildRecord {
        guard let id = req.parameters.get("child", as: Int.self), let child = try await req.store.child(id) else {
            throw Abort(.notFound, reason: "There is no child with that id. Search again from Find a child.")
        }
        return child
    }
}
