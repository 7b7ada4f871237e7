import Fluent
import Foundation
import HarbourCore
@testable import HarbourStore
import Testing
import Vapor
import VaporTesting

extension AppTests {
@Suite("Dashboard, board report and indicator API")
struct DashboardTests {
    @Test("The dashboard, an indicator, its children, CSV and the board report; bad periods and unknown indicators are refused with the reason",
          arguments: TestDatabase.available)
    func pages(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            var visitor = Visitor(app)
            try await visitor.signIn("analyst")
            let dashboard = try await visitor.send(.GET, "/dashboard")
            #expect(dashboard.status == .ok)
            for area in IndicatorArea.allCases { #expect(dashboard.body.string.contains("id=\"area-\(area.rawValue)\"")) }
            #expect(dashboard.body.string.contains("Children on child protection plans"))

            // The sample council's one plan: the figure, and the child behind it.
            let month = LondonTime.day(of: Date())
            let period = "\(month.iso.prefix(7))"
            let plan = try await visitor.send(.GET, "/dashboard/CP-01?period=\(period)")
            #expect(plan.status == .ok)
            #expect(plan.body.string.contains("<svg"))
            let children = try await visitor.send(.GET, "/dashboard/CP-01/children?period=\(period)")
            #expect(children.body.string.contains("1 behind the figure"))
            #expect(children.body.string.contains("DEMO0001"))
            let csv = try await visitor.send(.GET, "/dashboard/CP-01/children.csv?period=\(period)")
            #expect(csv.headers.contentType?.subType == "csv")
            let lines = csv.body.string.split(separator: "\r\n")
            #expect(lines.first == "indicator,period,part,la_child_id,name,date,ended,in_numerator,value,category,worker")
            #expect(lines.count == 2)
            #expect(lines[1].hasPrefix("\"CP-01\",\"\(period)\",\"numerator\",\"DEMO0001\",\"Jordan Brookfield\""))

            // A zero denominator is "No data", never 0% or NaN.
            let empty = try await visitor.send(.GET, "/dashboard/ADO-02?period=2001-01")
            #expect(empty.body.string.contains("No data"))
            #expect(!empty.body.string.contains("NaN"))

            let bad = try await visitor.send(.GET, "/dashboard?period=2014-13")
            #expect(bad.status == .badRequest)
            #expect(bad.body.string.contains("months run from 01 to 12"))
            let unknown = try await visitor.send(.GET, "/dashboard/NOPE-01")
            #expect(unknown.status == .notFound)
            #expect(unknown.body.string.contains("There is no indicator"))

            // Commentary saved for the month shows on the board report.
            let token = try await visitor.csrf("/dashboard/CP-01?period=\(period)")
            let saved = try await visitor.send(.POST, "/dashboard/CP-01/commentary?period=\(period)",
                                               form: [("_csrf", token), ("commentary", "Plans fell after the Q3 audit <checked>.")])
            #expect(saved.status == .seeOther)
            let report = try await visitor.send(.GET, "/reports/performance?period=\(period)")
            #expect(report.status == .ok)
            #expect(report.body.string.contains("Plans fell after the Q3 audit &lt;checked&gt;."))
            #expect(report.body.string.contains("Indicators that got worse"))
        }
    }

    @Test("The API gives values, trends and the children behind them; a bad period is a 400 problem, an unknown indicator a 404",
          arguments: TestDatabase.available)
    func api(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            var client = Visitor(app)
            let auth: HTTPHeaders = ["Authorization": "Bearer \(try await apiToken(app, for: "manager"))"]
            let period = String(LondonTime.day(of: Date()).iso.prefix(7))
            let one = try await client.send(.GET, "/api/v1/indicators/cp-01?period=\(period)", headers: auth)
            #expect(one.status == .ok)
            let json = try JSONSerialization.jsonObject(with: Data(one.body.string.utf8)) as? [String: Any]
            #expect(json?["id"] as? String == "CP-01")
            #expect((json?["current"] as? [String: Any])?["value"] as? Double == 1)
            #expect((json?["trend"] as? [Any])?.count == 12)
            let children = try await client.send(.GET, "/api/v1/indicators/CP-01/children?period=\(period)", headers: auth)
            #expect(children.body.string.contains("\"total\":1"))
            let all = try await client.send(.GET, "/api/v1/indicators?period=\(period)", headers: auth)
            #expect(((try JSONSerialization.jsonObject(with: Data(all.body.string.utf8))) as? [Any])?.count == Indicator.catalogue.count)
            let bad = try await client.send(.GET, "/api/v1/indicators/CP-01?period=2014/16", headers: auth)
            #expect(bad.status == .badRequest)
            #expect(bad.headers.first(name: .contentType) == "application/problem+json")
            #expect(bad.body.string.contains("a financial year runs into the next year"))
            let unknown = try await client.send(.GET, "/api/v1/indicators/NOPE", headers: auth)
            #expect(unknown.status == .notFound)
        }
    }
}
}
