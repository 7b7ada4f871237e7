import Fluent
import Foundation
import HarbourCore
@testable import HarbourStore
import SQLKit
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
            // The export is in the access log: the figure and the number of rows, no names.
            let logged = try #require(try await AccessLogEntry.query(on: app.db).filter(\.$action == "export").sort(\.$id, .descending).first())
            #expect(logged.username == "analyst")
            #expect(logged.detail == "CP-01 \(period) numerator, Whole council: 1 row")

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

    @Test("An analyst edits a target, benchmarks and the population; mistakes are refused naming the field; practitioners may not",
          arguments: TestDatabase.available)
    func referenceData(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            var visitor = Visitor(app)
            try await visitor.signIn("analyst")
            let page = try await visitor.send(.GET, "/reference-data")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Population estimates"))

            var token = try await visitor.csrf("/reference-data/indicators/CP-01R")
            let wrong = try await visitor.send(.POST, "/reference-data/indicators/CP-01R",
                                               form: [("_csrf", token), ("target", "-4"), ("england_value", "41.6")])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.string.contains("Target must be a number of 0 or more"))
            #expect(wrong.body.string.contains("Enter the year the England benchmark describes"))
            token = try await visitor.csrf("/reference-data/indicators/CP-01R")
            let saved = try await visitor.send(.POST, "/reference-data/indicators/CP-01R", form: [
                ("_csrf", token), ("target", "40"), ("tolerance", "5"),
                ("england_value", "41.6"), ("england_year", "2023-24"), ("england_source", "DfE CIN 2024"),
            ])
            #expect(saved.status == .seeOther)
            let reference = try await IndicatorStore(sql: app.db as! any SQLDatabase).reference(Indicator.named("CP-01R")!)
            #expect(reference == IndicatorReference(target: 40, tolerance: 5, benchmarks: [Benchmark(.england, 41.6, year: "2023-24", source: "DfE CIN 2024")]))

            token = try await visitor.csrf("/reference-data")
            let badYear = try await visitor.send(.POST, "/reference-data/population", form: [("_csrf", token), ("year", "20x4"), ("children", "70500")])
            #expect(badYear.status == .unprocessableEntity)
            #expect(badYear.body.string.contains("There is a problem"))
            token = try await visitor.csrf("/reference-data")
            let population = try await visitor.send(.POST, "/reference-data/population",
                                                    form: [("_csrf", token), ("year", "2031"), ("children", "71,900"), ("source", "ONS mid-2031")])
            #expect(population.status == .ok)
            #expect(population.body.string.contains("Population estimate for mid-2031 saved"))
            #expect(try await IndicatorStore(sql: app.db as! any SQLDatabase).population().estimates[2031] == 71_900)

            var practitioner = Visitor(app)
            try await practitioner.signIn("worker")
            #expect(try await practitioner.send(.GET, "/reference-data").status == .forbidden)
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
