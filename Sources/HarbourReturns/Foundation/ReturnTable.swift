import HarbourCore

/// Where a value came from, so a finding can send a person to it: a CSV file and line, or an
/// XML element path ("Message/Children/Child[3]/CINdetails[1]/Assessments[2]") and line.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var path: String?

    public init(file: String, line: Int? = nil, path: String? = nil) {
        self.file = file
        self.line = line
        self.path = path
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let path { text += " \(path)" }
        return text
    }
}

/// One row of a return's table: the values in the table's column order ("" where the item
/// is absent), and where the row was read from.
public struct ReturnRow: Sendable, Hashable {
    public var values: [String]
    public var location: SourceLocation

    public init(values: [String], location: SourceLocation) {
        self.values = values
        self.location = location
    }

    /// The value in a column; "" when the item is absent or blank.
    @inlinable public subscript(column: ReturnTable.Column) -> String {
        column.index < values.count ? values[column.index] : ""
    }

    /// The value as a date in either of the returns' forms (dd/mm/yyyy or yyyy-mm-dd);
    /// nil when absent or not a real date.
    public func day(_ column: ReturnTable.Column) -> Day? { ReturnDate.parse(self[column]) }

    /// The value as a whole number; nil when absent or not a number.
    public func int(_ column: ReturnTable.Column) -> Int? { Int(self[column].trimmingSpaces) }

    /// Whether the item is absent or blank.
    public func isBlank(_ column: ReturnTable.Column) -> Bool { self[column].trimmingSpaces.isEmpty }
}

/// A return as tables, the shape the DfE's rules are written against: the SSDA903's CSV files
/// as they are, and the CIN census flattened the way the DfE's validator flattens it
/// (ChildIdentifiers, CINdetails, Assessments and so on, each row carrying LAchildID and
/// the ids of the blocks it sits in).
public struct ReturnTable: Sendable, Hashable {
    /// A column's position, looked up once by name.
    public struct Column: Sendable, Hashable {
        public let name: String
        public let index: Int
    }

    public let name: String
    public let columns: [String]
    public var rows: [ReturnRow]

    public init(name: String, columns: [String], rows: [ReturnRow] = []) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    /// A column by name. Columns are fixed by the table's definition, so asking for one the
    /// table does not have is a programming error.
    public func column(_ name: String) -> Column {
        guard let index = columns.firstIndex(of: name) else {
            preconditionFailure("table \(self.name) has no column \(name)")
        }
        return Column(name: name, index: index)
    }

    public func hasColumn(_ name: String) -> Bool { columns.contains(name) }

    public mutating func append(_ values: [String], at location: SourceLocation) {
        rows.append(ReturnRow(values: values, location: location))
    }

    /// Row indices grouped by the value of a column (e.g. every episode of each CHILD), in row order.
    public func groups(by column: Column) -> [String: [Int]] {
        var groups: [String: [Int]] = [:]
        for (index, row) in rows.enumerated() { groups[row[column], default: []].append(index) }
        return groups
    }
}

extension String {
    /// The text without leading or trailing spaces, tabs or line breaks.
    @usableFromInline var trimmingSpaces: Substring {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
