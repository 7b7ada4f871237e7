/// Whether a finding stops the return (error) or must be explained to the DfE (query).
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
    case error
    case query
}

/// One DfE validation rule: its code and message as the DfE publishes them, its severity,
/// the items it reads, and the check itself.
public struct Rule<Input: Sendable>: Sendable, Identifiable {
    public let code: String
    public let message: String
    public let severity: Severity
    /// The items a person fixes when the rule fires, as named in the return ("DECOM", "CPPstartDate").
    public let fields: [String]
    /// What the rule reads besides the return's own files (the postcode directory, Ofsted's
    /// providers); without it the rule cannot run.
    public let needs: Set<ReturnReference>
    let check: @Sendable (Input, inout Findings) -> Void

    public var id: String { code }

    public init(
        _ code: String, _ message: String, _ severity: Severity = .error, fields: [String],
        needs: Set<ReturnReference> = [],
        check: @escaping @Sendable (Input, inout Findings) -> Void
    ) {
        self.code = code
        self.message = message
        self.severity = severity
        self.fields = fields
        self.needs = needs
        self.check = check
    }

    /// Runs the rule, returning its findings in the order it made them.
    public func run(_ input: Input) -> [Finding] {
        var findings = Findings(code: code, message: message, severity: severity, fields: fields)
        check(input, &findings)
        return findings.list
    }
}

/// One place a rule fired: a row of a table, the items to fix, and the child.
public struct Finding: Sendable, Hashable, Codable {
    public let rule: String
    public let severity: Severity
    public let message: String
    /// The table the row is in ("Episodes", "CINdetails").
    public let table: String
    /// The child's id in the return (CHILD or LAchildID); "" for findings about the whole return.
    public let child: String
    /// The items to fix.
    public let fields: [String]
    public let file: String
    public let line: Int?
    public let path: String?

    public init(
        rule: String, severity: Severity, message: String, table: String, child: String,
        fields: [String], location: SourceLocation
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.table = table
        self.child = child
        self.fields = fields
        self.file = location.file
        self.line = location.line
        self.path = location.path
    }

    public var location: SourceLocation { SourceLocation(file: file, line: line, path: path) }
}

/// What one rule found, collected as it runs.
public struct Findings: Sendable {
    public let code: String
    public let message: String
    public let severity: Severity
    public let fields: [String]
    public private(set) var list: [Finding] = []

    init(code: String, message: String, severity: Severity, fields: [String]) {
        self.code = code
        self.message = message
        self.severity = severity
        self.fields = fields
    }

    /// Flags one row. `child` names the child (the row's CHILD or LAchildID column when the
    /// table has one); `fields` narrows the items to fix when the rule names several.
    public mutating func flag(_ table: ReturnTable, row: Int, fields: [String]? = nil) {
        let rowValue = table.rows[row]
        let childColumn = table.columns.firstIndex(of: "CHILD") ?? table.columns.firstIndex(of: "LAchildID")
        let child = childColumn.map { $0 < rowValue.values.count ? rowValue.values[$0] : "" } ?? ""
        list.append(Finding(
            rule: code, severity: severity, message: message, table: table.name, child: child,
            fields: fields ?? self.fields, location: rowValue.location
        ))
    }

    /// Flags a place given in full: a row whose child is not in a CHILD or LAchildID column
    /// (Annex A's Child Unique ID), or a file's header line.
    public mutating func flag(at location: SourceLocation, table: String, child: String, fields: [String]? = nil) {
        list.append(Finding(
            rule: code, severity: severity, message: message, table: table, child: child,
            fields: fields ?? self.fields, location: location
        ))
    }

    /// Flags the return as a whole (e.g. "fewer than 8 disability codes in the return").
    public mutating func flagReturn(file: String, table: String = "", fields: [String]? = nil) {
        list.append(Finding(
            rule: code, severity: severity, message: message, table: table, child: "",
            fields: fields ?? self.fields, location: SourceLocation(file: file)
        ))
    }
}
