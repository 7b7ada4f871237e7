import Fluent
import Foundation
import HarbourCore
import HarbourStore
import Testing
import Vapor
import VaporTesting

extension AppTests {
@Suite("Timescales and work lists")
struct WorkListTests {
    /// A child on a child protection plan from Thursday 1 May 2014, allocated to `worker`, with no visits yet.
    func childOnAPlan(_ app: Application) async throws -> Int {
        let store = RecordStore(database: app.db)
        let worker = try #require(try await User.query(on: app.db).filter(\.$username == "worker").first())
        let id = try await store.addChild([
            "la_child_id": .text("TIME0001"), "first_name": .text("Casey"), "last_name": .text("Timms"),
            "date_of_birth": .day(Day(iso: "2010-03-01")!), "sex": .code("F"), "ethnicity": .code("WBRI"), "upn_unknown": .code("UN1"),
        ], by: worker.id!)
        try await store.record(.childProtectionPlan, childID: id, ["start_date": .day(Day(iso: "2014-05-01")!),
            "initial_category": .code("NEG"), "latest_category": .code("NEG")], by: worker.id!)
        try await store.record(.allocation, childID: id, ["worker_id": .integer(worker.id!), "allocation_role": .code("social-worker"),
            "start_date": .day(Day(iso: "2014-05-01")!)], by: worker.id!)
        return id
    }

    func due(_ app: Application, _ child: Int, _ rule: RuleID) async throws -> [String] {
        try await DueItemStore(database: app.db).items(childID: child, today: RecordStore(database: app.db).today)
            .filter { $0.rule == rule && $0.metOn == nil && $0.lapsedOn == nil }.map(\.dueOn.iso)
    }

    @Test("Due dates are stored with the record, closed by the record that meets them, and listed in My work", arguments: TestDatabase.available)
    func myWork(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            let id = try await childOnAPlan(app)
            // Visits every 10 working days from 1 May 2014 (5 May a bank holiday): due 16 May.
            #expect(try await due(app, id, .cpVisits) == ["2014-05-16"])
            #expect(try await due(app, id, .coreGroupFirstMeeting) == ["2014-05-16"])
            #expect(try await due(app, id, .rcpcFirst) == ["2014-08-01"])
            var visitor = Visitor(app)
            try await visitor.signIn("worker")
            let page = try await visitor.send(.GET, "/my-work").body.string
            #expect(page.contains("Casey Timms") && page.contains("Child protection visits") && page.contains("16 May 2014"))
            #expect(page.contains("/children/\(id)/record/visit"))
            // Recording the visit closes that due date and sets the next: 29 May (26 May a bank holiday).
            let saved = try await visitor.submit("/children/\(id)/record/visit", [
                ("visit_date-day", "14"), ("visit_date-month", "5"), ("visit_date-year", "2014"),
                ("visit_type", "child-protection"), ("child_seen", "yes"), ("seen_alone", "yes"),
            ])
            #expect(saved.status == .seeOther)
            #expect(try await due(app, id, .cpVisits) == ["2014-05-29"])
            let child = try await visitor.send(.GET, "/children/\(id)").body.string
            #expect(child.contains("Due dates") && child.contains("29 May 2014") && child.contains("Met on 14 May 2014"))
            // The API gives the same list.
            let api = try await visitor.send(.GET, "/api/v1/work")
            #expect(api.status == .ok && api.body.string.contains("\"due_on\":\"2014-05-29\""))
        }
    }

    @Test("A changed council setting rebuilds every due date; an absurd one is refused and nothing changes", arguments: TestDatabase.available)
    func settings(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            let id = try await childOnAPlan(app)
            var visitor = Visitor(app)
            try await visitor.signIn("admin")
            var form = CouncilSettings().formValues.compactMap { key, value -> (String, String)? in
                switch value {
                case .integer(let n): (key, String(n))
                case .code(let c): (key, c)
                default: nil
                }
            }
            form.removeAll { $0.0.hasPrefix("cp_visit_interval") }
            let refused = try await visitor.submit("/admin/settings", form + [("cp_visit_interval", "0"), ("cp_visit_interval_unit", "working-days")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Child protection visits: must be at least 1 working day"))
            #expect(try await due(app, id, .cpVisits) == ["2014-05-16"])
            let saved = try await visitor.submit("/admin/settings", form + [("cp_visit_interval", "4"), ("cp_visit_interval_unit", "weeks")])
            #expect(saved.status == .ok && saved.body.string.contains("Settings saved"))
            #expect(try await due(app, id, .cpVisits) == ["2014-05-29"]) // 1 May + 4 weeks
            let practitioner = Visitor(app)
            var p = practitioner
            try await p.signIn("worker")
            #expect(try await p.send(.GET, "/admin/settings").status == .forbidden)
        }
    }

    @Test("Team page: caseloads against the target, overdue work, and supervision recorded with decisions", arguments: TestDatabase.available)
    func team(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            _ = try await childOnAPlan(app)
            let worker = try #require(try await User.query(on: app.db).filter(\.$username == "worker").first())
            var visitor = Visitor(app)
            try await visitor.signIn("manager")
            let page = try await visitor.send(.GET, "/teams/\(worker.teamID!)").body.string
            #expect(page.contains("Caseload target: 20 to 22 children per worker"))
            #expect(page.contains("Below target") && page.contains("None recorded"))
            let bad = try await visitor.submit("/teams/\(worker.teamID!)", to: "/teams/\(worker.teamID!)/supervision", [
                ("worker_id", String(worker.id!)), ("supervision_date-day", "10"), ("supervision_date-month", "11"),
                ("supervision_date-year", "2026"), ("reflective", "yes"), ("child_1", "NOPE1"), ("decision_1", "Step down"),
            ])
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("No child has the LA child ID NOPE1"))
            #expect(try await Supervision.query(on: app.db).count() == 0)
            let good = try await visitor.submit("/teams/\(worker.teamID!)", to: "/teams/\(worker.teamID!)/supervision", [
                ("worker_id", String(worker.id!)), ("supervision_date-day", "10"), ("supervision_date-month", "11"),
                ("supervision_date-year", "2026"), ("reflective", "yes"), ("child_1", "TIME0001"), ("decision_1", "Core group this week"),
            ])
            #expect(good.status == .seeOther)
            #expect(try await SupervisionDecision.query(on: app.db).count() == 1)
            let after = try await visitor.send(.GET, "/teams/\(worker.teamID!)").body.string
            #expect(after.contains("Last 10 November 2026; 1 in 12 months, 1 reflective."))
            let service = try await visitor.send(.GET, "/service").body.string
            #expect(service.contains("Casey Timms") && service.contains("Oldest overdue"))
        }
    }

    @Test("Team page: children held only by a manager of the team, and the team's children a hundred to a page",
          arguments: TestDatabase.available)
    func teamChildrenAndManagers(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            let store = RecordStore(database: app.db)
            let worker = try #require(try await User.query(on: app.db).filter(\.$username == "worker").first())
            let manager = try #require(try await User.query(on: app.db).filter(\.$username == "manager").first())
            var ids = [Int]()
            for n in 1...101 {
                let id = try await store.addChild([
                    "la_child_id": .text(String(format: "PAGE%04d", n)), "first_name": .text("Pat"), "last_name": .text(String(format: "Page%04d", n)),
                    "date_of_birth": .day(Day(iso: "2012-01-01")!), "sex": .code("M"), "ethnicity": .code("WBRI"), "upn_unknown": .code("UN1"),
                ], by: worker.id!)
                try await store.record(.referral, childID: id, ["referral_date": .day(Day(iso: "2026-10-01")!), "source": .code("1A"),
                    "nfa": .bool(false), "primary_need": .code("N1")], by: manager.id!)
                ids.append(id)
            }
            // The first child is held by the manager alone; the second by the manager and a social worker.
            for (id, holders) in [(ids[0], [(manager, "team-manager")]), (ids[1], [(manager, "team-manager"), (worker, "social-worker")])] {
                for (user, role) in holders {
                    _ = try await store.record(.allocation, childID: id, ["worker_id": .integer(user.id!), "allocation_role": .code(role),
                        "start_date": .day(Day(iso: "2026-10-01")!)], by: manager.id!)
                }
            }
            for id in ids.dropFirst(2) {
                _ = try await store.record(.allocation, childID: id, ["worker_id": .integer(worker.id!), "allocation_role": .code("social-worker"),
                    "start_date": .day(Day(iso: "2026-10-02")!)], by: manager.id!)
            }
            var visitor = Visitor(app)
            try await visitor.signIn("manager")
            let team = worker.teamID!
            let first = try await visitor.send(.GET, "/teams/\(team)").body.string
            #expect(first.contains("Children held only by a manager (1)"))
            #expect(first.contains("Pat Page0001") && first.contains(manager.displayName))
            let allocations = try await store.currentAllocations(workerIDs: try await User.query(on: app.db).filter(\.$teamID == team).all().compactMap(\.id))
            let pages = (allocations.count + 99) / 100
            #expect(pages >= 2)
            #expect(first.contains("Children (\(allocations.count) allocations; page 1 of \(pages))"))
            #expect(first.contains("href=\"/teams/\(team)?page=2\""))
            let last = try await visitor.send(.GET, "/teams/\(team)?page=\(pages)").body.string
            #expect(last.contains("page \(pages) of \(pages)"))
            #expect(last.contains("Pat Page0101"), "the latest allocations are on the last page")
            #expect(!first.contains("Pat Page0101"))
            let beyond = try await visitor.send(.GET, "/teams/\(team)?page=999").body.string
            #expect(beyond.contains("page \(pages) of \(pages)"))
            let nonsense = try await visitor.send(.GET, "/teams/\(team)?page=abc")
            #expect(nonsense.status == .ok && nonsense.body.string.contains("page 1 of \(pages)"))
        }
    }

    @Test("The rule book and calendar over the API; bad input is a 400 naming the field", arguments: TestDatabase.available)
    func api(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            let token = try await apiToken(app, for: "analyst")
            var visitor = Visitor(app)
            let auth: HTTPHeaders = ["Authorization": "Bearer \(token)"]
            let icpc = try await visitor.send(.GET, "/api/v1/timescales/due?rule=icpc&start=2014-04-07", headers: auth)
            #expect(icpc.status == .ok && icpc.body.string.contains("\"due\":[\"2014-04-30\"]"))
            let reviews = try await visitor.send(.GET, "/api/v1/timescales/due?rule=lac_review_subsequent&start=2014-03-20&count=2", headers: auth)
            #expect(reviews.body.string.contains("\"due\":[\"2014-09-20\",\"2015-03-20\"]"))
            let unknown = try await visitor.send(.GET, "/api/v1/timescales/due?rule=nope&start=2014-04-07", headers: auth)
            #expect(unknown.status == .badRequest && unknown.body.string.contains("\"field\":\"rule\""))
            let badDate = try await visitor.send(.GET, "/api/v1/calendar/add-working-days?date=2014-02-30&count=3", headers: auth)
            #expect(badDate.status == .badRequest && badDate.body.string.contains("\"field\":\"date\""))
            let negative = try await visitor.send(.GET, "/api/v1/calendar/add-working-days?date=2014-02-03&count=-1", headers: auth)
            #expect(negative.status == .badRequest && negative.body.string.contains("\"field\":\"count\""))
            let christmas = try await visitor.send(.GET, "/api/v1/calendar/add-working-days?date=2021-12-24&count=1", headers: auth)
            #expect(christmas.body.string.contains("\"result\":\"2021-12-29\""))
            let rules = try await visitor.send(.GET, "/api/v1/timescales/rules", headers: auth)
            #expect(rules.status == .ok && rules.body.string.contains("\"id\":\"single_assessment_completion\""))
            #expect(rules.headers.first(name: "Server-Timing")?.hasPrefix("app;dur=") == true)
        }
    }
}
}
