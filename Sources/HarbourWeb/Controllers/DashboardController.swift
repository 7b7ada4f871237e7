import Fluent
import Foundation
import HarbourCore
import HarbourStore
import Vapor

extension Request {
    var indicators: IndicatorStore { IndicatorStore(sql: sql) }

    /// The period asked for (`?period=2014-03`), or the last whole month before today.
    func reportingPeriod(_ key: String = "period") throws -> ReportingPeriod {
        guard let text = query[String.self, at: key], !text.isEmpty else {
            let lastMonth = store.today.adding(months: -1)
            return .month(year: lastMonth.year, month: lastMonth.month)
        }
        do { return try ReportingPeriod(parsing: text) } catch { throw BadRequest(field: key, message: error.description) }
    }

    /// The indicator named in the path, or a 404 naming it.
    func indicator() throws -> Indicator {
        let id = parameters.get("indicator") ?? ""
        guard let indicator = Indicator.named(id) else {
            throw Abort(.notFound, reason: "There is no indicator \"\(id)\": see the dashboard for the list")
        }
        return indicator
    }

    /// What a dashboard, report or API request counts: the period, the team asked for
    /// (`?team=2`, nil for the whole council) with its workers, and today.
    func figureScope() async throws -> FigureScope {
        let period = try reportingPeriod()
        guard let text = query[String.self, at: "team"], !text.isEmpty else {
            return FigureScope(period: period, team: nil, workers: nil, today: store.today)
        }
        guard let id = Int(text), let team = try await Team.find(id, on: db) else {
            throw BadRequest(field: "team", message: "There is no team \"\(text)\"")
        }
        let workers = try await User.query(on: db).filter(\.$teamID == id).all().compactMap(\.id)
        return FigureScope(period: period, team: team, workers: workers, today: store.today)
    }

    /// The figures for a scope: every indicator, or those given.
    func results(_ scope: FigureScope, indicators: [Indicator] = Indicator.catalogue) async throws -> [IndicatorResult] {
        try await self.indicators.results(period: scope.period, today: scope.today, workers: scope.workers, indicators: indicators)
    }
}

struct FigureScope {
    let period: ReportingPeriod
    let team: Team?
    let workers: [Int]?
    let today: Day

    var teamID: Int? { team?.id }
    var name: String { team.map { "\($0.name) team" } ?? "Whole council" }
}

/// The performance dashboard: every indicator by stage of the journey, each figure linked to
/// the children behind it.
enum DashboardController {
    static func unit(_ indicator: Indicator) -> Charts.ChartUnit {
        switch indicator.statistic {
        case .percent: .percent
        case .ratePer10k, .perWorker: .rate
        case .mean: .days
        case .count, .numeratorCount, .children, .breakdown: .count
        }
    }

    static func format(_ value: Double?, _ indicator: Indicator) -> String {
        guard value != nil else { return "No data" }
        let text = Charts.format(value, unit(indicator))
        return indicator.statistic == .ratePer10k ? "\(text) per 10,000" : text
    }

    static func ragTag(_ rag: RAG) -> Body {
        let colour = switch rag {
        case .green: "govuk-tag--green"
        case .amber: "govuk-tag--yellow"
        case .red: "govuk-tag--red"
        case .none: "govuk-tag--grey"
        }
        return tag("strong", ["class": "govuk-tag \(colour)"], text(rag.label))
    }

    static func query(period: ReportingPeriod, team: Int?, extra: [(String, String)] = []) -> String {
        var parts = [("period", period.description)]
        if let team { parts.append(("team", String(team))) }
        parts += extra
        return "?" + parts.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
    }

    static func england(_ reference: IndicatorReference) -> Benchmark? {
        reference.benchmarks.first { $0.comparator == .england }
    }

    @Sendable static func dashboard(req: Request) async throws -> Response {
        let user = try req.require(.viewTeams)
        let scope = try await req.figureScope()
        let (period, today) = (scope.period, scope.today)
        let results = try await req.results(scope)
        let teams = try await Team.query(on: req.db).sort(\.$name).all()
        var context = req.pageContext
        context.current = "dashboard"
        var content: [Body] = [
            heading(1, "Performance dashboard", class: "govuk-heading-l"),
            paragraph("\(period.title), for \(scope). Counts of events are for the period; counts of children are as at \(min(period.lastDay, today).long). Each figure links to the children behind it."),
            filterForm(period: period, team: scope.teamID, teams: teams),
            tag("p", ["class": "govuk-body"], [link("Board report for this period", "/reports/performance" + query(period: period, team: scope.teamID))]
                + (user.role.may(.editReferenceData) ? [text(" · "), link("Population, targets and benchmarks", ReferenceDataController.path)] : [])),
        ]
        for area in IndicatorArea.allCases {
            let rows = results.filter { $0.indicator.area == area }
            guard !rows.isEmpty else { continue }
            content.append(Layout.table(caption: area.title, id: "area-\(area.rawValue)",
                                        headers: ["Indicator", "Value", "RAG", "Since \(period.earlier(by: 1).title)", "Target", "England"],
                                        rows: rows.map { r in row(r, period: period, team: scope.teamID) }))
        }
        return Layout.render(title: "Performance dashboard", context: context, content)
    }

    static func row(_ r: IndicatorResult, period: ReportingPeriod, team: Int?) -> [Body] {
        let i = r.indicator
        let href = "/dashboard/\(i.id)" + query(period: period, team: team)
        let valueLink = r.current.value == nil ? text("No data")
            : link(format(r.current.value, i), "/dashboard/\(i.id)/children" + query(period: period, team: team), class: "govuk-link harbour-figure")
        return [
            tag("span", [:], [link(i.title, href), tag("span", ["class": "govuk-body-s harbour-indicator-id"], text(" \(i.id)"))]),
            valueLink,
            ragTag(r.rag),
            text("\(r.direction.label) (\(format(r.previous.value, i)))"),
            text(r.reference.target.map { format($0, i) } ?? "–"),
            text(england(r.reference).map { "\(format($0.value, i)) (\($0.year))" } ?? "–"),
        ]
    }

    static func filterForm(period: ReportingPeriod, team: Int?, teams: [Team], action: String = "/dashboard") -> Body {
        tag("form", ["method": "get", "action": action, "class": "harbour-filter"], [
            tag("div", ["class": "govuk-form-group"], [
                tag("label", ["class": "govuk-label", "for": "period"], text("Period")),
                tag("div", ["class": "govuk-hint", "id": "period-hint"], text("A month (2014-03), a financial year (2013/14), a quarter (2013/14-Q4) or 12 months to a month (12m-2014-03)")),
                void("input", ["class": "govuk-input govuk-input--width-10", "id": "period", "name": "period", "type": "text",
                               "value": period.description, "aria-describedby": "period-hint"]),
            ]),
            tag("div", ["class": "govuk-form-group"], [
                tag("label", ["class": "govuk-label", "for": "team"], text("Team")),
                tag("select", ["class": "govuk-select", "id": "team", "name": "team"],
                    [tag("option", ["value": ""], text("Whole council"))] + teams.map { t in
                        tag("option", ["value": String(t.id!), "selected": t.id == team ? "selected" : nil], text(t.name))
                    }),
            ]),
            tag("button", ["type": "submit", "class": "govuk-button govuk-button--secondary"], text("Show")),
        ])
    }

    /// A breakdown's categories as bars, in the code set's order.
    static func categoryBars(_ r: IndicatorResult, id: String) -> Body {
        let categories = r.indicator.categories.isEmpty
            ? r.current.categories.keys.sorted().map { CodeList.Entry(code: $0, label: $0) } : r.indicator.categories
        return Charts.bars(id: id, title: "\(r.indicator.title) by category, \(r.period.title)", description: "How many in each category.",
                           bars: categories.compactMap { c in
                               r.current.categories[c.code].map { Charts.ChartPoint(label: c.label, value: Double($0)) }
                           }, unit: .count)
    }

    @Sendable static func indicator(req: Request) async throws -> Response {
        let user = try req.require(.viewTeams)
        let indicator = try req.indicator()
        let scope = try await req.figureScope()
        let period = scope.period
        guard let r = try await req.results(scope, indicators: [indicator]).first else { throw Abort(.notFound) }
        let commentary = try await req.indicators.commentary(month: period.endMonth.description)[indicator.id]
        var context = req.pageContext
        context.current = "dashboard"
        let teamID = scope.teamID
        func listLink(_ label: String, _ part: IndicatorStore.Part) -> Body {
            link(label, "/dashboard/\(indicator.id)/children" + query(period: period, team: teamID, extra: [("part", part.rawValue)]))
        }
        var figures: [(String, Body)] = [
            ("Value, \(period.title)", tag("span", [:], [text(format(r.current.value, indicator) + " "), ragTag(r.rag)])),
            ("Numerator", tag("span", [:], [text("\(r.current.numerator) "), listLink("List them", .numerator)])),
        ]
        if let d = r.current.denominator {
            figures.append(("Denominator", tag("span", [:], [text("\(d) "), indicator.statistic == .perWorker ? .empty : listLink("List them", .denominator)])))
        }
        figures.append(("\(period.earlier(by: 1).title)", text("\(format(r.previous.value, indicator)) – \(r.direction.label.lowercased())")))
        if let population = r.population {
            figures.append(("Population used", text("\(Charts.format(Double(population.children), .count)) children aged 0 to 17 (mid-\(population.year) estimate)")))
        }
        let definition: [(String, Body)] = [
            ("Definition", text(indicator.definition)),
            ("Numerator", text(indicator.numerator)),
            ("Denominator", text(indicator.denominator ?? "None: a count")),
            ("Unit", text(indicator.statistic.unit)),
            ("Which way is better", text(indicator.polarity.label)),
            ("Target", text(r.reference.target.map { "\(format($0, indicator)), amber within \(format(r.reference.tolerance ?? 0, indicator))" } ?? "None set")),
            ("Benchmarks", text(r.reference.benchmarks.isEmpty ? "None held" : r.reference.benchmarks.map { "\($0.comparator.label) \(format($0.value, indicator)) (\($0.year), \($0.source))" }.joined(separator: "; "))),
            ("Source", text(indicator.source)),
            ("Confidence", text(indicator.confidence.label)),
        ] + (indicator.note.map { [("Note", text($0))] } ?? [])
        let trend = Charts.trend(id: "trend-\(indicator.id)", title: "\(indicator.title): 12-month trend",
                                 description: "\(indicator.title) for each of the 12 months to \(period.lastDay.long)\(r.reference.target.map { ", against a target of \(format($0, indicator))" } ?? "").",
                                 points: r.trend.map { Charts.ChartPoint(label: $0.range.label, value: $0.figure.value) }, unit: unit(indicator),
                                 target: r.reference.target)
        var content: [Body] = [
            tag("span", ["class": "govuk-caption-l"], text("\(indicator.area.title) · \(indicator.id)")),
            heading(1, indicator.title, class: "govuk-heading-l"),
            paragraph("\(period.title), \(scope.name.lowercased())"),
            Layout.summaryList(figures),
            trend,
        ]
        if !r.current.categories.isEmpty {
            let categories = indicator.categories.isEmpty ? r.current.categories.keys.sorted().map { CodeList.Entry(code: $0, label: $0) } : indicator.categories
            content.append(categoryBars(r, id: "categories-\(indicator.id)"))
            content.append(Layout.table(caption: "By category", id: "categories", headers: ["Category", "Number", ""],
                                        rows: categories.compactMap { c in
                guard let n = r.current.categories[c.code] else { return nil }
                return [text(c.label), text(String(n)),
                        link("List them", "/dashboard/\(indicator.id)/children" + query(period: period, team: teamID, extra: [("part", "denominator"), ("category", c.code)]))]
            }))
        } else if !r.reference.benchmarks.isEmpty, r.current.value != nil {
            let bars: [Charts.ChartPoint] = [Charts.ChartPoint(label: scope.team?.name ?? "This council", value: r.current.value)]
                + r.reference.benchmarks.map { Charts.ChartPoint(label: "\($0.comparator.label) \($0.year)", value: $0.value) }
            content.append(Charts.bars(id: "benchmarks-\(indicator.id)", title: "\(indicator.title) against benchmarks",
                                       description: "This council's figure for \(period.title) beside the published benchmarks.",
                                       bars: bars, unit: unit(indicator)))
        }
        content.append(heading(2, "Definition", class: "govuk-heading-m"))
        content.append(Layout.summaryList(definition))
        if user.role.may(.editReferenceData) {
            content.append(tag("p", ["class": "govuk-body"], [link("Change the target and benchmarks", "\(ReferenceDataController.path)/indicators/\(indicator.id)")]))
        }
        content.append(heading(2, "Commentary for \(Day.monthNames[period.lastDay.month - 1]) \(period.lastDay.year)", class: "govuk-heading-m"))
        content.append(commentary.map { paragraph($0.text) } ?? paragraph("No commentary yet.", class: "govuk-body govuk-hint"))
        if user.role.may(.exportData) {
            content.append(tag("form", ["method": "post", "action": "/dashboard/\(indicator.id)/commentary" + query(period: period, team: teamID)], [
                void("input", ["type": "hidden", "name": "_csrf", "value": context.csrf]),
                tag("div", ["class": "govuk-form-group"], [
                    tag("label", ["class": "govuk-label", "for": "commentary"], text("Your commentary for the board report")),
                    tag("textarea", ["class": "govuk-textarea", "id": "commentary", "name": "commentary", "rows": "4"], text(commentary?.text ?? "")),
                ]),
                tag("button", ["type": "submit", "class": "govuk-button"], text("Save commentary")),
            ]))
        }
        return Layout.render(title: indicator.title, context: context, backLink: ("Back to the dashboard", "/dashboard" + query(period: period, team: teamID)), content)
    }

    struct CommentaryForm: Content {
        var commentary: String?
    }

    @Sendable static func saveCommentary(req: Request) async throws -> Response {
        let user = try req.require(.exportData)
        let indicator = try req.indicator()
        let period = try req.reportingPeriod()
        let form = try req.content.decode(CommentaryForm.self)
        try await req.indicators.saveCommentary(form.commentary ?? "", indicator: indicator, month: period.endMonth.description, by: user.id!)
        let team = req.query[String.self, at: "team"].flatMap(Int.init)
        return req.redirect(to: "/dashboard/\(indicator.id)" + query(period: period, team: team))
    }

    static let childrenPerPage = 100

    /// The facts behind a figure, with a request's filters.
    static func members(req: Request, limit: Int?, offset: Int) async throws
        -> (indicator: Indicator, scope: FigureScope, part: IndicatorStore.Part, category: String?, members: [IndicatorStore.Member], total: Int) {
        let indicator = try req.indicator()
        let scope = try await req.figureScope()
        let partText = req.query[String.self, at: "part"] ?? "numerator"
        guard let part = IndicatorStore.Part(rawValue: partText) else {
            throw BadRequest(field: "part", message: "part must be numerator or denominator")
        }
        let category = req.query[String.self, at: "category"].flatMap { $0.isEmpty ? nil : $0 }
        let list = try await req.indicators.members(of: indicator, range: scope.period.range, today: scope.today, part: part,
                                                    category: category, workers: scope.workers, limit: limit, offset: offset)
        return (indicator, scope, part, category, list.members, list.total)
    }

    /// What an export of the children behind a figure held, for the access log: the figure and
    /// how many rows, never the children's names.
    static func exportDetail(_ list: (indicator: Indicator, scope: FigureScope, part: IndicatorStore.Part, category: String?,
                                      members: [IndicatorStore.Member], total: Int)) -> String {
        var detail = "\(list.indicator.id) \(list.scope.period.description) \(list.part.rawValue)"
        if let category = list.category { detail += " category \(category)" }
        detail += ", \(list.scope.name): \(list.members.count) \(list.members.count == 1 ? "row" : "rows")"
        return detail
    }

    static func workerNames(_ members: [IndicatorStore.Member], on db: any Database) async throws -> [Int: String] {
        let ids = Array(Set(members.compactMap(\.fact.workerID)))
        guard !ids.isEmpty else { return [:] }
        return Dictionary(uniqueKeysWithValues: try await User.query(on: db).filter(\.$id ~~ ids).all().map { ($0.id!, $0.displayName) })
    }

    @Sendable static func children(req: Request) async throws -> Response {
        try req.require(.viewTeams)
        let page = max(1, req.query[Int.self, at: "page"] ?? 1)
        let list = try await members(req: req, limit: childrenPerPage, offset: (page - 1) * childrenPerPage)
        let i = list.indicator
        let names = try await workerNames(list.members, on: req.db)
        let pages = max(1, (list.total + childrenPerPage - 1) / childrenPerPage)
        let partLabel = list.part == .numerator ? i.numerator : (i.denominator ?? i.numerator)
        let period = list.scope.period
        let teamID = list.scope.teamID
        var extra = [("part", list.part.rawValue)]
        if let c = list.category { extra.append(("category", c)) }
        let here = "/dashboard/\(i.id)/children" + query(period: period, team: teamID, extra: extra)
        var context = req.pageContext
        context.current = "dashboard"
        let dateHeader = i.window == .asAt ? "From" : "Date"
        let content: [Body] = [
            tag("span", ["class": "govuk-caption-l"], text("\(i.title) · \(period.title)\(list.scope.team.map { " · \($0.name)" } ?? "")")),
            heading(1, "\(list.total) behind the figure", class: "govuk-heading-l"),
            paragraph(partLabel + (list.category.map { ", category \(i.categoryLabel($0))" } ?? "") + "."),
            tag("p", ["class": "govuk-body"], [link("Download as CSV", here.replacingOccurrences(of: "/children?", with: "/children.csv?"))]),
            Layout.table(caption: nil, id: "indicator-children",
                         headers: ["Child", "LA child ID", dateHeader, "Ended", "Counted in numerator", "Value", "Category", "Worker"],
                         rows: list.members.map { m in
                let f = m.fact
                return [link(m.name, SiteURL.child(m.childID), class: "govuk-link child-link"), text(m.laChildID), text(f.on.long),
                        text(f.until.map(\.long) ?? (i.window == .asAt ? "Still open" : "")), text(f.inNumerator ? "Yes" : "No"),
                        text(f.value.map { Charts.format($0, .count) } ?? ""), text(f.category.map(i.categoryLabel) ?? ""),
                        text(f.workerID.flatMap { names[$0] } ?? "Not allocated")]
            }),
            Layout.pagination(page: page, pages: pages, label: "Pages of children") { n in here + "&page=\(n)" },
        ]
        return Layout.render(title: "\(i.title): children", context: context,
                             backLink: ("Back to \(i.title.lowercased())", "/dashboard/\(i.id)" + query(period: period, team: teamID)), content)
    }

    static func csvField(_ s: String) -> String {
        // Quoted, and a leading formula character neutralised, so a spreadsheet shows text.
        var v = s
        if let first = v.first, "=+-@".contains(first) { v = "'" + v }
        return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    @Sendable static func childrenCSV(req: Request) async throws -> Response {
        let user = try req.require(.exportData)
        let list = try await members(req: req, limit: nil, offset: 0)
        let names = try await workerNames(list.members, on: req.db)
        try await req.store.logAccess(user: user, childID: nil, action: .export, detail: exportDetail(list))
        var csv = "indicator,period,part,la_child_id,name,date,ended,in_numerator,value,category,worker\r\n"
        for m in list.members {
            let f = m.fact
            csv += [list.indicator.id, list.scope.period.description, list.part.rawValue, m.laChildID, m.name, f.on.iso,
                    f.until?.iso ?? "", f.inNumerator ? "Y" : "N", f.value.map { String($0) } ?? "",
                    f.category ?? "", f.workerID.flatMap { names[$0] } ?? ""].map(csvField).joined(separator: ",") + "\r\n"
        }
        let response = Response(status: .ok, body: .init(string: csv))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(list.indicator.id)-\(list.scope.period.description.replacingOccurrences(of: "/", with: "-"))-\(list.part.rawValue).csv\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}

extension DashboardController {
    @Sendable static func report(req: Request) async throws -> Response {
        try req.require(.viewTeams)
        let scope = try await req.figureScope()
        let html = try await PerformanceReport.make(req.indicators, period: scope.period, today: scope.today, workers: scope.workers,
                                                    scope: scope.name)
        let response = Response(status: .ok, body: .init(string: html))
        response.headers.contentType = .html
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}

/// Indicator values, trends and drill-downs as JSON.
enum IndicatorAPI {
    struct FigureJSON: Content {
        let value: Double?
        let numerator: Int
        let denominator: Int?
        let categories: [String: Int]?
        init(_ f: Figure) {
            value = f.value.map { ($0 * 10).rounded() / 10 }
            numerator = f.numerator
            denominator = f.denominator
            categories = f.categories.isEmpty ? nil : f.categories
        }
    }

    struct TrendPoint: Content {
        let label: String
        let from: String
        let to: String
        let figure: FigureJSON
    }

    struct ResultJSON: Content {
        let id: String
        let area: String
        let title: String
        let definition: String
        let numerator: String
        let denominator: String?
        let unit: String
        let polarity: String
        let period: String
        let current: FigureJSON
        let previous: FigureJSON
        let rag: String
        let direction: String
        let target: Double?
        let tolerance: Double?
        let benchmarks: [Benchmark]
        let trend: [TrendPoint]
        let children: String

        init(_ r: IndicatorResult, team: Int?) {
            let i = r.indicator
            id = i.id; area = i.area.rawValue; title = i.title; definition = i.definition; numerator = i.numerator
            denominator = i.denominator; unit = i.statistic.unit; polarity = i.polarity.rawValue; period = r.period.description
            current = FigureJSON(r.current); previous = FigureJSON(r.previous); rag = r.rag.rawValue; direction = r.direction.rawValue
            target = r.reference.target; tolerance = r.reference.tolerance; benchmarks = r.reference.benchmarks
            trend = r.trend.map { TrendPoint(label: $0.range.label, from: $0.range.first.iso, to: $0.range.last.iso, figure: FigureJSON($0.figure)) }
            children = "/api/v1/indicators/\(i.id)/children" + DashboardController.query(period: r.period, team: team)
        }
    }

    @Sendable static func all(req: Request) async throws -> [ResultJSON] {
        try req.require(.viewTeams)
        let scope = try await req.figureScope()
        return try await req.results(scope).map { ResultJSON($0, team: scope.teamID) }
    }

    @Sendable static func one(req: Request) async throws -> ResultJSON {
        try req.require(.viewTeams)
        let indicator = try req.indicator()
        let scope = try await req.figureScope()
        return ResultJSON(try await req.results(scope, indicators: [indicator])[0], team: scope.teamID)
    }

    struct MemberJSON: Content {
        let childID: Int
        let laChildID: String
        let date: String
        let ended: String?
        let inNumerator: Bool
        let value: Double?
        let category: String?
        let workerID: Int?
        let record: String?
    }

    struct MembersJSON: Content {
        let indicator: String
        let period: String
        let part: String
        let total: Int
        let page: Int
        let perPage: Int
        let children: [MemberJSON]
    }

    @Sendable static func children(req: Request) async throws -> MembersJSON {
        let user = try req.require(.viewTeams)
        let page = max(1, req.query[Int.self, at: "page"] ?? 1)
        let perPage = min(1_000, max(1, req.query[Int.self, at: "per_page"] ?? 100))
        let list = try await DashboardController.members(req: req, limit: perPage, offset: (page - 1) * perPage)
        try await req.store.logAccess(user: user, childID: nil, action: .apiList,
                                      detail: DashboardController.exportDetail(list) + ", page \(page)")
        return MembersJSON(indicator: list.indicator.id, period: list.scope.period.description, part: list.part.rawValue, total: list.total,
                           page: page, perPage: perPage, children: list.members.map { m in
            let f = m.fact
            return MemberJSON(childID: m.childID, laChildID: m.laChildID, date: f.on.iso, ended: f.until?.iso, inNumerator: f.inNumerator,
                              value: f.value, category: f.category, workerID: f.workerID,
                              record: "/api/v1/records/\(f.sourceKind.rawValue)/\(f.sourceID)")
        })
    }
}
