import Fluent
import Foundation
import HarbourCore
import HarbourReturns
@testable import HarbourStore
import Testing
import Vapor
import VaporTesting

extension AppTests {
@Suite("Statutory returns and data quality")
struct DataQualityTests {
    /// Two children in need in 2019-20, which no sample child is in: RET0001, referred on
    /// Monday 3 June 2019 with no primary need recorded (the referral is still open, so it led
    /// to further action: CIN rule 8610); RET0002 referred the same day with primary need N1
    /// and closed the same day with no further action (RC7).
    func twoReferrals(_ app: Application) async throws -> (Int, Int) {
        let store = RecordStore(database: app.db)
        let worker = try #require(try await User.query(on: app.db).filter(\.$username == "worker").first())
        func child(_ la: String, _ first: String) async throws -> Int {
            try await store.addChild([
                "la_child_id": .text(la), "first_name": .text(first), "last_name": .text("Returns"),
                "date_of_birth": .day(Day(iso: "2012-03-04")!), "sex": .code("M"), "ethnicity": .code("WBRI"), "upn_unknown": .code("UN1"),
            ], by: worker.id!)
        }
        let open = try await child("RET0001", "Robin")
        try await store.record(.referral, childID: open, ["referral_date": .day(Day(iso: "2019-06-03")!), "source": .code("1A"), "nfa": .bool(false)], by: worker.id!)
        let closed = try await child("RET0002", "Sam")
        try await store.record(.referral, childID: closed, [
            "referral_date": .day(Day(iso: "2019-06-03")!), "source": .code("1A"), "primary_need": .code("N1"),
            "nfa": .bool(true), "closure_date": .day(Day(iso: "2019-06-03")!), "closure_reason": .code("RC7"),
        ], by: worker.id!)
        return (open, closed)
    }

    @Test("The records are checked against the DfE's rules: counts by rule and team, findings naming the child, the trend over checks",
          arguments: TestDatabase.available)
    func dataQuality(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            let (open, _) = try await twoReferrals(app)
            let store = DataQualityStore(database: app.db)
            let year = CollectionYear(end: 2020)
            let today = Day(iso: "2020-04-15")!

            let first = try await store.check(.cin, year: year, today: today, by: nil)
            #expect(first.children == 2)
            let counts = try await store.counts(runID: first.id)
            // 8610 for RET0001 alone, held by no team yet.
            #expect(counts.filter { $0.rule == "8610" } == [DataQualityStore.Count(
                rule: "8610", severity: .error, message: CINRules.all.first { $0.code == "8610" }!.message, teamID: nil, count: 1)])
            let found = try await store.findings(.cin, year: year, rule: "8610")
            #expect(found.total == 1)
            #expect(found.findings.first?.laChildID == "RET0001")
            #expect(found.findings.first?.childID == open)
            #expect(found.findings.first?.table == "CINdetails")
            #expect(found.findings.first?.fields == ["ReferralNFA", "PrimaryNeedCode"])

            // Allocated to the worker: the next check puts the finding to the worker's team,
            // and replaces the findings while keeping both checks' counts.
            let worker = try #require(try await User.query(on: app.db).filter(\.$username == "worker").first())
            try await RecordStore(database: app.db).record(.allocation, childID: open, [
                "worker_id": .integer(worker.id!), "allocation_role": .code("social-worker"), "start_date": .day(Day(iso: "2019-06-03")!),
            ], by: worker.id!)
            let second = try await store.check(.cin, year: year, today: today, by: worker.id)
            #expect(try await store.counts(runID: second.id).filter { $0.rule == "8610" }.map(\.teamID) == [worker.teamID])
            #expect(try await store.findings(.cin, year: year, rule: "8610", team: worker.teamID).total == 1)
            #expect(try await store.findings(.cin, year: year, rule: "8610", team: 0).total == 0)
            #expect(try await store.findings(.cin, year: year).total == second.errors + second.queries)
            #expect(try await store.runs(.cin, year: year).map(\.id) == [second.id, first.id])
            #expect(try await store.runs(.ssda903, year: year).isEmpty)
        }
    }

    @Test("Returns and data quality pages: downloads in the access log, findings linking to the child, bad years refused naming the field",
          arguments: TestDatabase.available)
    func pages(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            let (open, _) = try await twoReferrals(app)
            var visitor = Visitor(app)
            try await visitor.signIn("analyst")
            let index = try await visitor.send(.GET, "/returns?year=2019-20")
            #expect(index.status == .ok)
            #expect(index.body.string.contains("/returns/cin.xml?year=2019-20"))
            #expect(index.body.string.contains("/returns/ssda903/episodes.csv?year=2019-20"))

            let xml = try await visitor.send(.GET, "/returns/cin.xml?year=2019-20")
            #expect(xml.status == .ok)
            #expect(xml.headers.first(name: .contentDisposition) == "attachment; filename=\"CIN_census_2019-20.xml\"")
            let census = try CINXMLReader.read(Data(xml.body.string.utf8), file: "download.xml").census
            #expect(census.childIdentifiers.rows.map { $0[census.childIdentifiers.column("LAchildID")] } == ["RET0001", "RET0002"])
            let logged = try #require(try await AccessLogEntry.query(on: app.db).filter(\.$action == "export").sort(\.$id, .descending).first())
            #expect(logged.detail == "CIN census 2019-20: 2 children")

            let episodes = try await visitor.send(.GET, "/returns/ssda903/episodes.csv?year=2019-20")
            #expect(episodes.body.string.hasPrefix("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n"))
            #expect(try await visitor.send(.GET, "/returns/ssda903/nope.csv?year=2019-20").status == .notFound)
            let annex = try await visitor.send(.GET, "/returns/annex-a/list_3.csv?as_of=2019-07-01&months=12")
            #expect(annex.body.string.contains("RET0001"))
            #expect(annex.body.string.contains("RET0002"))

            // Nothing checked yet; then checked from the page.
            let before = try await visitor.send(.GET, "/returns/data-quality?return=cin&year=2019-20")
            #expect(before.body.string.contains("have not been checked for 2019-20 yet"))
            let token = try await visitor.csrf("/returns/data-quality?return=cin&year=2019-20")
            let checked = try await visitor.send(.POST, "/returns/data-quality?return=cin&year=2019-20", form: [("_csrf", token)])
            #expect(checked.status == .ok)
            #expect(checked.body.string.contains("Checked 2 children: 1 error and"))
            #expect(checked.body.string.contains("id=\"by-rule\""))
            #expect(checked.body.string.contains("/returns/data-quality/findings?return=cin&amp;year=2019-20&amp;rule=8610"))
            let findings = try await visitor.send(.GET, "/returns/data-quality/findings?return=cin&year=2019-20&rule=8610")
            #expect(findings.body.string.contains("href=\"/children/\(open)\""))
            #expect(findings.body.string.contains("href=\"/children/\(open)/chronology?type=referral\""))

            // The SSDA903 page says which rules need files Harbour does not keep, rather than passing them.
            let token903 = try await visitor.csrf("/returns/data-quality?return=ssda903&year=2019-20")
            let checked903 = try await visitor.send(.POST, "/returns/data-quality?return=ssda903&year=2019-20", form: [("_csrf", token903)])
            #expect(checked903.status == .ok)
            #expect(checked903.body.string.contains("Not checked here: 25 rules (1008, "))
            #expect(checked903.body.string.contains("giving it those files (--postcodes, --providers, --la)"))

            let api = try await visitor.send(.GET, "/api/v1/returns/data-quality?return=cin&year=2019-20")
            let json = try JSONSerialization.jsonObject(with: Data(api.body.string.utf8)) as? [String: Any]
            #expect(json?["children"] as? Int == 2)
            #expect((json?["rules"] as? [[String: Any]])?.contains { $0["rule"] as? String == "8610" && $0["count"] as? Int == 1 } == true)

            let badYear = try await visitor.send(.GET, "/returns/data-quality?return=cin&year=2019-21")
            #expect(badYear.status == .badRequest)
            #expect(badYear.body.string.contains("the second year follows the first, as in 2019-20"))
            let badReturn = try await visitor.send(.GET, "/api/v1/returns/data-quality?return=annex&year=2019-20")
            #expect(badReturn.status == .badRequest)
            #expect(badReturn.body.string.contains("\"field\":\"return\""))
            let badDate = try await visitor.send(.GET, "/returns/annex-a/list_1.csv?as_of=01/07/2019")
            #expect(badDate.status == .badRequest)
            #expect(badDate.body.string.contains("Enter the date the lists are drawn up to as YYYY-MM-DD"))

            // A practitioner sees data quality but may not download a return or run a check.
            var worker = Visitor(app)
            try await worker.signIn("worker")
            #expect(try await worker.send(.GET, "/returns/data-quality?return=cin&year=2019-20").status == .ok)
            #expect(try await worker.send(.GET, "/returns/cin.xml?year=2019-20").status == .forbidden)
        }
    }
}
}
