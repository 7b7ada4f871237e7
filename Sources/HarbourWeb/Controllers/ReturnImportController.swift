import Foundation
import HarbourCore
import HarbourReturns
import HarbourStore
import Plot
import Vapor

extension Request {
    var returnUploads: ReturnUploads { ReturnUploads(dataDirectory: application.harbourSettings.dataDirectory) }
}

/// The form an import sends, on the page or to the API, as multipart/form-data: `cin` (one CIN
/// census XML file), `ssda903[]` (SSDA903 CSV files; a single `ssda903` is taken too) and `year`.
struct ReturnImportForm: Decodable {
    var year: String?
    var files = ReturnFiles()

    enum CodingKeys: String, CodingKey { case year, cin, ssda903 }

    init(from decoder: any Decoder) throws {
        let form = try decoder.container(keyedBy: CodingKeys.self)
        year = try? form.decodeIfPresent(String.self, forKey: .year)
        files.cin = (try? form.decodeIfPresent(File.self, forKey: .cin)).flatMap { Self.named($0, or: "CIN census.xml") }
        let many = (try? form.decodeIfPresent([File].self, forKey: .ssda903))
            ?? (try? form.decodeIfPresent(File.self, forKey: .ssda903)).map { [$0] } ?? []
        files.ssda903 = many.enumerated().compactMap { index, file in Self.named(file, or: "SSDA903 file \(index + 1).csv") }
    }

    /// The file as chosen; nil for a file input left empty (it sends a part with no name and no bytes).
    static func named(_ file: File, or fallback: String) -> ReturnFiles.NamedFile? {
        guard !file.filename.isEmpty || file.data.readableBytes > 0 else { return nil }
        // Some browsers send the whole path: keep the name only.
        let name = file.filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        return ReturnFiles.NamedFile(name: name.isEmpty ? fallback : name, bytes: Data(buffer: file.data))
    }

    /// The form from the request's body; a body that is not a multipart form is an error on the file field.
    static func decode(_ req: Request) -> Result<ReturnImportForm, ValidationFailure> {
        guard req.headers.contentType?.type == "multipart", let form = try? req.content.decode(ReturnImportForm.self) else {
            return .failure(ValidationFailure([FieldError("cin", "The files did not arrive as a file upload: choose them again")]))
        }
        return .success(form)
    }
}

/// Importing statutory returns on the web, for analysts and administrators: choose a CIN census
/// and SSDA903 files, see what the import would change (a dry run that writes nothing), then
/// confirm to import them. The files are kept between the two steps (`ReturnUploads`), so they
/// are uploaded once. Each dry run and import is in the access log, with counts only.
enum ReturnImportController {
    static let path = "/returns/import"
    static let confirmPath = "/returns/import/confirm"
    /// Children linked by name on the page after an import; the rest are counted.
    static let childLinks = 1_000
    static let fieldOrder = ["cin", "ssda903", "year"]

    @Sendable static func show(req: Request) async throws -> Response {
        try req.require(.importReturns)
        req.returnUploads.sweep(now: Date())
        return formPage(req, year: try req.collectionYear().description, errors: [])
    }

    static func formPage(_ req: Request, year: String, errors: [FieldError]) -> Response {
        var context = req.pageContext
        context.current = "returns"
        let errors = errors.sorted { (fieldOrder.firstIndex(of: $0.field) ?? 9) < (fieldOrder.firstIndex(of: $1.field) ?? 9) }
        func group(_ field: String, label: String, hint: String, _ control: (_ describedBy: String, _ failed: Bool) -> Body) -> Body {
            let messages = errors.filter { $0.field == field }
            let describedBy = ["\(field)-hint"] + (messages.isEmpty ? [] : ["\(field)-error"])
            return tag("div", ["class": "govuk-form-group" + (messages.isEmpty ? "" : " govuk-form-group--error")], [
                tag("label", ["class": "govuk-label govuk-label--s", "for": field], text(label)),
                tag("div", ["class": "govuk-hint", "id": "\(field)-hint"], text(hint)),
                messages.isEmpty ? .empty : tag("p", ["class": "govuk-error-message", "id": "\(field)-error"],
                    messages.flatMap { [tag("span", ["class": "govuk-visually-hidden"], text("Error:")), text(" " + $0.message + " ")] }),
                control(describedBy.joined(separator: " "), !messages.isEmpty),
            ])
        }
        return Layout.render(title: (errors.isEmpty ? "" : "Error: ") + "Import returns", context: context,
                             status: errors.isEmpty ? .ok : .unprocessableEntity, backLink: ("Statutory returns", ReturnsController.path), [
            Layout.errorSummary(errors),
            heading(1, "Import returns", class: "govuk-heading-l"),
            paragraph("Bring children and their records in from the CIN census and SSDA903 files another case system made. Each child is checked as Harbour checks a worker's entry; a child with any problem is refused whole, and the others are imported."),
            paragraph("You will see what the import would change before anything is written."),
            tag("form", ["method": "post", "action": path, "enctype": "multipart/form-data", "novalidate": "novalidate"], [
                void("input", ["type": "hidden", "name": "_csrf", "value": req.csrfToken]),
                group("cin", label: "CIN census (XML)", hint: "One CIN census XML file, as sent to the DfE") { describedBy, failed in
                    void("input", ["class": "govuk-file-upload" + (failed ? " govuk-file-upload--error" : ""), "id": "cin", "name": "cin",
                                   "type": "file", "accept": ".xml,application/xml,text/xml", "aria-describedby": describedBy])
                },
                group("ssda903", label: "SSDA903 files (CSV)",
                      hint: "Choose all the files at once: Header, Episodes, Reviews and the others. Each is known by its columns, whatever it is called") { describedBy, failed in
                    void("input", ["class": "govuk-file-upload" + (failed ? " govuk-file-upload--error" : ""), "id": "ssda903", "name": "ssda903[]",
                                   "type": "file", "multiple": "multiple", "accept": ".csv,text/csv", "aria-describedby": describedBy])
                },
                group("year", label: "Collection year", hint: "The year the returns are for: 1 April to 31 March, written as 2025-26") { describedBy, failed in
                    void("input", ["class": "govuk-input govuk-input--width-10" + (failed ? " govuk-input--error" : ""), "id": "year", "name": "year",
                                   "type": "text", "spellcheck": "false", "value": year, "aria-describedby": describedBy])
                },
                tag("button", ["type": "submit", "class": "govuk-button"], text("Check the files")),
            ]),
        ])
    }

    /// The chosen files read and their collection year, or the form again naming each problem.
    static func readForm(_ req: Request) -> Result<(files: ReturnFiles, read: ReturnFiles.Read, year: CollectionYear), ValidationFailure> {
        let form: ReturnImportForm
        switch ReturnImportForm.decode(req) {
        case .success(let decoded): form = decoded
        case .failure(let failure): return .failure(failure)
        }
        var errors = [FieldError]()
        var year: CollectionYear?
        let yearText = form.year?.trimmingCharacters(in: .whitespaces) ?? ""
        if yearText.isEmpty {
            errors.append(FieldError("year", "Enter the collection year the returns are for, as 2025-26"))
        } else {
            do { year = try CollectionYear(parsing: yearText) } catch { errors.append(FieldError("year", error.message)) }
        }
        var read: ReturnFiles.Read?
        switch form.files.read() {
        case .success(let result): read = result
        case .failure(let failure): errors += failure.errors
        }
        guard errors.isEmpty, let year, let read else { return .failure(ValidationFailure(errors)) }
        return .success((form.files, read, year))
    }

    /// The dry run: reads the files, keeps them, and shows what the import would change.
    @Sendable static func check(req: Request) async throws -> Response {
        let user = try req.require(.importReturns)
        let uploads = req.returnUploads, now = Date()
        uploads.sweep(now: now)
        let files: ReturnFiles, read: ReturnFiles.Read, year: CollectionYear
        switch readForm(req) {
        case .success(let form):
            files = form.files
            read = form.read
            year = form.year
        case .failure(let failure):
            let yearText = (try? req.content.get(String.self, at: "year")) ?? (try? req.collectionYear().description) ?? ""
            return formPage(req, year: yearText, errors: failure.errors)
        }
        if let earlier = req.session.data[ReturnUploads.sessionKey] { uploads.discard(earlier) }
        let (outcome, notes) = try await ReturnImportStore(database: req.db)
            .importReturns(cin: read.cin, ssda903: read.ssda903, collectionYear: year.end, by: user.id!, dryRun: true)
        try await logImport(req, user: user, outcome: outcome, files: files, year: year)
        var token: String?
        if !outcome.created.isEmpty || !outcome.updated.isEmpty {
            token = try uploads.keep(files, userID: user.id!, collectionYear: year, now: now)
            req.session.data[ReturnUploads.sessionKey] = token
        } else {
            req.session.data[ReturnUploads.sessionKey] = nil
        }
        return resultPage(req, files: files, year: year, report: ReturnImportReport(outcome: outcome, notes: notes, fileProblems: read.problems),
                          token: token, children: [:])
    }

    /// The import itself, from the files the dry run kept.
    @Sendable static func confirm(req: Request) async throws -> Response {
        let user = try req.require(.importReturns)
        let uploads = req.returnUploads, now = Date()
        let token = FormInput(urlEncoded: req.body.string ?? "")["token"]?.first ?? ""
        uploads.sweep(now: now)
        let gone = FieldError("cin", "The files you checked are no longer kept (Harbour keeps them for an hour, until they are imported): choose them again")
        guard !token.isEmpty, token == req.session.data[ReturnUploads.sessionKey],
              let kept = uploads.load(token, userID: user.id!, now: now) else {
            return formPage(req, year: (try? req.collectionYear().description) ?? "", errors: [gone])
        }
        let files = kept.files, year = CollectionYear(end: kept.upload.collectionYear)
        guard case .success(let read) = files.read() else {
            uploads.discard(token)
            return formPage(req, year: year.description, errors: [gone])
        }
        let (outcome, notes) = try await ReturnImportStore(database: req.db)
            .importReturns(cin: read.cin, ssda903: read.ssda903, collectionYear: year.end, by: user.id!, dryRun: false)
        uploads.discard(token)
        req.session.data[ReturnUploads.sessionKey] = nil
        try await logImport(req, user: user, outcome: outcome, files: files, year: year)
        let shown = Array((outcome.created + outcome.updated).prefix(childLinks))
        let children = try await ReturnImportStore(database: req.db).childIDs(laChildIDs: shown)
        return resultPage(req, files: files, year: year, report: ReturnImportReport(outcome: outcome, notes: notes, fileProblems: read.problems),
                          token: nil, children: children)
    }

    /// The access log's line for an import or its dry run: what kind of files, and counts; never a child.
    static func logImport(_ req: Request, user: User, outcome: ReturnImportStore.Outcome, files: ReturnFiles, year: CollectionYear) async throws {
        var kinds = [String]()
        if files.cin != nil { kinds.append("CIN census") }
        if !files.ssda903.isEmpty { kinds.append("\(files.ssda903.count) SSDA903 file\(files.ssda903.count == 1 ? "" : "s")") }
        let records = outcome.written.values.reduce(0, +)
        try await req.store.logAccess(user: user, childID: nil, action: .importReturns, detail:
            "returns import \(year)\(outcome.dryRun ? " dry run" : ""), \(kinds.joined(separator: " and ")): \(outcome.created.count) new, "
            + "\(outcome.updated.count) updated, \(outcome.unchanged.count) unchanged, \(outcome.refused.count) refused, \(records) records written")
        req.logger.notice("Returns import \(year)\(outcome.dryRun ? " (dry run)" : "") by user \(user.id ?? 0): \(outcome.created.count) new, \(outcome.updated.count) updated, \(outcome.refused.count) refused")
    }

    static func plural(_ n: Int, _ one: String, _ many: String) -> String { ReturnsController.plural(n, one, many) }

    /// "fake_CIN_data.xml, line 19", with the element path beneath where there is one.
    static func place(_ location: SourceLocation) -> Body {
        var parts: [Body] = [text(location.file + (location.line.map { ", line \($0)" } ?? ""))]
        if let path = location.path {
            parts += [void("br", [:]), tag("span", ["class": "govuk-body-s"], text(path))]
        }
        return tag("span", [:], parts)
    }

    /// What the import would change (a dry run, with the button to import) or changed.
    static func resultPage(_ req: Request, files: ReturnFiles, year: CollectionYear, report: ReturnImportReport, token: String?,
                           children: [String: Int]) -> Response {
        let outcome = report.outcome
        var context = req.pageContext
        context.current = "returns"
        let title = outcome.dryRun ? "Check what the import would change" : "Returns imported"
        if !outcome.dryRun {
            context.banner = "Imported \(plural(outcome.created.count, "child", "children")) new to Harbour and updated \(plural(outcome.updated.count, "child", "children"))."
                + (outcome.refused.isEmpty ? "" : " \(plural(outcome.refused.count, "child was", "children were")) refused.")
        }
        var content: [Body] = [
            tag("span", ["class": "govuk-caption-l"], text("Import returns, \(year)")),
            heading(1, title, class: "govuk-heading-l"),
        ]
        if outcome.dryRun {
            content.append(tag("div", ["class": "govuk-inset-text"], text(
                "Nothing has been written yet. Harbour made every change child by child, then undid them all: this is what the import would do now.")))
        }
        let verb = outcome.dryRun ? "would be " : ""
        content.append(Layout.summaryList([
            ("Files", text(files.description)),
            ("Collection year", text(year.description)),
            ("Children new to Harbour", text(Charts.format(Double(outcome.created.count), .count))),
            ("Children already in Harbour, \(verb)updated", text(Charts.format(Double(outcome.updated.count), .count))),
            ("Children already in Harbour, unchanged", text(Charts.format(Double(outcome.unchanged.count), .count))),
            ("Children refused", outcome.refused.isEmpty ? text("None")
                : link(Charts.format(Double(outcome.refused.count), .count), "#refused-title")),
        ]))

        let counts = [outcome.written, outcome.kept, outcome.held, outcome.removed]
        let kinds = EventKind.allCases.filter { kind in counts.contains { $0[kind] != nil } }
        content.append(heading(2, "Records", class: "govuk-heading-m"))
        content.append(kinds.isEmpty ? paragraph("No records \(outcome.dryRun ? "would be" : "were") written.")
            : Layout.table(caption: nil, id: "records", headers: ["Record", outcome.dryRun ? "To be written" : "Written",
                                                                   "Kept from an earlier import", "Already in Harbour", "Removed"],
                           rows: kinds.map { kind in
                               [text(kind.spec.title)] + counts.map { text(Charts.format(Double($0[kind] ?? 0), .count)) }
                           }))

        if !outcome.dryRun, !children.isEmpty {
            let shown = (outcome.created + outcome.updated).prefix(childLinks)
            let created = Set(outcome.created)
            content.append(heading(2, "Children imported", class: "govuk-heading-m"))
            content.append(Layout.table(caption: nil, id: "imported", headers: ["LA child ID", "In Harbour"], rows: shown.map { id in
                [children[id].map { link(id, SiteURL.child($0)) } ?? text(id), text(created.contains(id) ? "New" : "Updated")]
            }))
            let more = outcome.created.count + outcome.updated.count - shown.count
            if more > 0 { content.append(paragraph("And \(plural(more, "more child", "more children")): find them by LA child ID.")) }
        }

        if !outcome.refused.isEmpty {
            content.append(tag("h2", ["class": "govuk-heading-m", "id": "refused-title"], text("Children refused (\(Charts.format(Double(outcome.refused.count), .count)))")))
            content.append(paragraph("Nothing of a refused child \(outcome.dryRun ? "would be" : "was") written. Correct the return where it says, then import it again."))
            content.append(Layout.table(caption: nil, id: "refused", headers: ["LA child ID", "Where", "Item", "What is wrong"],
                                        rows: outcome.refused.flatMap { child in
                                            child.problems.map { problem in
                                                [text(child.laChildID), place(problem.location), text(problem.item ?? ""), text(problem.message)]
                                            }
                                        }))
        }
        if !report.fileProblems.isEmpty {
            content.append(heading(2, "Not read (\(Charts.format(Double(report.fileProblems.count), .count)))", class: "govuk-heading-m"))
            content.append(paragraph("Parts of the files Harbour passed over: a row or element it could not read."))
            content.append(Layout.table(caption: nil, id: "not-read", headers: ["Where", "Item", "What is wrong"], rows: report.fileProblems.map { problem in
                [place(problem.location), text(problem.column ?? ""), text(problem.message)]
            }))
        }
        let notes = report.notesOnImported
        if !notes.isEmpty {
            // The same note for many children is one row, with how often and where first.
            var groups = [String: (note: ReturnImportProblem, count: Int)]()
            var order = [String]()
            for note in notes {
                let key = "\(note.item ?? "")\u{1F}\(note.message)"
                if groups[key] == nil { order.append(key); groups[key] = (note, 0) }
                groups[key]!.count += 1
            }
            content.append(heading(2, "Notes (\(Charts.format(Double(notes.count), .count)))", class: "govuk-heading-m"))
            content.append(paragraph("What Harbour reads differently from the returns, or leaves out. Nothing here stops the import."))
            content.append(Layout.table(caption: nil, id: "notes", headers: ["Item", "Note", "How many", "First at"], rows: order.map { key in
                let group = groups[key]!
                return [text(group.note.item ?? ""), text(group.note.message), text(Charts.format(Double(group.count), .count)), place(group.note.location)]
            }))
        }

        if let token {
            content.append(tag("form", ["method": "post", "action": confirmPath], [
                void("input", ["type": "hidden", "name": "_csrf", "value": req.csrfToken]),
                void("input", ["type": "hidden", "name": "token", "value": token]),
                tag("div", ["class": "govuk-button-group"], [
                    tag("button", ["type": "submit", "class": "govuk-button"], text("Confirm import")),
                    link("Choose other files", path),
                ]),
            ]))
        } else if outcome.dryRun {
            content.append(paragraph("There is nothing to import: no child would be added or changed."))
            content.append(tag("p", ["class": "govuk-body"], [link("Choose other files", path)]))
        } else {
            content.append(tag("p", ["class": "govuk-body"], [
                link("Import more returns", path), text(" · "), link("Back to statutory returns", ReturnsController.path),
            ]))
        }
        return Layout.render(title: title, context: context, backLink: ("Import returns", path), content)
    }
}

/// Importing returns through the JSON API: the same files and the same checks as the page, one
/// request; `?dryRun=true` reports what would change and writes nothing. The answer is the
/// report `harbour returns import --format json` prints.
enum ReturnImportAPI {
    @Sendable static func importReturns(req: Request) async throws -> Response {
        let user = try req.require(.importReturns)
        var dryRun = false
        if let text = req.query[String.self, at: "dryRun"] {
            guard let value = ["true": true, "1": true, "false": false, "0": false][text.lowercased()] else {
                throw BadRequest(field: "dryRun", message: "dryRun must be true or false")
            }
            dryRun = value
        }
        let form: ReturnImportForm
        switch ReturnImportForm.decode(req) {
        case .success(let decoded): form = decoded
        case .failure:
            throw BadRequest(field: "cin", message: "Send the files as multipart/form-data: cin (a CIN census XML file) and ssda903[] (SSDA903 CSV files)")
        }
        let year: CollectionYear
        if let text = form.year, !text.isEmpty {
            do { year = try CollectionYear(parsing: text) } catch { throw BadRequest(field: "year", message: error.message) }
        } else {
            year = try req.collectionYear()
        }
        let read: ReturnFiles.Read
        switch form.files.read() {
        case .success(let result): read = result
        case .failure(let failure):
            throw BadRequest(field: failure.errors[0].field, message: failure.errors.map(\.message).joined(separator: "; "))
        }
        let (outcome, notes) = try await ReturnImportStore(database: req.db)
            .importReturns(cin: read.cin, ssda903: read.ssda903, collectionYear: year.end, by: user.id!, dryRun: dryRun)
        try await ReturnImportController.logImport(req, user: user, outcome: outcome, files: form.files, year: year)
        let response = Response(status: .ok, body: .init(string: ReturnImportReport(outcome: outcome, notes: notes, fileProblems: read.problems).json))
        response.headers.contentType = .json
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
