import HarbourCore
import Vapor

/// Every route, grouped by page.
func routes(_ app: Application) {
    app.get("health") { _ in "ok" }
    app.get("css", "harbour.css") { _ -> Response in
        let response = Response(status: .ok, body: .init(string: Stylesheet.css))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return response
    }

    let csrf = app.grouped(CSRFCheck())
    csrf.get("sign-in", use: SignInController.show)
    csrf.post("sign-in", use: SignInController.signIn)

    let pages = csrf.grouped(RequireSignIn())
    pages.post("sign-out", use: SignInController.signOut)
    pages.get { req in req.redirect(to: SiteURL.children) }

    // Children and their records
    pages.get("children", use: ChildrenController.search)
    pages.get("children", "new", use: ChildrenController.newChild)
    pages.post("children", use: ChildrenController.create)
    pages.get("children", ":child", use: ChildrenController.show)
    pages.get("children", ":child", "edit", use: ChildrenController.edit)
    pages.post("children", ":child", "edit", use: ChildrenController.update)
    pages.get("children", ":child", "chronology", use: ChronologyController.show)
    pages.get("children", ":child", "record", ":kind", use: RecordsController.new)
    pages.post("children", ":child", "record", ":kind", use: RecordsController.create)
    pages.get("children", ":child", "records", ":kind", ":record", use: RecordsController.edit)
    pages.post("children", ":child", "records", ":kind", ":record", use: RecordsController.update)

    // Work lists and timescales
    pages.get("my-work", use: WorkController.myWork)
    pages.get("service", use: WorkController.service)
    pages.get("timescales", use: WorkController.rules)
    pages.get("timescales", ":rule", use: WorkController.rule)

    // Performance
    pages.get("dashboard", use: DashboardController.dashboard)
    pages.get("dashboard", ":indicator", use: DashboardController.indicator)
    pages.post("dashboard", ":indicator", "commentary", use: DashboardController.saveCommentary)
    pages.get("dashboard", ":indicator", "children", use: DashboardController.children)
    pages.get("dashboard", ":indicator", "children.csv", use: DashboardController.childrenCSV)
    pages.get("reference-data", use: ReferenceDataController.index)
    pages.post("reference-data", "population", use: ReferenceDataController.savePopulation)
    pages.get("reference-data", "indicators", ":indicator", use: ReferenceDataController.indicator)
    pages.post("reference-data", "indicators", ":indicator", use: ReferenceDataController.saveIndicator)
    pages.get("reports", "performance", use: DashboardController.report)

    // Statutory returns and data quality
    pages.get("returns", use: ReturnsController.index)
    pages.get("returns", "cin.xml", use: ReturnsController.cinCensus)
    pages.get("returns", "ssda903", ":file", use: ReturnsController.ssda903File)
    pages.get("returns", "annex-a", ":list", use: ReturnsController.annexAList)
    pages.get("returns", "data-quality", use: ReturnsController.dataQuality)
    pages.post("returns", "data-quality", use: ReturnsController.check)
    pages.get("returns", "data-quality", "findings", use: ReturnsController.findings)
    pages.get("returns", "import", use: ReturnImportController.show)
    pages.post("returns", "import", "confirm", use: ReturnImportController.confirm)
    // The upload is read whole before the CSRF check, which needs its _csrf field; only here
    // may a body be as big as the returns files.
    app.grouped(RequireSignIn())
        .grouped(CollectUpload(maxBytes: ReturnUploads.maxBytes, field: "cin",
                               tooBig: "The files are bigger than \(ReturnUploads.maxBytes / 1024 / 1024) MB together: import the CIN census and the SSDA903 files separately"))
        .grouped(CSRFCheck())
        .on(.POST, "returns", "import", body: .collect(maxSize: .init(stringLiteral: ReturnUploads.maxSize)), use: ReturnImportController.check)

    // Teams and workers
    pages.get("teams", use: TeamsController.index)
    pages.get("teams", ":team", use: TeamsController.show)
    pages.post("teams", ":team", "supervision", use: WorkController.recordSupervision)
    pages.get("workers", ":worker", use: TeamsController.worker)

    // Administration
    pages.get("admin", "users", use: AdminController.users)
    pages.post("admin", "users", use: AdminController.addUser)
    pages.get("admin", "access-log", use: AdminController.accessLog)
    pages.get("admin", "settings", use: WorkController.settings)
    pages.post("admin", "settings", use: WorkController.saveSettings)

    // JSON API
    let api = csrf.grouped("api", "v1").grouped(RequireSignIn())
    api.get("openapi.json", use: APIController.openAPI)
    api.get("me", use: APIController.me)
    api.get("record-kinds", use: APIController.recordKinds)
    api.get("children", use: APIController.searchChildren)
    api.post("children", use: APIController.createChild)
    api.get("children", ":child", use: APIController.showChild)
    api.put("children", ":child", use: APIController.updateChild)
    api.get("children", ":child", "records", use: APIController.childRecords)
    api.post("children", ":child", "records", ":kind", use: APIController.createRecord)
    api.get("records", ":kind", use: APIController.listRecords)
    api.get("records", ":kind", ":record", use: APIController.showRecord)
    api.get("work", use: WorkAPI.myWork)
    api.get("children", ":child", "due", use: WorkAPI.childDue)
    api.get("timescales", "rules", use: WorkAPI.rules)
    api.get("timescales", "due", use: WorkAPI.due)
    api.get("calendar", "add-working-days", use: WorkAPI.addWorkingDays)
    api.put("records", ":kind", ":record", use: APIController.updateRecord)
    api.get("indicators", use: IndicatorAPI.all)
    api.get("indicators", ":indicator", use: IndicatorAPI.one)
    api.get("indicators", ":indicator", "children", use: IndicatorAPI.children)
    api.get("returns", "cin", use: ReturnsController.cinCensus)
    api.get("returns", "ssda903", ":file", use: ReturnsController.ssda903File)
    api.get("returns", "annex-a", ":list", use: ReturnsController.annexAList)
    api.get("returns", "data-quality", use: DataQualityAPI.latest)
    api.get("returns", "data-quality", "findings", use: DataQualityAPI.findings)
    api.on(.POST, "returns", "import", body: .collect(maxSize: .init(stringLiteral: ReturnUploads.maxSize)), use: ReturnImportAPI.importReturns)
}
