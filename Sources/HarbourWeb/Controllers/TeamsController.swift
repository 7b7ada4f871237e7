import Fluent
import HarbourCore
import HarbourStore
import Vapor

/// Teams, and the children each worker holds.
enum TeamsController {
    @Sendable static func index(req: Request) async throws -> Response {
        try req.require(.viewTeams)
        let teams = try await Team.query(on: req.db).sort(\.$name).all()
        let users = try await User.query(on: req.db).filter(\.$active == true).all()
        let allocations = try await req.store.currentAllocations()
        var context = req.pageContext
        context.current = "teams"
        return Layout.render(title: "Teams", context: context, [
            heading(1, "Teams", class: "govuk-heading-l"),
            Layout.table(caption: nil, headers: ["Team", "Service", "Workers", "Children allocated"], rows: teams.map { team in
                let members = Set(users.filter { $0.teamID == team.id }.compactMap(\.id))
                let children = Set(allocations.filter { members.contains($0.workerID) }.map(\.childID))
                return [link(team.name, SiteURL.team(team.id!)), text(team.service), text(String(members.count)),
                        text(String(children.count))]
            }),
        ])
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try req.require(.viewTeams)
        guard let id = req.parameters.get("team", as: Int.self), let team = try await Team.find(id, on: req.db) else {
            throw Abort(.notFound, reason: "There is no such team")
        }
        let members = try await User.query(on: req.db).filter(\.$teamID == id).filter(\.$active == true).sort(\.$displayName).all()
        return try await teamPage(req, team: team, members: members)
    }

    /// The team's workers with caseloads against the target, overdue work and supervision, and its children.
    static func teamPage(_ req: Request, team: Team, members: [User], errors: [FieldError] = [], input: FormInput = [:]) async throws -> Response {
        let allocations = try await req.store.currentAllocations(workerIDs: members.compactMap(\.id))
            .sorted { ($0.start, $0.childID, $0.workerID) < ($1.start, $1.childID, $1.workerID) }
        // The team's children a page at a time: a team can hold several hundred.
        let pages = max(1, (allocations.count + Self.childrenPerPage - 1) / Self.childrenPerPage)
        let page = min(pages, max(1, req.query[Int.self, at: "page"] ?? 1))
        let shown = allocations.dropFirst((page - 1) * Self.childrenPerPage).prefix(Self.childrenPerPage)
        let children = try await req.store.children(ids: Array(Set(shown.map(\.childID))))
        let byID = Dictionary(uniqueKeysWithValues: children.map { ($0.id, $0) })
        let names = Dictionary(uniqueKeysWithValues: members.map { ($0.id!, $0.displayName) })
        var context = req.pageContext
        context.current = "teams"
        context.banner = req.session.data["flash"]
        req.session.data["flash"] = nil
        let caption = pages > 1 ? "Children (\(allocations.count) allocations; page \(page) of \(pages))" : "Children (\(allocations.count) allocations)"
        return Layout.render(title: team.name, context: context, status: errors.isEmpty ? .ok : .unprocessableEntity,
                             backLink: ("All teams", SiteURL.teams), [
            tag("span", ["class": "govuk-caption-l"], text(team.service)),
            heading(1, team.name, class: "govuk-heading-l"),
            try await WorkController.teamWork(req, team: team, members: members, errors: errors, input: input),
            Layout.table(caption: caption, id: "team-children", headers: ["Child", "LA child ID", "Worker", "Role", "Allocated since"],
                rows: shown.compactMap { a in
                    guard let child = byID[a.childID] else { return nil }
                    return [link(child.fullName, SiteURL.child(child.id), class: "govuk-link child-link"), text(child.laChildID),
                            text(names[a.workerID] ?? ""), text(AllocationRole(rawValue: a.role)?.label ?? a.role), text(a.start.long)]
                }),
            Layout.pagination(page: page, pages: pages, label: "Pages of the team's children") { SiteURL.team(team.id!) + "?page=\($0)" },
        ])
    }

    static let childrenPerPage = 100

    @Sendable static func worker(req: Request) async throws -> Response {
        try req.require(.viewTeams)
        guard let id = req.parameters.get("worker", as: Int.self), let worker = try await User.find(id, on: req.db) else {
            throw Abort(.notFound, reason: "There is no such worker")
        }
        let team = if let tid = worker.teamID { try await Team.find(tid, on: req.db) } else { Team?.none }
        let allocations = try await req.store.currentAllocations(workerIDs: [id])
        let children = try await req.store.children(ids: allocations.map(\.childID))
        let since = Dictionary(allocations.map { ($0.childID, $0.start) }, uniquingKeysWith: min)
        return Layout.render(title: worker.displayName, context: req.pageContext,
                             backLink: team.map { ("Back to \($0.name)", SiteURL.team($0.id!)) }, [
            tag("span", ["class": "govuk-caption-l"], text(team?.name ?? "No team")),
            heading(1, worker.displayName, class: "govuk-heading-l"),
            paragraph("\(worker.role.label)\(worker.newlyQualified ? ", newly qualified" : ""). \(children.count) \(children.count == 1 ? "child" : "children") allocated."),
            Layout.table(caption: "Children", headers: ["Child", "LA child ID", "Date of birth", "Allocated since"],
                rows: children.map { c in
                    [link(c.fullName, SiteURL.child(c.id), class: "govuk-link child-link"), text(c.laChildID),
                     text(c.dateOfBirth?.long ?? ""), text(since[c.id]?.long ?? "")]
                }),
        ])
    }
}

/// Users and roles, and the service-wide access log: administrators only.
enum AdminController {
    @Sendable static func users(req: Request) async throws -> Response {
        try req.require(.manageUsers)
        return try await usersPage(req, input: [:], errors: [])
    }

    @Sendable static func addUser(req: Request) async throws -> Response {
        let admin = try req.require(.manageUsers)
        let input = FormInput(urlEncoded: req.body.string ?? "")
        do {
            let values = try UserForm.spec.read(form: input, today: req.store.today).get()
            let user = try await UserAccounts(database: req.db, bcryptCost: req.application.harbourSettings.bcryptCost)
                .add(username: values["username"]!.text!, displayName: values["display_name"]!.text!,
                     role: Role(rawValue: values["role"]!.code!)!, password: values["password"]!.text!,
                     teamID: values["team_id"]?.integer)
            req.logger.info("User \(admin.username) added user id \(user.id ?? 0)")
            var context = req.pageContext
            context.banner = "User \(user.username) added"
            return try await usersPage(req, input: [:], errors: [], context: context)
        } catch let failure as ValidationFailure {
            return try await usersPage(req, input: input, errors: failure.errors)
        }
    }

    static func usersPage(_ req: Request, input: FormInput, errors: [FieldError], context: PageContext? = nil) async throws -> Response {
        let users = try await User.query(on: req.db).sort(\.$username).all()
        let teams = try await Team.query(on: req.db).sort(\.$name).all()
        let teamNames = Dictionary(uniqueKeysWithValues: teams.map { ($0.id!, $0.name) })
        var context = context ?? req.pageContext
        context.current = "users"
        let renderer = FormRenderer(input: input, errors: errors, workers: teams.map { (id: $0.id!, name: $0.name) })
        return Layout.render(title: "Users", context: context, status: errors.isEmpty ? .ok : .unprocessableEntity, [
            Layout.errorSummary(errors),
            heading(1, "Users", class: "govuk-heading-l"),
            Layout.table(caption: nil, headers: ["Username", "Name", "Role", "Team"], rows: users.map { u in
                [text(u.username), text(u.displayName), text(u.role.label), text(u.teamID.flatMap { teamNames[$0] } ?? "")]
            }),
            heading(2, "Add a user", class: "govuk-heading-m"),
            tag("form", ["method": "post", "action": SiteURL.users, "novalidate": "novalidate"],
                [void("input", ["type": "hidden", "name": "_csrf", "value": req.csrfToken])]
                + renderer.fields(UserForm.spec)
                + [tag("button", ["type": "submit", "class": "govuk-button"], text("Add user"))]),
        ])
    }

    @Sendable static func accessLog(req: Request) async throws -> Response {
        try req.require(.viewAccessLog)
        let entries = try await AccessLogEntry.query(on: req.db).sort(\.$id, .descending).limit(200).all()
        var context = req.pageContext
        context.current = "access"
        return Layout.render(title: "Access log", context: context, [
            heading(1, "Access log", class: "govuk-heading-l"),
            paragraph("The latest 200 views, searches and exports. A child's own page shows everyone who has viewed that record."),
            Layout.table(caption: nil, headers: ["When", "Who", "What", "Child", "Detail"], rows: entries.map { e in
                [text(LondonTime.format(e.at)), text(e.username), text(e.action),
                 e.childID.map { link("Child \($0)", SiteURL.child($0)) } ?? text(""), text(e.detail)]
            }),
        ])
    }
}

/// The fields of the add-user form, read with the same machinery as every other form.
enum UserForm {
    static let spec = RecordSpec(
        id: "user", title: "User", table: "users",
        fields: [
            FieldSpec("username", "Username", .text(maxLength: 100), required: true, hint: "Lower-case letters, numbers, dots and hyphens"),
            FieldSpec("display_name", "Full name", .text(maxLength: 200), required: true),
            FieldSpec("role", "Role", .code(Role.list), required: true),
            FieldSpec("team_id", "Team", .worker),
            FieldSpec("password", "Password", .text(maxLength: 200), required: true, hint: "At least 12 characters"),
        ],
        dateField: nil, source: "Harbour access control")
}
