import Fluent
import HarbourCore
import HarbourStore
import SQLKit
import Vapor

extension Request {
    var sql: any SQLDatabase { db as! any SQLDatabase }
    var dueItems: DueItemStore { DueItemStore(database: db) }

    /// The rule book with the council's current settings.
    func ruleBook() async throws -> RuleBook { try await CouncilSettingsStore(sql: sql).book() }
}

/// Due and overdue work: for the signed-in worker, a team, and the whole service.
enum WorkController {
    /// How far ahead work lists look: 10 working days.
    static let horizonWorkingDays = 10

    static func describe(_ row: DueItemStore.Row, today: Day, calendar: WorkingDayCalendar) -> Body {
        if let met = row.metOn { return text(met > row.dueOn ? "Met late on \(met.long)" : "Met on \(met.long)") }
        if let lapsed = row.lapsedOn { return text("Not met; no longer due from \(lapsed.long)") }
        if !row.item.isOpen(on: today), let until = row.item.openUntil { return text("Not met; no longer due from \(until.long)") }
        if row.dueOn < today {
            let days = calendar.workingDays(from: row.dueOn, to: today)
            return tag("strong", ["class": "govuk-tag govuk-tag--red"], text("Overdue by \(days) working \(days == 1 ? "day" : "days")"))
        }
        if row.dueOn == today { return tag("strong", ["class": "govuk-tag govuk-tag--orange"], text("Due today")) }
        let days = calendar.workingDays(from: today, to: row.dueOn)
        return tag("strong", ["class": "govuk-tag govuk-tag--blue"], text("Due in \(days) working \(days == 1 ? "day" : "days")"))
    }

    static func ruleLink(_ id: RuleID) -> Body { link(RuleBook.rule(id).title, SiteURL.rule(id)) }

    // MARK: My work

    @Sendable static func myWork(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let book = try await req.ruleBook()
        let today = req.store.today
        let horizon = book.calendar.adding(workingDays: horizonWorkingDays, to: today)
        let rows = try await req.dueItems.workList(workerID: user.id!, today: today, horizon: horizon)
        let overdue = rows.filter { $0.dueOn < today }, soon = rows.filter { $0.dueOn >= today }
        try await req.store.logAccess(user: user, childID: nil, action: .search, detail: "my work")
        var context = req.pageContext
        context.current = "work"
        func table(_ caption: String, _ id: String, _ rows: [DueItemStore.Row]) -> Body {
            rows.isEmpty ? paragraph(caption + ": none.") :
            Layout.table(caption: "\(caption) (\(rows.count))", id: id, headers: ["Child", "What is due", "Due", "Status", ""], rows: rows.map { r in
                [link(r.childName, SiteURL.child(r.childID), class: "govuk-link child-link"), ruleLink(r.rule), text(r.dueOn.long),
                 describe(r, today: today, calendar: book.calendar),
                 user.role.may(.recordEvents)
                    ? link("Record \(r.closedBy.spec.title.lowercased())", SiteURL.record(r.closedBy, child: r.childID))
                    : .empty]
            })
        }
        return Layout.render(title: "My work", context: context, [
            heading(1, "My work", class: "govuk-heading-l"),
            paragraph("Statutory and local timescales for the children allocated to you: overdue first, then what falls due in the next \(horizonWorkingDays) working days (by \(horizon.long))."),
            table("Overdue", "overdue", overdue),
            table("Due in the next \(horizonWorkingDays) working days", "due-soon", soon),
        ])
    }

    // MARK: A team

    struct WorkerLine {
        let user: User
        let children: Int
        let families: Int
        let overdue: Int
        let dueSoon: Int
        let lastSupervision: Day?
        let supervisionsInYear: Int
        let reflective: Int
        let supervisionDue: Day?
    }

    static func workerLines(_ req: Request, members: [User], book: RuleBook, today: Day, horizon: Day) async throws -> [WorkerLine] {
        let ids = members.compactMap(\.id)
        let caseloads = try await req.dueItems.caseloads(workerIDs: ids, today: today)
        let counts = try await req.dueItems.counts(workerIDs: ids, today: today, horizon: horizon)
        let supervision = try await req.dueItems.supervision(workerIDs: ids, today: today)
        return members.map { m in
            let s = supervision[m.id!]
            let interval = m.newlyQualified ? book.settings.newlyQualifiedSupervisionInterval : book.settings.supervisionInterval
            return WorkerLine(user: m, children: caseloads[m.id!]?.children ?? 0, families: caseloads[m.id!]?.families ?? 0,
                              overdue: counts[m.id!]?.overdue ?? 0, dueSoon: counts[m.id!]?.dueSoon ?? 0, lastSupervision: s?.last,
                              supervisionsInYear: s?.inYear ?? 0, reflective: s?.reflective ?? 0,
                              supervisionDue: s?.last.map { interval.timeAllowed.due(from: $0, calendar: book.calendar) })
        }
    }

    static func caseloadTag(_ line: WorkerLine, target: ClosedRange<Int>?, settings: CouncilSettings) -> Body {
        if line.user.newlyQualified, line.children > settings.newlyQualifiedCaseloadMaximum {
            return tag("strong", ["class": "govuk-tag govuk-tag--red"], text("Above protected caseload (\(settings.newlyQualifiedCaseloadMaximum))"))
        }
        guard let target, line.user.role == .practitioner else { return .empty }
        if line.children > target.upperBound { return tag("strong", ["class": "govuk-tag govuk-tag--red"], text("Above target")) }
        if line.children < target.lowerBound { return tag("strong", ["class": "govuk-tag govuk-tag--grey"], text("Below target")) }
        return tag("strong", ["class": "govuk-tag govuk-tag--green"], text("Within target"))
    }

    static func teamWork(_ req: Request, team: Team, members: [User], errors: [FieldError] = [], input: FormInput = [:]) async throws -> Body {
        let book = try await req.ruleBook()
        let today = req.store.today
        let horizon = book.calendar.adding(workingDays: horizonWorkingDays, to: today)
        let lines = try await workerLines(req, members: members, book: book, today: today, horizon: horizon)
        let target = team.caseloadTarget
        let held = try await req.dueItems.heldOnlyByManagers(members.compactMap(\.id), today: today)
        let supervisor = req.user?.role.may(.allocateWork) == true
        var content: [Body] = [
            paragraph(target.map { "Caseload target: \($0.lowerBound) to \($0.upperBound) children per worker. Newly qualified workers: at most \(book.settings.newlyQualifiedCaseloadMaximum)." }
                      ?? "No caseload target is set for this team."),
            Layout.table(caption: "Workers, caseloads and timescales", id: "team-work",
                         headers: ["Worker", "Children", "Families", "Caseload", "Overdue", "Due in 10 working days", "Supervision"],
                         rows: lines.map { l in
                let supervision: Body
                if let due = l.supervisionDue {
                    supervision = .group([text("Last \(l.lastSupervision!.long); \(l.supervisionsInYear) in 12 months, \(l.reflective) reflective. "),
                                          due < today ? tag("strong", ["class": "govuk-tag govuk-tag--red"], text("Overdue since \(due.long)"))
                                                      : text("Next due \(due.long)")])
                } else {
                    supervision = l.user.role == .practitioner ? tag("strong", ["class": "govuk-tag govuk-tag--red"], text("None recorded")) : text("")
                }
                return [link(l.user.displayName, SiteURL.worker(l.user.id!)),
                        text(String(l.children)), text(String(l.families)),
                        .group([text(l.user.newlyQualified ? "Newly qualified. " : ""), caseloadTag(l, target: target, settings: book.settings)]),
                        text(String(l.overdue)), text(String(l.dueSoon)), supervision]
            }),
            held.isEmpty ? paragraph("No children are held only by a manager of this team.")
                : Layout.table(caption: "Children held only by a manager (\(held.count))", id: "held-by-manager",
                               headers: ["Child", "LA child ID", "Held by"], rows: held.map { h in
                    [link(h.name, SiteURL.child(h.childID), class: "govuk-link child-link"), text(h.laChildID), text(h.heldByManager ?? "")]
                }),
        ]
        if supervisor {
            let practitioners = members.filter { $0.role == .practitioner }
            let renderer = FormRenderer(input: input, errors: errors, workers: practitioners.map { ($0.id!, $0.displayName) })
            content += [
                heading(2, "Record supervision", class: "govuk-heading-m"),
                Layout.errorSummary(errors),
                tag("form", ["method": "post", "action": SiteURL.teamSupervision(team.id!), "novalidate": "novalidate"],
                    [void("input", ["type": "hidden", "name": "_csrf", "value": req.csrfToken])]
                    + renderer.fields(SupervisionForm.spec)
                    + [tag("button", ["type": "submit", "class": "govuk-button"], text("Save supervision"))]),
            ]
        }
        return .group(content)
    }

    @Sendable static func recordSupervision(req: Request) async throws -> Response {
        let manager = try req.require(.allocateWork)
        guard let id = req.parameters.get("team", as: Int.self), let team = try await Team.find(id, on: req.db) else {
            throw Abort(.notFound, reason: "There is no such team")
        }
        let input = FormInput(urlEncoded: req.body.string ?? "")
        let members = try await User.query(on: req.db).filter(\.$teamID == id).filter(\.$active == true).sort(\.$displayName).all()
        do {
            let values = try SupervisionForm.spec.read(form: input, today: req.store.today).get()
            guard let worker = values["worker_id"]?.integer, members.contains(where: { $0.id == worker && $0.role == .practitioner }) else {
                throw ValidationFailure([FieldError("worker_id", "Select a worker in this team")])
            }
            var decisions = [(Int, String)]()
            var errors = [FieldError]()
            for n in 1...SupervisionForm.childRows {
                let laID = values["child_\(n)"]?.text, decision = values["decision_\(n)"]?.text
                guard laID != nil || decision != nil else { continue }
                guard let laID else { errors.append(FieldError("child_\(n)", "Enter the LA child ID of the child this decision is about")); continue }
                guard let decision else { errors.append(FieldError("decision_\(n)", "Enter the decision made for \(laID)")); continue }
                guard let child = try await req.store.child(laChildID: laID) else {
                    errors.append(FieldError("child_\(n)", "No child has the LA child ID \(laID)")); continue
                }
                decisions.append((child.id, decision))
            }
            if !errors.isEmpty { throw ValidationFailure(errors) }
            let discussed = decisions
            try await req.db.transaction { db in
                let session = Supervision(workerID: worker, supervisorID: manager.id!, date: values["supervision_date"]!.day!,
                                          reflective: values["reflective"]?.bool ?? false, notes: values["notes"]?.text,
                                          createdAt: Date(), createdBy: manager.id!)
                try await session.create(on: db)
                for (child, decision) in discussed {
                    try await SupervisionDecision(supervisionID: session.id!, childID: child, decision: decision).create(on: db)
                }
            }
            req.session.data["flash"] = "Supervision saved"
            return req.redirect(to: SiteURL.team(id))
        } catch let failure as ValidationFailure {
            return try await TeamsController.teamPage(req, team: team, members: members, errors: failure.errors, input: input)
        }
    }

    // MARK: The service

    @Sendable static func service(req: Request) async throws -> Response {
        try req.require(.viewTeams)
        let book = try await req.ruleBook()
        let today = req.store.today
        let horizon = book.calendar.adding(workingDays: horizonWorkingDays, to: today)
        let totals = try await req.dueItems.totals(today: today, horizon: horizon)
        let oldest = try await req.dueItems.overdue(today: today, limit: 50)
        let unallocated = try await req.dueItems.unallocated(today: today, limit: 200).filter { $0.heldByManager == nil }
        var byTeam = [String: (Int, Int)]()
        var byRule = [RuleID: (Int, Int)]()
        for t in totals {
            let key = t.team ?? "Not allocated"
            byTeam[key] = ((byTeam[key]?.0 ?? 0) + t.overdue, (byTeam[key]?.1 ?? 0) + t.dueSoon)
            byRule[t.rule] = ((byRule[t.rule]?.0 ?? 0) + t.overdue, (byRule[t.rule]?.1 ?? 0) + t.dueSoon)
        }
        var context = req.pageContext
        context.current = "service"
        return Layout.render(title: "Timescales across the service", context: context, [
            heading(1, "Timescales across the service", class: "govuk-heading-l"),
            paragraph("Open work by the team holding each child's case, by rule, and the oldest overdue first. Due soon means within \(horizonWorkingDays) working days (by \(horizon.long))."),
            Layout.table(caption: "By team", id: "by-team", headers: ["Team", "Overdue", "Due soon"],
                         rows: byTeam.sorted { ($1.value.0, $0.key) < ($0.value.0, $1.key) }.map { [text($0.key), text(String($0.value.0)), text(String($0.value.1))] }),
            Layout.table(caption: "By rule", id: "by-rule", headers: ["Rule", "Overdue", "Due soon"],
                         rows: byRule.sorted { ($1.value.0, $0.key.rawValue) < ($0.value.0, $1.key.rawValue) }.map { [ruleLink($0.key), text(String($0.value.0)), text(String($0.value.1))] }),
            Layout.table(caption: "Oldest overdue", id: "oldest-overdue", headers: ["Child", "What is due", "Due", "Status", "Worker", "Team"],
                         rows: oldest.map { r in
                [link(r.childName, SiteURL.child(r.childID), class: "govuk-link child-link"), ruleLink(r.rule), text(r.dueOn.long),
                 describe(r, today: today, calendar: book.calendar), text(r.workerName ?? "Not allocated"), text(r.teamName ?? "")]
            }),
            unallocated.isEmpty ? paragraph("Every child with an open case has an allocated worker.")
                : Layout.table(caption: "Children with an open case and no allocated worker (\(unallocated.count)\(unallocated.count == 200 ? " or more" : ""))",
                               id: "unallocated", headers: ["Child", "LA child ID"], rows: unallocated.map { u in
                    [link(u.name, SiteURL.child(u.childID), class: "govuk-link child-link"), text(u.laChildID)]
                }),
        ])
    }

    // MARK: The rule book

    @Sendable static func rules(req: Request) async throws -> Response {
        _ = try req.requireUser()
        let book = try await req.ruleBook()
        var context = req.pageContext
        context.current = "rules"
        return Layout.render(title: "Timescale rules", context: context, [
            heading(1, "Timescale rules", class: "govuk-heading-l"),
            paragraph("Every statutory and local timescale Harbour knows, with its source and the dates it was in force. Each record is judged by the rules of its day. Local rules take the council's settings."),
            Layout.table(caption: nil, id: "rules", headers: ["Rule", "Time allowed", "Basis", "In force", "In Harbour"], rows: RuleBook.catalogue.map { r in
                [link(r.title, SiteURL.rule(r.id)), text(book.allowed(r.id).map { "\($0)" + (r.repeatText != nil ? ", repeating" : "") } ?? r.allowedText),
                 text(r.basis.label), text(r.inForceText), text(r.tracking.description)]
            }),
        ])
    }

    @Sendable static func rule(req: Request) async throws -> Response {
        _ = try req.requireUser()
        guard let name = req.parameters.get("rule"), let rule = RuleBook.rule(named: name) else {
            throw Abort(.notFound, reason: "There is no such rule")
        }
        let book = try await req.ruleBook()
        var context = req.pageContext
        context.current = "rules"
        return Layout.render(title: rule.title, context: context, backLink: ("All rules", SiteURL.rules), [
            tag("span", ["class": "govuk-caption-l"], text(rule.id.rawValue)),
            heading(1, rule.title, class: "govuk-heading-l"),
            Layout.summaryList([
                ("Applies to", text(rule.appliesTo)),
                ("Clock starts", text(rule.startEvent)),
                ("Time allowed", text(book.allowed(rule.id).map { "\($0)" } ?? rule.allowedText)),
                ("As the source puts it", text(rule.allowedText)),
                ("Repeats", text(rule.repeatText ?? "No")),
                ("Basis", text(rule.basis.label)),
                ("Source", text(rule.source)),
                ("Confidence", text(rule.confidence)),
                ("In force", text(rule.inForceText)),
                ("In Harbour", text(rule.tracking.description)),
                ("Notes", text(rule.notes)),
            ] + (rule.setting.map { s in [("Council setting", text("\(s.label): \(s.interval(in: book.settings))"))] } ?? [])),
        ])
    }

    // MARK: Council settings

    @Sendable static func settings(req: Request) async throws -> Response {
        try req.require(.manageUsers)
        let current = try await CouncilSettingsStore(sql: req.sql).load()
        return settingsPage(req, input: FormInput(CouncilSettings.formSpec, current.formValues), errors: [])
    }

    @Sendable static func saveSettings(req: Request) async throws -> Response {
        let admin = try req.require(.manageUsers)
        let input = FormInput(urlEncoded: req.body.string ?? "")
        let store = CouncilSettingsStore(sql: req.sql)
        do {
            let values = try CouncilSettings.formSpec.read(form: input, today: req.store.today).get()
            let settings = CouncilSettings(form: values, base: try await store.load())
            try await store.save(settings, by: admin.id!)
            let summary = try await req.dueItems.recomputeAll(book: RuleBooks.book(for: settings))
            req.logger.notice("Settings changed by user \(admin.id ?? 0); \(summary.items) due dates recomputed in \(summary.seconds) s")
            var context = req.pageContext
            context.banner = "Settings saved. Every due date has been worked out again (\(summary.items) for \(summary.children) children)."
            return settingsPage(req, input: FormInput(CouncilSettings.formSpec, settings.formValues), errors: [], context: context)
        } catch let failure as ValidationFailure {
            return settingsPage(req, input: input, errors: failure.errors)
        }
    }

    static func settingsPage(_ req: Request, input: FormInput, errors: [FieldError], context: PageContext? = nil) -> Response {
        var context = context ?? req.pageContext
        context.current = "settings"
        let renderer = FormRenderer(input: input, errors: errors)
        return Layout.render(title: "Council settings", context: context, status: errors.isEmpty ? .ok : .unprocessableEntity, [
            Layout.errorSummary(errors),
            heading(1, "Council settings", class: "govuk-heading-l"),
            paragraph("Timescales with no national rule are set here. Saving works out every child's due dates again."),
            tag("form", ["method": "post", "action": SiteURL.settings, "novalidate": "novalidate"],
                [void("input", ["type": "hidden", "name": "_csrf", "value": req.csrfToken])]
                + renderer.fields(CouncilSettings.formSpec)
                + [tag("button", ["type": "submit", "class": "govuk-button"], text("Save settings"))]),
        ])
    }
}

/// The supervision form, read with the same machinery as every other form.
enum SupervisionForm {
    static let childRows = 3
    static let spec: RecordSpec = {
        var fields = [
            FieldSpec("worker_id", "Worker supervised", .worker, required: true),
            FieldSpec("supervision_date", "Date of supervision", .day, required: true),
            FieldSpec("reflective", "Reflective supervision", .yesNo, required: true,
                      hint: "Yes if the session included reflective discussion, not only case tasks"),
            FieldSpec("notes", "Notes", .text(maxLength: 4000)),
        ]
        for n in 1...childRows {
            fields.append(FieldSpec("child_\(n)", "Child discussed \(n): LA child ID", .text(maxLength: 20)))
            fields.append(FieldSpec("decision_\(n)", "Decision for child \(n)", .text(maxLength: 2000)))
        }
        return RecordSpec(id: "supervision", title: "Supervision", table: "supervisions", fields: fields,
                          dateField: "supervision_date", source: "Council supervision policy")
    }()
}
