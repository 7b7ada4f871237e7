import Foundation
import HarbourCore

/// Where a value came from, so a finding can send a person to it: a CSV file and line, or an
/// XML element path ("Message/Children/Child[3]/CINdetails[1]/Assessments[2]") and line.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    private var place: Place

    /// Kept small, since every row of a return carries one: a file and line (a CSV row), an
    /// element in a file's tree of paths (spelt out only when asked for, so a census's hundreds
    /// of thousands of rows share their files' paths), or anything else, boxed.
    private enum Place: Sendable {
        case line(String, Int32)
        case element(ElementPaths, node: Int32, line: Int32)
        indirect case other(String, Int?, String?)
    }

    public init(file: String, line: Int? = nil, path: String? = nil) {
        if path == nil, let line, let short = Int32(exactly: line) {
            place = .line(file, short)
        } else {
            place = .other(file, line, path)
        }
    }

    init(line: Int, paths: ElementPaths, node: Int32) {
        if let short = Int32(exactly: line) {
            place = .element(paths, node: node, line: short)
        } else {
            place = .other(paths.file, line, paths.path(node))
        }
    }

    public var file: String {
        get {
            switch place {
            case .line(let file, _), .other(let file, _, _): file
            case .element(let paths, _, _): paths.file
            }
        }
        set { self = SourceLocation(file: newValue, line: line, path: path) }
    }

    public var line: Int? {
        get {
            switch place {
            case .line(_, let line), .element(_, _, let line): Int(line)
            case .other(_, let line, _): line
            }
        }
        set { self = SourceLocation(file: file, line: newValue, path: path) }
    }

    public var path: String? {
        get {
            switch place {
            case .line: nil
            case .element(let paths, let node, _): paths.path(node)
            case .other(_, _, let path): path
            }
        }
        set { self = SourceLocation(file: file, line: line, path: newValue) }
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let path { text += " \(path)" }
        return text
    }

    public static func == (a: SourceLocation, b: SourceLocation) -> Bool {
        a.file == b.file && a.line == b.line && a.path == b.path
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(line)
        hasher.combine(path)
    }
}

/// The element paths of one XML file as a tree of steps ("Child[3]", "CINdetails[1]"), each
/// step naming its parent, so rows share what their paths have in common: eight bytes a row,
/// each distinct step spelt once.
final class ElementPaths: @unchecked Sendable {
    /// The file the elements are in.
    let file: String
    // Only the reader that owns it adds steps, while it reads; once the rows are handed out the
    // steps are only read, from any thread.
    private var parents: [Int32] = []
    private var stepOfNode: [UInt32] = []
    private var steps: [String] = []
    private var stepIDs: [Int64: UInt32] = [:]

    init(file: String) {
        self.file = file
    }

    /// Adds a node under `parent` (-1 for the root element) whose step is known by `key` and
    /// spelt by `spell` (asked only the first time the key is seen); returns the node's number.
    func add(key: Int64, parent: Int32, spell: () -> String) -> Int32 {
        let step: UInt32
        if let known = stepIDs[key] {
            step = known
        } else {
            step = UInt32(steps.count)
            steps.append(spell())
            stepIDs[key] = step
        }
        parents.append(parent)
        stepOfNode.append(step)
        return Int32(parents.count - 1)
    }

    /// The path from the root element to `node`, steps joined by "/".
    func path(_ node: Int32) -> String {
        var chain = [Int]()
        var at = Int(node)
        while at >= 0 {
            chain.append(at)
            at = Int(parents[at])
        }
        return chain.reversed().map { steps[Int(stepOfNode[$0])] }.joined(separator: "/")
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
    public var rows: [ReturnRow] {
        didSet { if memo.isUsed { memo = ReturnTableMemo() } }
    }
    /// What rules work out from the rows and share (a column's dates, rows by child), made
    /// once per table however many rules ask; a table whose rows change starts a new one.
    private var memo = ReturnTableMemo()

    public init(name: String, columns: [String], rows: [ReturnRow] = []) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    /// A value worked out from the rows, made once and shared by every rule that asks with
    /// the same key (rules run at once on several threads; a value two of them ask for at the
    /// same moment may be made twice, and either is kept).
    public func memoized<Value>(_ key: String, _ make: () -> Value) -> Value {
        // Asked first whether anything is kept, then cast: nothing kept must not read as a
        // kept nil when Value is itself optional.
        if let kept = memo.value(key), let value = kept as? Value { return value }
        let value = make()
        memo.store(value, key)
        return value
    }

    /// A column's values as dates (see `ReturnRow.day`), parsed once.
    public func days(_ column: Column) -> [Day?] {
        memoized("days \(column.index)") { rows.map { $0.day(column) } }
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
        memoized("groups \(column.index)") {
            var groups: [String: [Int]] = [:]
            for (index, row) in rows.enumerated() { groups[row[column], default: []].append(index) }
            return groups
        }
    }

    public static func == (a: ReturnTable, b: ReturnTable) -> Bool {
        a.name == b.name && a.columns == b.columns && a.rows == b.rows
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(columns)
        hasher.combine(rows)
    }
}

/// The values a table's rules share, behind a lock.
final class ReturnTableMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Any] = [:]

    var isUsed: Bool {
        lock.lock(); defer { lock.unlock() }
        return !values.isEmpty
    }

    func value(_ key: String) -> Any? {
        lock.lock(); defer { lock.unlock() }
        return values[key]
    }

    func store(_ value: Any, _ key: String) {
        lock.lock(); defer { lock.unlock() }
        values[key] = value
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
