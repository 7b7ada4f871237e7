import Foundation
import HarbourCore
import HarbourStore
import Testing
import Vapor
import VaporTesting

extension AppTests {
@Suite("JSON API")
struct APITests {
    @Test("Create, read, update and list children and records with a bearer token", arguments: TestDatabase.available)
    func crud(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            var client = Visitor(app)
            let auth: HTTPHeaders = ["Authorization": "Bearer \(try await apiToken(app, for: "worker"))"]
            let created = try await client.send(.POST, "/api/v1/children", json: """
                {"la_child_id":"API01","first_name":"Noor","last_name":"Eastgate","date_of_birth":"2015-06-01",
                 "sex":"F","ethnicity":"APKN","disabilities":["HEAR"]}
                """, headers: auth)
            #expect(created.status == .created)
            guard case .number(let id)? = created.json["id"] else { Issue.record("no id"); return }
            #expect(created.headers.first(name: .location) == "/api/v1/children/\(Int(id))")

            let period = try await client.send(.POST, "/api/v1/children/\(Int(id))/records/looked-after", json: """
                {"start_date":"2024-01-10","legal_status":"C1","category_of_need":"N1"}
                """, headers: auth)
            #expect(period.status == .created)
            let placement = try await client.send(.POST, "/api/v1/children/\(Int(id))/records/placement", json: """
                {"start_date":"2024-01-10","reason_new_episode":"S","legal_status":"C1","placement_type":"U6","provider":"PR1"}
                """, headers: auth)
            #expect(placement.status == .created)
            #expect(placement.json["placement_type"] == .string("U6"))

            let list = try await client.send(.GET, "/api/v1/children/\(Int(id))/records?per_page=1&page=2", headers: auth)
            #expect(list.json["total"] == .number(2))
            guard case .array(let items)? = list.json["items"], case .object(let second)? = items.first else {
                Issue.record("no items"); return
            }
            #expect(second["kind"] == .string("placement"))

            guard case .number(let pid)? = placement.json["id"] else { return }
            let corrected = try await client.send(.PUT, "/api/v1/records/placement/\(Int(pid))", json: """
                {"start_date":"2024-01-10","reason_new_episode":"S","legal_status":"C1","placement_type":"U4","provider":"PR1"}
                """, headers: auth)
            #expect(corrected.status == .ok)
            #expect(corrected.json["placement_type"] == .string("U4"))

            let across = try await client.send(.GET, "/api/v1/records/placement?from=2024-01-10&to=2024-01-10", headers: auth)
            #expect(across.json["total"] == .number(1))
            let search = try await client.send(.GET, "/api/v1/children?q=eastgate", headers: auth)
            #expect(search.json["total"] == .number(1))
        }
    }

    @Test("Errors are problem+json naming the field, and a refused write changes nothing", arguments: TestDatabase.available)
    func problems(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            var client = Visitor(app)
            let auth: HTTPHeaders = ["Authorization": "Bearer \(try await apiToken(app, for: "worker"))"]
            let id = try await childID(app, "DEMO0001")
            let before = try await count(app, .childProtectionPlan, child: id)

            let badCode = try await client.send(.POST, "/api/v1/children/\(id)/records/cp-plan", json: """
                {"start_date":"2025-01-01","initial_category":"XYZ","latest_category":"NEG"}
                """, headers: auth)
            #expect(badCode.status == .unprocessableEntity)
            #expect(badCode.headers.first(name: .contentType) == "application/problem+json")
            #expect(badCode.json["errors"] == .array([.object(["field": .string("initial_category"),
                "message": .string("Initial category of abuse: \"XYZ\" is not a known code; choose one of the listed options")])]))

            // Jordan already has an open plan: a second open plan is refused.
            let second = try await client.send(.POST, "/api/v1/children/\(id)/records/cp-plan", json: """
                {"start_date":"2025-12-01","initial_category":"EMO","latest_category":"EMO"}
                """, headers: auth)
            #expect(second.status == .unprocessableEntity)
            let endBeforeStart = try await client.send(.POST, "/api/v1/children/\(id)/records/cp-plan", json: """
                {"start_date":"2020-05-01","end_date":"2020-04-01","initial_category":"EMO","latest_category":"EMO"}
                """, headers: auth)
            #expect(endBeforeStart.json["errors"] == .array([.object(["field": .string("end_date"),
                "message": .string("Plan end date must be the same as or after plan start date (1 May 2020)")])]))
            #expect(try await count(app, .childProtectionPlan, child: id) == before)

            let typo = try await client.send(.POST, "/api/v1/children/\(id)/records/visit", json: """
                {"visit_dat":"2025-01-01","visit_type":"child-in-need","child_seen":true}
                """, headers: auth)
            #expect(typo.status == .unprocessableEntity)
            #expect(typo.body.string.contains("visit_dat is not a field of visit records"))

            let unknownKind = try await client.send(.GET, "/api/v1/records/nonsense", headers: auth)
            #expect(unknownKind.status == .badRequest)
            #expect(unknownKind.json["errors"] == .array([.object(["field": .string("kind"),
                "message": .string("Unknown kind of record; see /api/v1/record-kinds")])]))
            let badPage = try await client.send(.GET, "/api/v1/children?page=0", headers: auth)
            #expect(badPage.status == .badRequest)
            let notJSON = try await client.send(.POST, "/api/v1/children", json: "[1,2]", headers: auth)
            #expect(notJSON.status == .badRequest)
            let badToken = try await client.send(.GET, "/api/v1/me", headers: ["Authorization": "Bearer hbr_wrong"])
            #expect(badToken.status == .unauthorized)
        }
    }

    @Test("Roles are enforced on the API; session calls need the CSRF header to write", arguments: TestDatabase.available)
    func apiRoles(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            var client = Visitor(app)
            let analyst: HTTPHeaders = ["Authorization": "Bearer \(try await apiToken(app, for: "analyst"))"]
            let id = try await childID(app, "DEMO0001")
            #expect(try await client.send(.GET, "/api/v1/children/\(id)", headers: analyst).status == .ok)
            let write = try await client.send(.POST, "/api/v1/children/\(id)/records/visit", json: """
                {"visit_date":"2025-01-01","visit_type":"child-in-need","child_seen":true}
                """, headers: analyst)
            #expect(write.status == .forbidden)

            var browser = Visitor(app)
            try await browser.signIn("worker")
            let body = """
                {"visit_date":"2025-01-01","visit_type":"child-in-need","child_seen":true}
                """
            #expect(try await browser.send(.POST, "/api/v1/children/\(id)/records/visit", json: body).status == .forbidden)
            let token = try await browser.csrf("/children")
            let withHeader = try await browser.send(.POST, "/api/v1/children/\(id)/records/visit", json: body,
                                                    headers: ["X-CSRF-Token": token])
            #expect(withHeader.status == .created)
        }
    }

    @Test("The OpenAPI document describes every kind of record", arguments: TestDatabase.available)
    func openAPI(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            var client = Visitor(app)
            try await client.signIn("analyst")
            let doc = try await client.send(.GET, "/api/v1/openapi.json").json
            #expect(doc["openapi"] == .string("3.1.0"))
            guard case .object(let paths)? = doc["paths"] else { Issue.record("no paths"); return }
            for kind in EventKind.allCases {
                #expect(paths["/api/v1/children/{child}/records/\(kind.rawValue)"] != nil, "\(kind)")
            }
        }
    }
}
}
