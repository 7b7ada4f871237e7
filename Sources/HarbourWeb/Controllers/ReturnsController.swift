import Fluent
import Foundation
import HarbourCore
import HarbourReturns
import HarbourStore
import Plot
import Vapor

extension Request {
    var dataQuality: DataQualityStore { DataQualityStore(database: db) }
    var returnRecords: ReturnRecords { ReturnRecords(sql: sql) }

    /// The `year` query item as a collection year; without one, the last whole collection
    /// year before today (on 4 December 2026, 2025-26).
    func collectionYear() throws -> CollectionYear {
        guard let text = query[String.self, at: "year"], !text.isEmpty else {
            let today = store.today
            return CollectionYear(end: today.month >= 4 ? today.year : today.year - 1)
        }
        do { return try CollectionYear(parsing: text) } catch { throw BadRequest(field: "year", message: error.message) }
    }

    func returnKind() throws -> DataQualityStore.Return {
        do { return try DataQualityStore.Return(parsing: query[String.self, at: "return"] ?? "cin") } catch {
            throw BadRequest(field: "return", message: error.message)
        }
    }
}

/// The statutory returns for analysts: the CIN census, SSDA903 files and Annex A lists built
/// from the records, to download; and the DfE's validation run on the records, by rule and by
/// team, with the trend over checks, so a manager can see whether recording is getting better.
enum ReturnsController {
    static let path = "/returns"
    static let dataQualityPath = "/returns/data-quality"

    static let queryValue = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))

    static func yearQuery(_ kind: DataQualityStore.Return, _ year: CollectionYear, extra: [(String, String)] = []) -> String {
        "?" + ([("return", kind.rawValue), ("year", year.description)] + extra)
            .map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: queryValue) ?? "")" }.joined(separator: "&")
    }

    // MARK: Downloads

    @Sendable static func index(req: Request) async throws -> Response {
        let user = try req.require(.exportData)
        let year = try req.collectionYear()
        let today = req.store.today
        var context = req.pageContext
        context.current = "returns"
        let y = "?year=\(year.description)"
        let ssda903 = SSDA903CSVWriter.fileNames.map { entry in
            [text(entry.table), link(entry.file, "\(path)/ssda903/\(entry.file)\(y)")]
        }
        let annex = AnnexABuilder.columns.map { list in
            [text(list.list.replacingOccurrences(of: "list_", with: "List ")),
             link("\(list.list).csv", "\(path)/annex-a/\(list.list).csv?as_of=\(today.iso)&months=12")]
        }
        var content: [Body] = [
            heading(1, "Statutory returns", class: "govuk-heading-l"),
            paragraph("Built from the records as they stand now. Each download is written to the access log."),
            tag("form", ["method": "get", "action": path, "class": "harbour-filter"], [
                tag("div", ["class": "govuk-form-group"], [
                    tag("label", ["class": "govuk-label", "for": "year"], text("Collection year")),
                    tag("div", ["class": "govuk-hint", "id": "year-hint"], text("1 April to 31 March, written as 2025-26")),
                    void("input", ["class": "govuk-input govuk-input--width-5", "id": "year", "name": "year", "type": "text",
                                   "value": year.description, "aria-describedby": "year-hint"]),
                ]),
                tag("button", ["type": "submit", "class": "govuk-button govuk-button--secondary"], text("Show")),
            ]),
            heading(2, "CIN census \(year)", class: "govuk-heading-m"),
            paragraph("Every child in need in the year, in the 2025-26 structure (valid against the DfE's CIN schema)."),
            tag("p", ["class": "govuk-body"], [link("Download the CIN census \(year) (XML)", "\(path)/cin.xml\(y)")]),
            heading(2, "SSDA903 \(year)", class: "govuk-heading-m"),
            paragraph("Children looked after in the year: one CSV file a table, with the DfE's headers and dd/mm/yyyy dates."),
            Layout.table(caption: nil, id: "ssda903-files", headers: ["Table", "File"], rows: ssda903),
            heading(2, "Ofsted Annex A", class: "govuk-heading-m"),
            paragraph("Lists 1 to 11 for the 12 months to \(today.long), with Ofsted's column headings."),
            Layout.table(caption: nil, id: "annex-a-lists", headers: ["List", "File"], rows: annex),
            heading(2, "Data quality", class: "govuk-heading-m"),
            tag("p", ["class": "govuk-body"], [
                link("CIN census data quality", dataQualityPath + yearQuery(.cin, year)), text(" · "),
                link("SSDA903 data quality", dataQualityPath + yearQuery(.ssda903, year)),
            ]),
        ]
        if user.role.may(.importReturns) {
            content += [
                heading(2, "Import returns", class: "govuk-heading-m"),
                paragraph("Bring children and their records in from the CIN census and SSDA903 files another case system made. You see what would change before anything is written."),
                tag("p", ["class": "govuk-body"], [link("Import a CIN census or SSDA903 files", ReturnImportController.path + y)]),
            ]
        }
        return Layout.render(title: "Statutory returns", context: context, content)
    }

    static func download(_ body: String, name: String, type: HTTPMediaType) -> Response {
        let response = Response(status: .ok, body: .init(string: body))
        response.headers.contentType = type
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    @Sendable static func cinCensus(req: Request) async throws -> Response {
        let user = try req.require(.exportData)
        let year = try req.collectionYear()
        let name = "CIN_census_\(year).xml"
        let census = try await req.returnRecords.cinCensus(year, localAuthority: ReturnRecords.localAuthority, file: name)
        try await req.store.logAccess(user: user, childID: nil, action: .export,
                                      detail: "CIN census \(year): \(census.childIdentifiers.rows.count) children")
        return download(CINXMLWriter.write(census).text, name: name, type: HTTPMediaType(type: "application", subType: "xml"))
    }

    @Sendable static func ssda903File(req: Request) async throws -> Response {
        let user = try req.require(.exportData)
        let year = try req.collectionYear()
        let file = req.parameters.get("file") ?? ""
        guard let entry = SSDA903CSVWriter.fileNames.first(where: { $0.file == file }) else {
            throw Abort(.notFound, reason: "There is no SSDA903 file \"\(file)\": the files are \(SSDA903CSVWriter.fileNames.map(\.file).joined(separator: ", "))")
        }
        let tables = try await req.returnRecords.ssda903(year, withLastYear: false).current
        let text = SSDA903CSVWriter.write(tables).first { $0.name == entry.file }!.text
        try await req.store.logAccess(user: user, childID: nil, action: .export,
                                      detail: "SSDA903 \(year) \(entry.table): \(tables[entry.table]!.rows.count) rows")
        return download(text, name: "\(year)_\(entry.file)", type: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"]))
    }

    @Sendable static func annexAList(req: Request) async throws -> Response {
        let user = try req.require(.exportData)
        let list = (req.parameters.get("list") ?? "").replacingOccurrences(of: ".csv", with: "")
        guard AnnexABuilder.columns.contains(where: { $0.list == list }) else {
            throw Abort(.notFound, reason: "There is no Annex A list \"\(list)\": the lists are list_1 to list_11")
        }
        let day: Day
        if let text = req.query[String.self, at: "as_of"], !text.isEmpty {
            guard let parsed = Day(iso: text) else { throw BadRequest(field: "as_of", message: "Enter the date the lists are drawn up to as YYYY-MM-DD") }
            guard parsed <= req.store.today else { throw BadRequest(field: "as_of", message: "The date the lists are drawn up to must be today or in the past") }
            day = parsed
        } else {
            day = req.store.today
        }
        let months = req.query[String.self, at: "months"].map { Int($0) } ?? 12
        guard let months, (1...36).contains(months) else { throw BadRequest(field: "months", message: "Months must be a whole number from 1 to 36") }
        let lists = try await req.returnRecords.annexA(asOf: day, months: months)
        let table = lists.first { $0.name == list }!
        try await req.store.logAccess(user: user, childID: nil, action: .export,
                                      detail: "Annex A \(list) as at \(day.iso), \(months) months: \(table.rows.count) rows")
        return download(ReturnCSV.text(table), name: "annex_a_\(list)_\(day.iso).csv",
                        type: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"]))
    }

    // MARK: Data quality

    @Sendable static func dataQuality(req: Request) async throws -> Response {
        try req.require(.viewTeams)
        return try await dataQualityPage(req, kind: try req.returnKind(), year: try req.collectionYear(), banner: nil)
    }

    @Sendable static func check(req: Request) async throws -> Response {
        let user = try req.require(.exportData)
        let kind = try req.returnKind(), year = try req.collectionYear()
        let run = try await req.dataQuality.check(kind, year: year, today: req.store.today, by: user.id)
        req.logger.notice("Data quality check of the \(kind.rawValue) \(year) by user \(user.id ?? 0): \(run.errors) errors, \(run.queries) queries")
        return try await dataQualityPage(req, kind: kind, year: year,
                                         banner: "Checked \(run.children) \(run.children == 1 ? "child" : "children"): \(plural(run.errors, "error")) and \(plural(run.queries, "query", "queries")).")
    }

    static func plural(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(Charts.format(Double(n), .count)) \(n == 1 ? one : many ?? one + "s")"
    }

    static func teamNames(on db: any Database) async throws -> [Int: String] {
        Dictionary(uniqueKeysWithValues: try await Team.query(on: db).all().compactMap { t in t.id.map { ($0, t.name) } })
    }

    static func dataQualityPage(_ req: Request, kind: DataQualityStore.Return, year: CollectionYear, banner: String?) async throws -> Response {
        let user = try req.requireUser()
        let runs = try await req.dataQuality.runs(kind, year: year, limit: 24)
        let byYear = try await req.dataQuality.runs(kind, limit: 500)
        let teams = try await teamNames(on: req.db)
        var context = req.pageContext
        context.current = "returns"
        context.banner = banner
        var content: [Body] = [
            heading(1, "\(kind.title) data quality, \(year)", class: "govuk-heading-l"),
            paragraph("The DfE's validation rules for 2026-27, run on Harbour's records as they would be returned. Errors stop a return; queries must be explained to the DfE."),
            tag("p", ["class": "govuk-body"], DataQualityStore.Return.allCases.flatMap { other -> [Body] in
                other == kind ? [tag("strong", [:], text(other.title)), text(" ")] : [link(other.title, dataQualityPath + yearQuery(other, year)), text(" ")]
            }),
        ]
        if user.role.may(.exportData) {
            content.append(tag("form", ["method": "post", "action": dataQualityPath + yearQuery(kind, year)], [
                void("input", ["type": "hidden", "name": "_csrf", "value": req.csrfToken]),
                tag("button", ["type": "submit", "class": "govuk-button"], text("Check the records now")),
            ]))
        }
        guard let latest = runs.first else {
            content.append(paragraph("The records have not been checked for \(year) yet."))
            return Layout.render(title: "\(kind.title) data quality", context: context, backLink: ("Statutory returns", path), content)
        }
        let counts = try await req.dataQuality.counts(runID: latest.id)
        content.append(Layout.summaryList([
            ("Checked", text(LondonTime.format(latest.checkedAt))),
            ("Children in the return", text(Charts.format(Double(latest.children), .count))),
            ("Errors", link(Charts.format(Double(latest.errors), .count), "\(dataQualityPath)/findings" + yearQuery(kind, year))),
            ("Queries", text(Charts.format(Double(latest.queries), .count))),
        ]))

        // Trend: the checks of this year, oldest first; and the latest check of each year.
        let checks = runs.reversed().map { (shortMoment($0.checkedAt), $0) }
        content.append(Charts.trend(id: "errors-trend", title: "Errors found at each check of the \(year) return",
                                    description: "Errors by check, oldest first: fewer is better.",
                                    points: checks.map { Charts.ChartPoint(label: $0.0, value: Double($0.1.errors)) }, unit: .count))
        var latestByYear = [Int: DataQualityStore.Run]()
        for run in byYear where latestByYear[run.collectionYear] == nil { latestByYear[run.collectionYear] = run }
        if latestByYear.count > 1 {
            content.append(Charts.bars(id: "errors-by-year", title: "Errors in each collection year, at its latest check",
                                       description: "Errors by collection year.",
                                       bars: latestByYear.keys.sorted().map { Charts.ChartPoint(label: CollectionYear(end: $0).description,
                                                                                             value: Double(latestByYear[$0]!.errors)) },
                                       unit: .count))
        }

        // By rule.
        var rules = [String: (DataQualityStore.Count, Int)]()
        for c in counts { rules[c.rule, default: (c, 0)].1 += c.count }
        let ruleRows = rules.values.sorted { ($0.0.severity.rawValue, -$0.1, $0.0.rule) < ($1.0.severity.rawValue, -$1.1, $1.0.rule) }
        content.append(heading(2, "By rule", class: "govuk-heading-m"))
        content.append(ruleRows.isEmpty ? paragraph("No rule found anything to fix.")
            : Layout.table(caption: nil, id: "by-rule", headers: ["Rule", "Severity", "What is wrong", "Found"], rows: ruleRows.map { c, n in
                [text(c.rule), severityTag(c.severity), text(c.message),
                 link(Charts.format(Double(n), .count), "\(dataQualityPath)/findings" + yearQuery(kind, year, extra: [("rule", c.rule)]))]
            }))

        // The rules that need files Harbour does not keep are said, not silently passed.
        if kind == .ssda903 {
            let left = SSDA903Rules.all.filter { !$0.needs.isEmpty }
            let needs = Set(left.flatMap(\.needs)).sorted()
            let names = needs.map(\.name)
            content.append(paragraph(
                "Not checked here: \(left.count) rules (\(left.map(\.code).joined(separator: ", "))) read " +
                    "\(names.dropLast().joined(separator: ", ")) or \(names.last ?? ""), which Harbour does not keep. " +
                    "Check the downloaded SSDA903 files with harbour returns validate, giving it those files (\(needs.map(\.flag).joined(separator: ", "))).",
                class: "govuk-body govuk-hint"))
        }

        // By team.
        var byTeam = [Int: (errors: Int, queries: Int)]()
        for c in counts {
            let key = c.teamID ?? 0
            if c.severity == .error { byTeam[key, default: (0, 0)].errors += c.count } else { byTeam[key, default: (0, 0)].queries += c.count }
        }
        content.append(heading(2, "By team", class: "govuk-heading-m"))
        content.append(paragraph("Each finding is put to the team of the worker holding the child's case today.", class: "govuk-body govuk-hint"))
        content.append(byTeam.isEmpty ? paragraph("Nothing to fix in any team.")
            : Layout.table(caption: nil, id: "by-team", headers: ["Team", "Errors", "Queries", ""], rows: byTeam.keys.sorted {
                (teams[$0] ?? "~") < (teams[$1] ?? "~")
            }.map { key in
                let name = teams[key] ?? "No case-holding worker"
                return [text(name), text(Charts.format(Double(byTeam[key]!.errors), .count)), text(Charts.format(Double(byTeam[key]!.queries), .count)),
                        tag("a", ["class": "govuk-link", "href": "\(dataQualityPath)/findings" + yearQuery(kind, year, extra: [("team", String(key))])], [
                            text("List them"), tag("span", ["class": "govuk-visually-hidden"], text(" for \(name)")),
                        ])]
            }))

        content.append(heading(2, "Checks of the \(year) return", class: "govuk-heading-m"))
        content.append(Layout.table(caption: nil, id: "checks", headers: ["Checked", "Children", "Errors", "Queries", "Took"], rows: runs.map { r in
            [text(LondonTime.format(r.checkedAt)), text(Charts.format(Double(r.children), .count)), text(Charts.format(Double(r.errors), .count)),
             text(Charts.format(Double(r.queries), .count)), text(String(format: "%.1f s", r.seconds))]
        }))
        return Layout.render(title: "\(kind.title) data quality", context: context, backLink: ("Statutory returns", path), content)
    }

    /// "4 Dec 20:09": short enough to label a chart's axis.
    static func shortMoment(_ date: Date) -> String {
        let p = LondonTime.parts(of: date)
        return "\(p.day.day) \(Day.monthNames[p.day.month - 1].prefix(3)) \(p.hour < 10 ? "0" : "")\(p.hour):\(p.minute < 10 ? "0" : "")\(p.minute)"
    }

    static func severityTag(_ severity: Severity) -> Body {
        tag("strong", ["class": severity == .error ? "govuk-tag govuk-tag--red" : "govuk-tag govuk-tag--yellow"],
            text(severity == .error ? "Error" : "Query"))
    }

    static func findingsFilter(_ req: Request) throws -> (rule: String?, team: Int?, page: Int) {
        let rule = req.query[String.self, at: "rule"].flatMap { $0.isEmpty ? nil : $0 }
        var team: Int?
        if let text = req.query[String.self, at: "team"], !text.isEmpty {
            guard let id = Int(text), id >= 0 else { throw BadRequest(field: "team", message: "There is no team \"\(text)\"") }
            team = id
        }
        let page = max(1, req.query[Int.self, at: "page"] ?? 1)
        return (rule, team, page)
    }

    @Sendable static func findings(req: Request) async throws -> Response {
        let user = try req.require(.viewTeams)
        let kind = try req.returnKind(), year = try req.collectionYear()
        let (rule, team, page) = try findingsFilter(req)
        let perPage = 100
        let list = try await req.dataQuality.findings(kind, year: year, rule: rule, team: team, limit: perPage, offset: (page - 1) * perPage)
        let teams = try await teamNames(on: req.db)
        try await req.store.logAccess(user: user, childID: nil, action: .search,
                                      detail: "data quality findings \(kind.rawValue) \(year)\(rule.map { " rule \($0)" } ?? "")\(team.map { " team \($0)" } ?? ""), page \(page)")
        var context = req.pageContext
        context.current = "returns"
        var scope = [String]()
        if let rule { scope.append("rule \(rule)") }
        if let team { scope.append(team == 0 ? "no case-holding worker" : "\(teams[team] ?? "team \(team)")") }
        let rows: [[Body]] = list.findings.map { f in
            let kindOfRecord = ReturnTableRecords.kind(of: f.table, cinCensus: kind == .cin)
            let child: Body = f.childID.map { id in link(f.laChildID, SiteURL.child(id)) } ?? text(f.laChildID.isEmpty ? "The whole return" : f.laChildID)
            let fix: Body = f.childID.map { id in
                kindOfRecord.map { k in link("\(k.spec.title) records", SiteURL.chronology(id, kind: k)) } ?? link("Child's details", SiteURL.editChild(id))
            } ?? text("")
            return [text(f.rule), severityTag(f.severity), child, text(f.fields.joined(separator: ", ")), text(f.message), fix]
        }
        let pages = max(1, (list.total + perPage - 1) / perPage)
        let base = "\(dataQualityPath)/findings" + yearQuery(kind, year, extra: (rule.map { [("rule", $0)] } ?? []) + (team.map { [("team", String($0))] } ?? []))
        return Layout.render(title: "\(kind.title) findings", context: context, backLink: ("\(kind.title) data quality", dataQualityPath + yearQuery(kind, year)), [
            heading(1, "\(kind.title) \(year): what to fix" + (scope.isEmpty ? "" : " (\(scope.joined(separator: ", ")))"), class: "govuk-heading-l"),
            paragraph("\(Charts.format(Double(list.total), .count)) findings at the latest check. Each names the child by LA child ID and the items to correct."),
            rows.isEmpty ? paragraph("Nothing to fix.")
                : Layout.table(caption: nil, id: "findings", headers: ["Rule", "Severity", "Child", "Items", "What is wrong", "Correct it"], rows: rows),
            Layout.pagination(page: page, pages: pages, label: "Findings pages", url: { "\(base)&page=\($0)" }),
        ])
    }
}

/// Data quality in the JSON API: the latest check of a return and its counts, and its findings.
enum DataQualityAPI {
    struct RunJSON: Content {
        let `return`: String
        let year: String
        let checkedAt: Date?
        let children: Int
        let errors: Int
        let queries: Int
        let rules: [RuleJSON]
    }

    struct RuleJSON: Content {
        let rule: String
        let severity: String
        let message: String
        let count: Int
        let byTeam: [String: Int]
    }

    struct FindingsJSON: Content {
        let `return`: String
        let year: String
        let total: Int
        let page: Int
        let findings: [FindingJSON]
    }

    struct FindingJSON: Content {
        let rule: String
        let severity: String
        let message: String
        let laChildID: String
        let childID: Int?
        let teamID: Int?
        let table: String
        let fields: [String]
        let location: String
    }

    @Sendable static func latest(req: Request) async throws -> RunJSON {
        try req.require(.viewTeams)
        let kind = try req.returnKind(), year = try req.collectionYear()
        guard let run = try await req.dataQuality.runs(kind, year: year, limit: 1).first else {
            return RunJSON(return: kind.rawValue, year: year.description, checkedAt: nil, children: 0, errors: 0, queries: 0, rules: [])
        }
        var rules = [String: RuleJSON]()
        for c in try await req.dataQuality.counts(runID: run.id) {
            let old = rules[c.rule]
            var byTeam = old?.byTeam ?? [:]
            byTeam[c.teamID.map(String.init) ?? "none"] = c.count
            rules[c.rule] = RuleJSON(rule: c.rule, severity: c.severity.rawValue, message: c.message, count: (old?.count ?? 0) + c.count, byTeam: byTeam)
        }
        return RunJSON(return: kind.rawValue, year: year.description, checkedAt: run.checkedAt, children: run.children, errors: run.errors,
                       queries: run.queries, rules: rules.keys.sorted().map { rules[$0]! })
    }

    @Sendable static func findings(req: Request) async throws -> FindingsJSON {
        let user = try req.require(.viewTeams)
        let kind = try req.returnKind(), year = try req.collectionYear()
        let (rule, team, page) = try ReturnsController.findingsFilter(req)
        let perPage = min(1_000, max(1, req.query[Int.self, at: "per_page"] ?? 100))
        let list = try await req.dataQuality.findings(kind, year: year, rule: rule, team: team, limit: perPage, offset: (page - 1) * perPage)
        try await req.store.logAccess(user: user, childID: nil, action: .apiList, detail: "data quality findings \(kind.rawValue) \(year), page \(page)")
        return FindingsJSON(return: kind.rawValue, year: year.description, total: list.total, page: page, findings: list.findings.map { f in
            FindingJSON(rule: f.rule, severity: f.severity.rawValue, message: f.message, laChildID: f.laChildID, childID: f.childID,
                        teamID: f.teamID, table: f.table, fields: f.fields, location: f.location)
        })
    }
}
