import Fluent
import Foundation
import HarbourCore
import HarbourStore
import Testing
import Vapor
import VaporTesting

/// Store, page and API tests. Serialized, because on PostgreSQL they share one database.
@Suite(.serialized)
struct AppTests {}

extension AppTests {
@Suite("Pages, sign-in and roles")
struct PagesTests {
    @Test("Every page needs sign-in", arguments: TestDatabase.available)
    func signInRequired(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            var visitor = Visitor(app)
            for path in ["/children", "/children/1", "/children/1/chronology", "/teams", "/admin/users"] {
                let response = try await visitor.send(.GET, path)
                #expect(response.status == .seeOther, "\(path)")
                #expect(response.headers.first(name: .location) == "/sign-in")
            }
            let api = try await visitor.send(.GET, "/api/v1/children")
            #expect(api.status == .unauthorized)
            #expect(api.headers.first(name: .contentType) == "application/problem+json")
            #expect(try await visitor.send(.GET, "/health").status == .ok)
        }
    }

    @Test("Session cookie is HttpOnly and SameSite; a wrong password is refused", arguments: TestDatabase.available)
    func signIn(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            var visitor = Visitor(app)
            let page = try await visitor.send(.GET, "/sign-in")
            let cookie = try #require(page.headers.setCookie?["harbour-session"])
            #expect(cookie.isHTTPOnly)
            #expect(cookie.sameSite == .lax)
            let token = try await visitor.csrf("/sign-in")
            let wrong = try await visitor.send(.POST, "/sign-in", form: [("_csrf", token), ("username", "worker"), ("password", "nope-nope-nope")])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.body.string.contains("Enter a correct username and password"))
            let forged = try await visitor.send(.POST, "/sign-in", form: [("username", "worker"), ("password", SampleChildren.demoPassword)])
            #expect(forged.status == .forbidden, "a form without the CSRF token is refused")
            try await visitor.signIn("worker")
            #expect(try await visitor.send(.GET, "/children").status == .ok)
        }
    }

    @Test("Find a child by name, LA child ID, UPN and date of birth", arguments: TestDatabase.available)
    func search(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            var visitor = Visitor(app)
            try await visitor.signIn("worker")
            let jordan = try await RecordStore(database: app.db).child(laChildID: "DEMO0001")!
            let byName = try await visitor.send(.GET, "/children?q=brookfield").body.string
            #expect(byName.contains("2 children found"))
            #expect(byName.contains("Jordan Brookfield") && byName.contains("Tasha Brookfield"))
            #expect(try await visitor.send(.GET, "/children?q=DEMO0001").body.string.contains("1 child found"))
            #expect(try await visitor.send(.GET, "/children?q=\(jordan.upn!)").body.string.contains("Jordan Brookfield"))
            let dob = jordan.dateOfBirth!.ukSlashed.replacingOccurrences(of: "/", with: "%2F")
            #expect(try await visitor.send(.GET, "/children?q=\(dob)").body.string.contains("Jordan Brookfield"))
            #expect(try await visitor.send(.GET, "/children?q=jordan%20brook").body.string.contains("1 child found"))
        }
    }

    @Test("Record a visit; it appears in the chronology", arguments: TestDatabase.available)
    func recordVisit(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            var visitor = Visitor(app)
            try await visitor.signIn("worker")
            let id = try await childID(app, "DEMO0001")
            let before = try await count(app, .visit, child: id)
            let saved = try await visitor.submit("/children/\(id)/record/visit", [
                ("visit_date-day", "3"), ("visit_date-month", "3"), ("visit_date-year", "2025"),
                ("visit_type", "child-in-need"), ("child_seen", "yes"), ("seen_alone", "no"), ("notes", "Played <football> & talked"),
            ])
            #expect(saved.status == .seeOther)
            #expect(try await count(app, .visit, child: id) == before + 1)
            let childPage = try await visitor.send(.GET, "/children/\(id)").body.string
            #expect(childPage.contains("govuk-notification-banner--success"))
            let chronology = try await visitor.send(.GET, "/children/\(id)/chronology?type=visit").body.string
            #expect(chronology.contains("3 March 2025"))
            #expect(chronology.contains("Child seen: Yes · Child seen alone: No"))
        }
    }

    @Test("A bad visit form shows the error summary and saves nothing", arguments: TestDatabase.available)
    func badVisit(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            var visitor = Visitor(app)
            try await visitor.signIn("worker")
            let id = try await childID(app, "DEMO0001")
            let before = try await count(app, .visit, child: id)
            let empty = try await visitor.submit("/children/\(id)/record/visit", [("visit_type", "child-in-need")])
            #expect(empty.status == .unprocessableEntity)
            let html = empty.body.string
            #expect(html.contains("There is a problem"))
            #expect(html.contains("href=\"#visit_date-day\">Enter the date of the visit"))
            #expect(html.contains("href=\"#child_seen-yes\">Select yes or no for child seen"))
            let impossible = try await visitor.submit("/children/\(id)/record/visit", [
                ("visit_date-day", "31"), ("visit_date-month", "2"), ("visit_date-year", "2025"),
                ("visit_type", "child-in-need"), ("child_seen", "no"), ("seen_alone", "yes"),
            ])
            #expect(impossible.body.string.contains("Date of the visit must be a real date"))
            #expect(impossible.body.string.contains("value=\"31\""), "what was typed is kept")
            let alone = try await visitor.submit("/children/\(id)/record/visit", [
                ("visit_date-day", "1"), ("visit_date-month", "2"), ("visit_date-year", "2025"),
                ("visit_type", "child-in-need"), ("child_seen", "no"), ("seen_alone", "yes"),
            ])
            #expect(alone.body.string.contains("Child seen alone can only be answered if the child was seen"))
            #expect(try await count(app, .visit, child: id) == before)
        }
    }

    @Test("A practitioner cannot reach administrator pages; an administrator sees who viewed a child", arguments: TestDatabase.available)
    func rolesAndAccessLog(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            let id = try await childID(app, "DEMO0002")
            var worker = Visitor(app)
            try await worker.signIn("worker")
            let denied = try await worker.send(.GET, "/admin/users")
            #expect(denied.status == .forbidden)
            #expect(denied.body.string.contains("You do not have access to this page"))
            #expect(try await worker.send(.GET, "/admin/access-log").status == .forbidden)
            let childPage = try await worker.send(.GET, "/children/\(id)").body.string
            #expect(!childPage.contains("Who has viewed this record"))

            var analyst = Visitor(app)
            try await analyst.signIn("analyst")
            #expect(try await analyst.send(.GET, "/children/\(id)/record/visit").status == .forbidden, "analysts read, they do not record")

            var admin = Visitor(app)
            try await admin.signIn("admin")
            #expect(try await admin.send(.GET, "/admin/users").status == .ok)
            let adminView = try await admin.send(.GET, "/children/\(id)").body.string
            let log = try #require(adminView.range(of: "Who has viewed this record")).upperBound
            #expect(adminView[log...].contains("worker"))
            #expect(adminView[log...].contains("view-child"))
        }
    }

    @Test("Invariants: a placement outside a period of care is refused through the form", arguments: TestDatabase.available)
    func placementNeedsPeriod(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            var visitor = Visitor(app)
            try await visitor.signIn("worker")
            let id = try await childID(app, "DEMO0001")
            let response = try await visitor.submit("/children/\(id)/record/placement", [
                ("start_date-day", "1"), ("start_date-month", "6"), ("start_date-year", "2025"),
                ("reason_new_episode", "S"), ("legal_status", "V2"), ("placement_type", "U6"),
            ])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Placements can only be recorded inside a period of care"))
            #expect(try await count(app, .placement, child: id) == 0)
        }
    }

    @Test("Add a child; a duplicate LA child ID is refused", arguments: TestDatabase.available)
    func addChild(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            var visitor = Visitor(app)
            try await visitor.signIn("worker")
            let fields: [(String, String)] = [
                ("la_child_id", "NEW001"), ("first_name", "Kai"), ("last_name", "Harbourne"),
                ("date_of_birth-day", "14"), ("date_of_birth-month", "2"), ("date_of_birth-year", "2016"),
                ("sex", "M"), ("ethnicity", "WBRI"), ("upn", "P201123456789"), ("disabilities", "AUT"), ("disabilities", "COMM"),
            ]
            let created = try await visitor.submit("/children/new", to: "/children", fields)
            #expect(created.status == .seeOther)
            let kai = try #require(try await RecordStore(database: app.db).child(laChildID: "NEW001"))
            #expect(kai.values["disabilities"] == .codes(["AUT", "COMM"]))
            let again = try await visitor.submit("/children/new", to: "/children", fields)
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.string.contains("LA child ID NEW001 is already used by another child"))
            let badUPN = try await visitor.submit("/children/new", to: "/children", fields.map { $0.0 == "upn" ? ("upn", "A201123456789") : $0 }
                                                  .map { $0.0 == "la_child_id" ? ("la_child_id", "NEW002") : $0 })
            #expect(badUPN.body.string.contains("UPN check letter is wrong: it should be P"))
            #expect(try await RecordStore(database: app.db).child(laChildID: "NEW002") == nil)
        }
    }

    @Test("Team and worker pages list the children they hold", arguments: TestDatabase.available)
    func teams(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            var visitor = Visitor(app)
            try await visitor.signIn("manager")
            let teams = try await visitor.send(.GET, "/teams").body.string
            #expect(teams.contains("Neighbourhood North"))
            let worker = try #require(try await User.query(on: app.db).filter(\.$username == "worker").first())
            let workerPage = try await visitor.send(.GET, "/workers/\(worker.id!)").body.string
            #expect(workerPage.contains("Jordan Brookfield"))
            #expect(workerPage.contains("1 child allocated"))
            let team = try await visitor.send(.GET, "/teams/\(worker.teamID!)").body.string
            #expect(team.contains("Jordan Brookfield") && team.contains("Sam Worker"))
        }
    }
}
}
