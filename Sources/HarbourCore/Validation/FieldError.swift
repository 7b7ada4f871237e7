/// A reason a record cannot be saved, naming the field it is about. The same value reaches the
/// form's error summary, the API's problem+json and the command line.
public struct FieldError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The field's name as in the form and the API (e.g. `visit_date`), or `record` for the whole.
    public let field: String
    /// What is wrong and how to fix it, in words a social worker uses.
    public let message: String

    public init(_ field: String, _ message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}

/// One or more field errors; a write that throws this has changed nothing.
public struct ValidationFailure: Error, Sendable, CustomStringConvertible {
    public let errors: [FieldError]
    public init(_ errors: [FieldError]) { self.errors = errors }
    public var description: String { errors.map(\.description).joined(separator: "; ") }
}
