import Foundation

/// The description of one kind of record in a child's journey: its fields, which of them
/// dates it in the chronology, and the checks that need only the record itself.
public struct RecordSpec: Sendable {
    /// URL and API name, kebab-case (`strategy-discussion`).
    public let id: String
    /// Singular title in sentence case ("Strategy discussion").
    public let title: String
    /// The store's table.
    public let table: String
    public let fields: [FieldSpec]
    /// The field that places the record in the chronology, if it has a date.
    public let dateField: String?
    /// The field that ends it, for records that last (plans, episodes, periods of care).
    public let endField: String?
    /// Fields shown after the title in the chronology.
    public let summaryFields: [String]
    /// Records that may be dated before the child's birth (work with unborn children).
    public let allowedBeforeBirth: Bool
    /// Day fields that may be in the future (an expected date of birth).
    public let futureAllowed: Set<String>
    /// Checks across this record's own fields, run after each field has been read.
    public let checks: [@Sendable (FieldValues) -> FieldError?]
    /// Where the statutory or DfE definition of this record comes from.
    public let source: String

    public init(id: String, title: String, table: String, fields: [FieldSpec], dateField: String?,
                endField: String? = nil, summaryFields: [String] = [], allowedBeforeBirth: Bool = false,
                futureAllowed: Set<String> = [], source: String,
                checks: [@Sendable (FieldValues) -> FieldError?] = []) {
        self.id = id
        self.title = title
        self.table = table
        self.fields = fields
        self.dateField = dateField
        self.endField = endField
        self.summaryFields = summaryFields
        self.allowedBeforeBirth = allowedBeforeBirth
        self.futureAllowed = futureAllowed
        self.source = source
        self.checks = checks
    }

    public func field(_ name: String) -> FieldSpec? { fields.first { $0.name == name } }

    /// "End date must be the same as or after …" for the usual start/end pair.
    public static func endNotBeforeStart(_ start: String, _ end: String, startLabel: String, endLabel: String)
        -> @Sendable (FieldValues) -> FieldError? {
        { values in
            guard let s = values[start]?.day, let e = values[end]?.day, e < s else { return nil }
            return FieldError(end, "\(endLabel) must be the same as or after \(startLabel.lowercased()) (\(s.long))")
        }
    }

    /// Field `dependent` may only be given when `flag` is yes (e.g. seen alone needs seen).
    public static func onlyWhenYes(_ dependent: String, _ flag: String, message: String)
        -> @Sendable (FieldValues) -> FieldError? {
        { values in
            guard values[dependent] != nil, values[flag]?.bool != true else { return nil }
            return FieldError(dependent, message)
        }
    }
}

// MARK: - Reading input

/// What a person typed: form fields by name, each with one or more values (checkboxes repeat).
public typealias FormInput = [String: [String]]

/// A JSON value as the API receives it.
public enum JSONValue: Sendable, Hashable, Codable {
    case string(String), number(Double), bool(Bool), array([JSONValue]), object([String: JSONValue]), null

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .string(let s): try c.encode(s)
        case .number(let n): if n == n.rounded(), abs(n) < 1e15 { try c.encode(Int(n)) } else { try c.encode(n) }
        case .bool(let b): try c.encode(b)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        case .null: try c.encodeNil()
        }
    }
}

extension RecordSpec {
    /// Reads and checks a submitted form. Either every field is good, or the errors name each
    /// field that is not, in form order.
    public func read(form: FormInput, today: Day) -> Result<FieldValues, ValidationFailure> {
        var values = FieldValues()
        var errors = [FieldError]()
        for field in fields {
            switch field.readForm(form) {
            case .success(let v?): values[field.name] = v
            case .success(nil): if field.required { errors.append(FieldError(field.formAnchor, field.missingMessage)) }
            case .failure(let e): errors.append(e)
            }
        }
        return finish(values, errors, today: today)
    }

    /// Reads and checks a JSON object from the API. Unknown keys are refused so that a typo
    /// is not silently dropped.
    public func read(json: [String: JSONValue], today: Day) -> Result<FieldValues, ValidationFailure> {
        var values = FieldValues()
        var errors = [FieldError]()
        let known = Set(fields.map(\.name))
        for key in json.keys.sorted() where !known.contains(key) && !RecordSpec.systemKeys.contains(key) {
            errors.append(FieldError(key, "\(key) is not a field of \(title.lowercased()) records"))
        }
        for field in fields {
            switch field.readJSON(json[field.name] ?? .null) {
            case .success(let v?): values[field.name] = v
            case .success(nil): if field.required { errors.append(FieldError(field.name, field.missingMessage)) }
            case .failure(let e): errors.append(e)
            }
        }
        return finish(values, errors, today: today)
    }

    /// Keys the API sends back with a record that a client may echo in an update.
    static let systemKeys: Set<String> = ["id", "child_id", "kind", "created_at", "updated_at", "created_by", "updated_by"]

    private func finish(_ values: FieldValues, _ fieldErrors: [FieldError], today: Day)
        -> Result<FieldValues, ValidationFailure> {
        var errors = fieldErrors
        for field in fields where field.kind == .day && !futureAllowed.contains(field.name) {
            if let d = values[field.name]?.day, d > today {
                errors.append(FieldError(field.name, "\(field.label) must be today or in the past"))
            }
        }
        if errors.isEmpty {
            errors += checks.compactMap { $0(values) }
        }
        return errors.isEmpty ? .success(values) : .failure(ValidationFailure(errors))
    }
}

extension FieldSpec {
    /// The element an error summary links to: the first input of the field.
    public var formAnchor: String {
        switch kind {
        case .day, .instant: "\(name)-day"
        case .yesNo: "\(name)-yes"
        case .codes(let list): "\(name)-\(list.entries.first?.code ?? "")"
        default: name
        }
    }

    func readForm(_ form: FormInput) -> Result<FieldValue?, FieldError> {
        func one(_ key: String) -> String {
            (form[key]?.first ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        switch kind {
        case .day:
            return readDayParts(one("\(name)-day"), one("\(name)-month"), one("\(name)-year")).map { $0.map(FieldValue.day) }
        case .instant:
            let time = one("\(name)-time")
            switch readDayParts(one("\(name)-day"), one("\(name)-month"), one("\(name)-year")) {
            case .failure(let e): return .failure(e)
            case .success(nil):
                return time.isEmpty ? .success(nil) : .failure(FieldError(formAnchor, "\(label) must include a date as well as a time"))
            case .success(let day?):
                let hm = time.split(separator: ":")
                guard hm.count == 2, let h = Int(hm[0]), let m = Int(hm[1]), (0...23).contains(h), (0...59).contains(m),
                      let date = LondonTime.instant(day: day, hour: h, minute: m) else {
                    return .failure(FieldError("\(name)-time", "\(label) must include a time in 24-hour form, like 14:30"))
                }
                return .success(.instant(date))
            }
        case .codes(let list):
            let chosen = (form[name] ?? []).filter { !$0.isEmpty }
            if chosen.isEmpty { return .success(nil) }
            return checkCodes(chosen, list)
        default:
            return readText(one(name))
        }
    }

    func readJSON(_ value: JSONValue) -> Result<FieldValue?, FieldError> {
        switch (kind, value) {
        case (_, .null): return .success(nil)
        case (.day, .string(let s)):
            guard let d = Day(iso: s) else {
                return .failure(FieldError(name, "\(label) must be a real date written as YYYY-MM-DD"))
            }
            return .success(.day(d))
        case (.instant, .string(let s)):
            guard let d = ISOInstant.parse(s) else {
                return .failure(FieldError(name, "\(label) must be a date and time in ISO 8601, like 2025-03-03T14:30:00Z"))
            }
            return .success(.instant(d))
        case (.codes(let list), .array(let items)):
            var codes = [String]()
            for item in items {
                guard case .string(let s) = item else {
                    return .failure(FieldError(name, "\(label) must be a list of codes"))
                }
                codes.append(s)
            }
            return codes.isEmpty ? .success(nil) : checkCodes(codes, list)
        case (.yesNo, .bool(let b)): return .success(.bool(b))
        case (.integer, .number(let n)):
            guard n == n.rounded() else { return .failure(FieldError(name, "\(label) must be a whole number")) }
            return readText(String(Int(n)))
        case (.worker, .number(let n)): return readText(String(Int(n)))
        case (.code, .string(let s)), (.text, .string(let s)), (.worker, .string(let s)):
            return readText(s.trimmingCharacters(in: .whitespacesAndNewlines))
        default:
            return .failure(FieldError(name, "\(label) must be \(jsonShape)"))
        }
    }

    var jsonShape: String {
        switch kind {
        case .day: "a date written as YYYY-MM-DD"
        case .instant: "a date and time in ISO 8601"
        case .code: "a code, as a string"
        case .codes: "a list of codes"
        case .yesNo: "true or false"
        case .text: "text"
        case .integer: "a whole number"
        case .worker: "a worker's id"
        }
    }

    /// Reads one text value for the kinds that come as a single string.
    func readText(_ s: String) -> Result<FieldValue?, FieldError> {
        if s.isEmpty { return .success(nil) }
        switch kind {
        case .code(let list):
            guard list.contains(s) else {
                return .failure(FieldError(name, "\(label): \"\(s)\" is not a known code; choose one of the listed options"))
            }
            return .success(.code(s))
        case .yesNo:
            switch s.lowercased() {
            case "yes", "true", "1": return .success(.bool(true))
            case "no", "false", "0": return .success(.bool(false))
            default: return .failure(FieldError(formAnchor, "Select yes or no for \(lowercasedLabel)"))
            }
        case .text(let max):
            guard s.count <= max else { return .failure(FieldError(name, "\(label) must be \(max) characters or fewer")) }
            return .success(.text(s))
        case .integer(let range):
            guard let i = Int(s.filter { $0 != "," }), range.contains(i) else {
                return .failure(FieldError(name, "\(label) must be a whole number from \(range.lowerBound) to \(range.upperBound)"))
            }
            return .success(.integer(i))
        case .worker:
            guard let i = Int(s), i > 0 else { return .failure(FieldError(name, "Select \(lowercasedLabel) from the list")) }
            return .success(.integer(i))
        case .day:
            guard let d = Day(iso: s) ?? Day(ukSlashed: s) else { return .failure(FieldError(name, "\(label) must be a real date")) }
            return .success(.day(d))
        case .instant, .codes:
            return .failure(FieldError(name, "\(label) must be \(jsonShape)"))
        }
    }

    func checkCodes(_ codes: [String], _ list: CodeList) -> Result<FieldValue?, FieldError> {
        if let bad = codes.first(where: { !list.contains($0) }) {
            return .failure(FieldError(name, "\(label): \"\(bad)\" is not a known code; choose from the listed options"))
        }
        var seen = Set<String>()
        return .success(.codes(codes.filter { seen.insert($0).inserted }))
    }

    func readDayParts(_ d: String, _ m: String, _ y: String) -> Result<Day?, FieldError> {
        if d.isEmpty && m.isEmpty && y.isEmpty { return .success(nil) }
        let anchor = "\(name)-day"
        if d.isEmpty || m.isEmpty || y.isEmpty {
            let missing = [("day", d), ("month", m), ("year", y)].filter { $0.1.isEmpty }.map(\.0)
            return .failure(FieldError(anchor, "\(label) must include a \(missing.joined(separator: " and "))"))
        }
        guard let dd = Int(d), let mm = Int(m), let yy = Int(y) else {
            return .failure(FieldError(anchor, "\(label) must be a real date, in numbers, like 27 3 2024"))
        }
        guard y.count == 4 else { return .failure(FieldError(anchor, "Year in \(lowercasedLabel) must include 4 numbers")) }
        guard let day = Day(year: yy, month: mm, day: dd) else {
            return .failure(FieldError(anchor, "\(label) must be a real date"))
        }
        return .success(day)
    }
}

// MARK: - Showing values

extension FieldSpec {
    /// The value as a person reads it: labels for codes, long dates, Yes/No.
    public func display(_ value: FieldValue?) -> String {
        guard let value else { return "Not recorded" }
        switch (kind, value) {
        case (.code(let list), .code(let c)):
            // DfE codes are shown beside their labels, as analysts know them; Harbour's own are not.
            guard let label = list.label(for: c) else { return c }
            return c.contains(where: \.isLowercase) ? label : "\(label) (\(c))"
        case (.codes(let list), .codes(let cs)): return cs.map { list.label(for: $0) ?? $0 }.joined(separator: "; ")
        case (_, .day(let d)): return d.long
        case (_, .instant(let i)): return LondonTime.format(i)
        case (_, .bool(let b)): return b ? "Yes" : "No"
        case (_, .text(let t)): return t
        case (_, .integer(let i)): return String(i)
        case (_, .code(let c)): return c
        case (_, .codes(let cs)): return cs.joined(separator: ", ")
        }
    }

    /// The value as the API sends it.
    public func json(_ value: FieldValue?) -> JSONValue {
        guard let value else { return .null }
        switch value {
        case .day(let d): return .string(d.iso)
        case .instant(let i): return .string(ISOInstant.format(i))
        case .code(let c): return .string(c)
        case .codes(let cs): return .array(cs.map(JSONValue.string))
        case .bool(let b): return .bool(b)
        case .text(let t): return .string(t)
        case .integer(let i): return .number(Double(i))
        }
    }
}

extension RecordSpec {
    public func summary(_ values: FieldValues) -> String {
        summaryFields.compactMap { name -> String? in
            guard let f = field(name), let v = values[name] else { return nil }
            return "\(f.label): \(f.display(v))"
        }.joined(separator: " · ")
    }
}
