import HarbourCore

/// Where a field's value was read from: the return's item and its row or element.
struct ImportSource: Sendable, Hashable {
    let item: String?
    let location: SourceLocation
}

/// One record as read from a return, before Harbour's checks: its fields in the form the API
/// takes (`RecordSpec.read(json:)`), where each came from, and what could not be read.
struct ImportDraft: Sendable {
    /// nil for the child's own record.
    let kind: EventKind?
    let child: String
    var location: SourceLocation
    var json: [String: JSONValue] = [:]
    var sources: [String: ImportSource] = [:]
    /// Fields whose item could not be read (already reported), so Harbour's "enter the …"
    /// for them is not reported again.
    var failed: Set<String> = []
    var issues: [ReturnImportProblem] = []

    init(_ kind: EventKind?, child: String, at location: SourceLocation) {
        self.kind = kind
        self.child = child
        self.location = location
    }

    var spec: RecordSpec { kind?.spec ?? .child }

    /// Reads a return item into a field, by the field's kind: dates in either of the returns'
    /// forms, 0/1 (or true/false) for yes/no, whole numbers, codes and text as written. A
    /// blank item leaves the field unrecorded.
    mutating func take(_ field: String, _ row: ReturnRow, _ column: ReturnTable.Column) {
        let raw = String(row[column].trimmingSpaces)
        sources[field] = ImportSource(item: column.name, location: row.location)
        guard !raw.isEmpty else { return }
        guard let kind = spec.field(field)?.kind else { preconditionFailure("\(spec.id) has no field \(field)") }
        switch kind {
        case .day:
            guard let day = ReturnDate.parse(raw) else {
                return refuse(field, row.location, column.name, "\"\(raw)\" is not a real date")
            }
            json[field] = .string(day.iso)
        case .yesNo:
            switch raw.lowercased() {
            case "1": json[field] = .bool(true)
            case "0": json[field] = .bool(false)
            case "true", "false":
                json[field] = .bool(raw.lowercased() == "true")
                note(row.location, column.name, "Written as true or false; the census takes 1 or 0. Read as yes or no")
            default:
                refuse(field, row.location, column.name, "\"\(raw)\" is not 1 (yes) or 0 (no)")
            }
        case .integer:
            guard let number = Int(raw) else {
                return refuse(field, row.location, column.name, "\"\(raw)\" is not a whole number")
            }
            json[field] = .number(Double(number))
        case .codes:
            json[field] = .array([.string(raw)])
        default:
            json[field] = .string(raw)
        }
    }

    /// Sets a field to a value worked out from the return, naming the item it rests on.
    mutating func set(_ field: String, _ value: JSONValue, item: String?, at location: SourceLocation) {
        json[field] = value
        sources[field] = ImportSource(item: item, location: location)
    }

    mutating func remove(_ field: String) {
        json[field] = nil
        sources[field] = nil
    }

    /// A day field's value, once read.
    func day(_ field: String) -> Day? {
        if case .string(let text)? = json[field] { return Day(iso: text) }
        return nil
    }

    func text(_ field: String) -> String? {
        if case .string(let text)? = json[field] { return text }
        return nil
    }

    mutating func refuse(_ field: String?, _ location: SourceLocation, _ item: String?, _ message: String) {
        if let field { failed.insert(field) }
        issues.append(ReturnImportProblem(child: child, location: location, item: item, message: message, refuses: true))
    }

    mutating func note(_ location: SourceLocation, _ item: String?, _ message: String) {
        issues.append(ReturnImportProblem(child: child, location: location, item: item, message: message, refuses: false))
    }

    /// Harbour's errors about this record, each at the item its field was read from.
    func problems(_ errors: [FieldError], child: String) -> [ReturnImportProblem] {
        errors.compactMap { error in
            let field = String(error.field.split(separator: "-").first ?? "")
            if failed.contains(field) { return nil }
            let source = sources[field]
            return ReturnImportProblem(child: child, location: source?.location ?? location, item: source?.item,
                                       message: error.message, refuses: true)
        }
    }
}

/// Everything read about one child from one or both returns.
struct ImportChildDraft: Sendable {
    let id: String
    var child: ImportDraft
    /// Whether a return gave the child's identifiers (CIN ChildIdentifiers, SSDA903 Header).
    var hasIdentity = false
    var records: [ImportDraft] = []
    var issues: [ReturnImportProblem] = []
    let firstLocation: SourceLocation

    init(id: String, at location: SourceLocation) {
        self.id = id
        child = ImportDraft(nil, child: id, at: location)
        child.json["la_child_id"] = .string(id)
        firstLocation = location
    }

    /// Adds a record; one the child already has, field for field, is not added twice.
    mutating func add(_ record: ImportDraft) {
        guard !records.contains(where: { $0.kind == record.kind && $0.json == record.json }) else { return }
        records.append(record)
    }

    mutating func note(_ location: SourceLocation, _ item: String?, _ message: String) {
        issues.append(ReturnImportProblem(child: id, location: location, item: item, message: message, refuses: false))
    }

    mutating func refuse(_ location: SourceLocation, _ item: String?, _ message: String) {
        issues.append(refusal(location, item, message))
    }

    func refusal(_ location: SourceLocation, _ item: String?, _ message: String) -> ReturnImportProblem {
        ReturnImportProblem(child: id, location: location, item: item, message: message, refuses: true)
    }

    /// Everything found while reading, in the order found.
    var problems: [ReturnImportProblem] { issues + child.issues + records.flatMap(\.issues) }

    /// Takes in what the other return says about the same child. The child's identifiers must
    /// agree: where both give an item and they differ, the child is refused (except a sex of U,
    /// which gives way to M or F).
    mutating func merge(_ other: ImportChildDraft) {
        for field in other.child.json.keys.sorted() {
            let theirs = other.child.json[field]!
            guard let mine = child.json[field] else {
                child.json[field] = theirs
                child.sources[field] = other.child.sources[field]
                continue
            }
            if mine == theirs { continue }
            if field == "sex", theirs == .string(Sex.unknown.rawValue) { continue }
            if field == "sex", mine == .string(Sex.unknown.rawValue) {
                child.json[field] = theirs
                child.sources[field] = other.child.sources[field]
                continue
            }
            let source = other.child.sources[field]
            let label = child.spec.field(field)?.label ?? field
            child.issues.append(refusal(source?.location ?? other.firstLocation, source?.item,
                                        "\(label) is \(Self.show(theirs)) here but \(Self.show(mine)) in \(child.sources[field]?.location.file ?? "the other return")"))
        }
        child.failed.formUnion(other.child.failed)
        child.issues += other.child.issues
        hasIdentity = hasIdentity || other.hasIdentity
        for record in other.records { add(record) }
        issues += other.issues
    }

    /// Settles items that Harbour takes only one of: a UPN makes the reason it is not known
    /// redundant.
    mutating func finish() {
        if child.json["upn"] != nil, let unknown = child.sources["upn_unknown"], child.json["upn_unknown"] != nil {
            child.remove("upn_unknown")
            note(unknown.location, unknown.item, "A UPN is given, so the reason it is not known is left out")
        }
    }

    static func show(_ value: JSONValue) -> String {
        switch value {
        case .string(let s): "\"\(s)\""
        case .bool(let b): b ? "yes" : "no"
        case .number(let n): String(Int(n))
        case .array(let items): items.map(show).joined(separator: ", ")
        default: "\(value)"
        }
    }
}
