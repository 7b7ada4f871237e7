import Fluent
import Foundation
import HarbourCore
import HarbourReturns
import SQLKit
@testable import HarbourStore
@testable import HarbourWeb
import Testing
import Vapor
import VaporTesting

extension AppTests {
/// Importing returns on the web page and through the API: a dry run that writes nothing and
/// keeps the files, "Confirm import" that imports them, refused children with where and why,
/// bad files named on their field, and only analysts and administrators let in.
@Suite("Returns import page and API")
struct ReturnImportPageTests {
    static var samples: URL { ReturnImportStoreTests.samples }

    static func sample(_ path: String) throws -> Data {
        try Data(contentsOf: samples.appendingPathComponent(path))
    }

    /// The confirm form's token on a dry run's page.
    static func token(_ html: String) -> String? {
        guard let range = html.range(of: "name=\"token\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func uploads(_ app: Application) -> [String] {
        let folder = URL(fileURLWithPath: app.harbourSettings.dataDirectory).appendingPathComponent("return-uploads")
        return (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    }

    static func lastLogged(_ app: Application) async throws -> String? {
        try await AccessLogEntry.query(on: app.db).filter(\.$action == AccessLogEntry.Action.importReturns.rawValue)
            .sort(\.$id, .descending).first()?.detail
    }

    @Test("A dry run writes nothing and keeps the files; confirming imports them, links each child and deletes the files",
          arguments: TestDatabase.available)
    func dryRunThenConfirm(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            var analyst = Visitor(app)
            try await analyst.signIn("analyst")
            let csrf = try await analyst.csrf("/returns/import")
            let before = try await ReturnImportStoreTests.footprint(app)

            let checked = try await analyst.upload("/returns/import", fields: [("_csrf", csrf), ("year", "2021-22")], files: [
                ("cin", "fake_CIN_data.xml", try Self.sample("cin/fake_CIN_data.xml")), ("ssda903[]", "", Data()),
            ])
            #expect(checked.status == .ok)
            let page = checked.body.string
            #expect(page.contains("Check what the import would change"))
            #expect(page.contains("<dt class=\"govuk-summary-list__key\">Children new to Harbour</dt><dd class=\"govuk-summary-list__value\">12</dd>"))
            #expect(page.contains("id=\"refused\""))
            #expect(page.contains("fake_CIN_data.xml, line "))
            #expect(page.contains(">Confirm import</button>"))
            // Nothing written, not even the change history; the files kept for the confirmation.
            #expect(try await ReturnImportStoreTests.footprint(app) == before)
            #expect(Self.uploads(app).count == 1)
            let dryRunLog = try #require(try await Self.lastLogged(app))
            #expect(dryRunLog == "returns import 2021-22 dry run, CIN census: 12 new, 0 updated, 0 unchanged, 320 refused, 31 records written")

            let token = try #require(Self.token(page))
            // Another session cannot confirm this upload.
            var other = Visitor(app)
            try await other.signIn("analyst")
            let stranger = try await other.submit("/returns/import", to: "/returns/import/confirm", [("token", token)])
            #expect(stranger.status == .unprocessableEntity)
            #expect(try await ReturnImportStoreTests.footprint(app) == before)

            let imported = try await analyst.submit("/returns/import", to: "/returns/import/confirm", [("token", token)])
            #expect(imported.status == .ok)
            let done = imported.body.string
            #expect(done.contains("Returns imported"))
            #expect(done.contains("Imported 12 children new to Harbour and updated 0 children. 320 children were refused."))
            let after = try await ReturnImportStoreTests.footprint(app)
            #expect(after[RecordSpec.child.table]! - before[RecordSpec.child.table]! == 12)
            #expect(after[ReturnImportStore.table]! - before[ReturnImportStore.table]! == 31)
            let ids = try await (app.db as! any SQLDatabase).select().distinct().column("child_id").from(ReturnImportStore.table).all()
                .map { try $0.decode(column: "child_id", as: Int.self) }
            #expect(ids.count == 12)
            for id in ids { #expect(done.contains("href=\"/children/\(id)\"")) }
            #expect(Self.uploads(app).isEmpty)
            #expect(try await Self.lastLogged(app) == "returns import 2021-22, CIN census: 12 new, 0 updated, 0 unchanged, 320 refused, 31 records written")

            // The files are gone: confirming again imports nothing and says so.
            let again = try await analyst.submit("/returns/import", to: "/returns/import/confirm", [("token", token)])
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.string.contains("The files you checked are no longer kept"))
            #expect(try await ReturnImportStoreTests.footprint(app) == after)
        }
    }

    @Test("SSDA903 files are told apart by their columns, whatever they are called", arguments: TestDatabase.available)
    func ssda903Files(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            var admin = Visitor(app)
            try await admin.signIn("admin")
            let csrf = try await admin.csrf("/returns/import")
            let files = SSDA903CSVWriter.write(ReturnImportStoreTests.lookedAfter).filter { ["header.csv", "episodes.csv", "reviews.csv"].contains($0.name) }
            let checked = try await admin.upload("/returns/import", fields: [("_csrf", csrf), ("year", "2025-26")],
                                                 files: files.enumerated().map { ("ssda903[]", "file \($0.offset).csv", Data($0.element.text.utf8)) })
            #expect(checked.status == .ok)
            #expect(checked.body.string.contains("<dd class=\"govuk-summary-list__value\">3 SSDA903 files</dd>"))
            #expect(checked.body.string.contains("<dt class=\"govuk-summary-list__key\">Children new to Harbour</dt><dd class=\"govuk-summary-list__value\">1</dd>"))
            #expect(checked.body.string.contains("<td class=\"govuk-table__cell\">Placement (looked-after episode)</td><td class=\"govuk-table__cell\">2</td>"))
            #expect(try await RecordStore(database: app.db).child(laChildID: "L1") == nil)
        }
    }

    @Test("A refused child is listed with the file, line, element, item and reason; with nothing to import there is nothing to confirm",
          arguments: TestDatabase.available)
    func refusedChild(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            var analyst = Visitor(app)
            try await analyst.signIn("analyst")
            let csrf = try await analyst.csrf("/returns/import")
            let checked = try await analyst.upload("/returns/import", fields: [("_csrf", csrf), ("year", "2023-24")], files: [
                ("cin", "CIN_Census_2024.xml", try Self.sample("cin/CIN_Census_2024.xml")),
            ])
            #expect(checked.status == .ok)
            let page = checked.body.string
            #expect(page.contains("<td class=\"govuk-table__cell\">DfEX0000001</td><td class=\"govuk-table__cell\"><span>CIN_Census_2024.xml, line 19<br/>"
                                  + "<span class=\"govuk-body-s\">Message/Children/Child[1]/ChildIdentifiers</span></span></td>"
                                  + "<td class=\"govuk-table__cell\">UPN</td><td class=\"govuk-table__cell\">UPN check letter is wrong: it should be P</td>"))
            #expect(page.contains("There is nothing to import"))
            #expect(!page.contains("Confirm import"))
            #expect(Self.uploads(app).isEmpty)
        }
    }

    @Test("Bad input is named on its field: no file, a census that is not XML, columns of no SSDA903 table, a bad year",
          arguments: TestDatabase.available)
    func badInput(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            var analyst = Visitor(app)
            try await analyst.signIn("analyst")
            let csrf = try await analyst.csrf("/returns/import")
            let before = try await ReturnImportStoreTests.footprint(app)

            let nothing = try await analyst.upload("/returns/import", fields: [("_csrf", csrf), ("year", "2025-26")],
                                                   files: [("cin", "", Data()), ("ssda903[]", "", Data())])
            #expect(nothing.status == .unprocessableEntity)
            #expect(nothing.body.string.contains("There is a problem"))
            #expect(nothing.body.string.contains("<a class=\"govuk-link\" href=\"#cin\">Choose a CIN census XML file or SSDA903 CSV files to import</a>"))

            let broken = try await analyst.upload("/returns/import", fields: [("_csrf", csrf), ("year", "2025-26")],
                                                  files: [("cin", "broken.xml", Data("<Message><Header></Message>".utf8))])
            #expect(broken.status == .unprocessableEntity)
            #expect(broken.body.string.contains("href=\"#cin\">broken.xml is not a CIN census Harbour can read: line 1, character"))

            let columns = try await analyst.upload("/returns/import", fields: [("_csrf", csrf), ("year", "2025-26")],
                                                   files: [("ssda903[]", "children.csv", Data("CHILD,SEX,BIRTHDAY\nA1,1,01/01/2015\n".utf8))])
            #expect(columns.status == .unprocessableEntity)
            #expect(columns.body.string.contains("href=\"#ssda903\">children.csv: the columns match no SSDA903 table; the closest is "))

            let year = try await analyst.upload("/returns/import", fields: [("_csrf", csrf), ("year", "2025-27")],
                                                files: [("cin", "CIN_Census_2024.xml", try Self.sample("cin/CIN_Census_2024.xml"))])
            #expect(year.status == .unprocessableEntity)
            #expect(year.body.string.contains("href=\"#year\">&quot;2025-27&quot; is not a collection year: the second year follows the first, as in 2025-26"))
            #expect(year.body.string.contains("value=\"2025-27\""))

            // A form that is not an upload at all, and one without the session's token.
            let plain = try await analyst.send(.POST, "/returns/import", form: [("_csrf", csrf), ("year", "2025-26")])
            #expect(plain.status == .unprocessableEntity)
            #expect(plain.body.string.contains("The files did not arrive as a file upload: choose them again"))
            let forged = try await analyst.upload("/returns/import", fields: [("year", "2025-26")],
                                                  files: [("cin", "CIN_Census_2024.xml", try Self.sample("cin/CIN_Census_2024.xml"))])
            #expect(forged.status == .forbidden)
            #expect(try await ReturnImportStoreTests.footprint(app) == before)
            #expect(Self.uploads(app).isEmpty)
        }
    }

    @Test("Only analysts and administrators may import; the Returns page links the import for them alone",
          arguments: TestDatabase.available)
    func roles(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            for (username, allowed) in [("analyst", true), ("admin", true), ("manager", false), ("worker", false)] {
                var visitor = Visitor(app)
                try await visitor.signIn(username)
                let page = try await visitor.send(.GET, "/returns/import")
                #expect(page.status == (allowed ? .ok : .forbidden), "\(username)")
                if !allowed {
                    #expect(page.body.string.contains("Your role does not include this page"))
                    let csrf = try await visitor.csrf("/children")
                    let posted = try await visitor.upload("/returns/import", fields: [("_csrf", csrf), ("year", "2023-24")],
                                                          files: [("cin", "CIN_Census_2024.xml", try Self.sample("cin/CIN_Census_2024.xml"))])
                    #expect(posted.status == .forbidden, "\(username)")
                    let confirmed = try await visitor.send(.POST, "/returns/import/confirm", form: [("_csrf", csrf), ("token", String(repeating: "a", count: 64))])
                    #expect(confirmed.status == .forbidden, "\(username)")
                }
                if username != "worker" {
                    let returns = try await visitor.send(.GET, "/returns")
                    #expect(returns.body.string.contains("href=\"/returns/import?year=") == allowed, "\(username)")
                }
            }
            #expect(try await Self.lastLogged(app) == nil)
        }
    }

    @Test("The API imports from a multipart upload; dryRun=true writes nothing; bad input is a problem naming the field",
          arguments: TestDatabase.available)
    func api(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            var client = Visitor(app)
            let token = try await apiToken(app, for: "analyst")
            let bearer: HTTPHeaders = ["Authorization": "Bearer \(token)"]
            let before = try await ReturnImportStoreTests.footprint(app)
            let file = ("cin", "fake_CIN_data.xml", try Self.sample("cin/fake_CIN_data.xml"))

            let dry = try await client.upload("/api/v1/returns/import?year=2021-22&dryRun=true", fields: [], files: [file], headers: bearer)
            #expect(dry.status == .ok)
            let report = try #require(try JSONSerialization.jsonObject(with: Data(buffer: dry.body)) as? [String: Any])
            #expect(report["dry_run"] as? Bool == true)
            #expect((report["created"] as? [String])?.count == 12)
            let refused = try #require((report["refused"] as? [[String: Any]])?.first)
            let problem = try #require((refused["problems"] as? [[String: Any]])?.first)
            #expect(problem["file"] as? String == "fake_CIN_data.xml")
            #expect(problem["line"] is Int)
            #expect(try await ReturnImportStoreTests.footprint(app) == before)

            let real = try await client.upload("/api/v1/returns/import?dryRun=false", fields: [("year", "2021-22")], files: [file], headers: bearer)
            #expect(real.status == .ok)
            #expect(real.json["dry_run"] == .bool(false))
            #expect(try await ReturnImportStoreTests.footprint(app)[RecordSpec.child.table]! - before[RecordSpec.child.table]! == 12)

            let bad = try await client.upload("/api/v1/returns/import?year=2021-22", fields: [],
                                              files: [("cin", "broken.xml", Data("not xml".utf8))], headers: bearer)
            #expect(bad.status == .badRequest)
            #expect(bad.headers.first(name: .contentType) == "application/problem+json")
            #expect(bad.body.string.contains("\"field\":\"cin\""))
            let badFlag = try await client.upload("/api/v1/returns/import?dryRun=maybe", fields: [], files: [file], headers: bearer)
            #expect(badFlag.status == .badRequest)
            #expect(badFlag.body.string.contains("\"field\":\"dryRun\""))

            let workerToken = try await apiToken(app, for: "worker")
            let refusedRole = try await client.upload("/api/v1/returns/import?dryRun=true", fields: [], files: [file],
                                                      headers: ["Authorization": "Bearer \(workerToken)"])
            #expect(refusedRole.status == .forbidden)

            let openAPI = try await client.send(.GET, "/api/v1/openapi.json", headers: bearer)
            #expect(openAPI.body.string.contains("\"/api/v1/returns/import\""))
            #expect(openAPI.body.string.contains("multipart/form-data"))
        }
    }
}
}
