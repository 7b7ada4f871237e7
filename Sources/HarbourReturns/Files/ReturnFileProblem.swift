/// Something a council should fix or know about in a return file, found while reading or
/// writing it: where it is (file, line, and for the CIN census the element path), the item
/// (a CSV column or an XML element) where there is one, and what is wrong.
public struct ReturnFileProblem: Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    /// The CSV column or XML element the problem is in; nil when it is about a whole row or file.
    public var column: String?
    public var message: String

    public init(location: SourceLocation, column: String? = nil, message: String) {
        self.location = location
        self.column = column
        self.message = message
    }

    public var description: String {
        var text = location.description
        if let column { text += " [\(column)]" }
        return text + ": " + message
    }
}
