import Foundation
import HarbourCore
import FluentSQLiteDriver
import SQLKit

/// How field values become columns and back. Days and codes are stored as text (ISO dates
/// sort and compare as text on both databases); several codes are comma-separated.
enum StoredValues {
    static func bind(_ field: FieldSpec, _ value: FieldValue?) -> any SQLExpression {
        switch field.kind {
        case .yesNo: return SQLBind(value?.bool)
        case .integer, .worker: return SQLBind(value?.integer)
        default: break
        }
        guard let value else { return SQLBind(String?.none) }
        switch value {
        case .day(let d): return SQLBind(d.iso)
        case .instant(let i): return SQLBind(ISOInstant.format(i))
        case .code(let c): return SQLBind(c)
        case .codes(let cs): return SQLBind(cs.joined(separator: ","))
        case .text(let t): return SQLBind(t)
        case .bool(let b): return SQLBind(b)
        case .integer(let i): return SQLBind(i)
        }
    }

    /// The same value as `bind`, as a literal for bulk writes.
    static func literal(_ field: FieldSpec, _ value: FieldValue?) -> Bulk.Literal {
        switch field.kind {
        case .yesNo: return value?.bool.map { .flag($0) } ?? .null
        case .integer, .worker: return .integer(value?.integer)
        default: break
        }
        guard let value else { return .null }
        switch value {
        case .day(let d): return .text(d.iso)
        case .instant(let i): return .text(ISOInstant.format(i))
        case .code(let c): return .text(c)
        case .codes(let cs): return .text(cs.joined(separator: ","))
        case .text(let t): return .text(t)
        case .bool(let b): return .flag(b)
        case .integer(let i): return .integer(i)
        }
    }

    static func read(_ spec: RecordSpec, from row: any SQLRow) throws -> FieldValues {
        try read(spec.fields, from: SQLKitColumns(row: row))
    }

    static func read(_ fields: [FieldSpec], from row: some StoredColumns) throws -> FieldValues {
        var values = FieldValues()
        for field in fields {
            switch field.kind {
            case .yesNo:
                if let b = try row.bool(field.name) { values[field.name] = .bool(b) }
            case .integer, .worker:
                if let n = try row.integer(field.name) { values[field.name] = .integer(n) }
            case .day:
                if let d = try row.text(field.name).flatMap(Day.init(iso:)) { values[field.name] = .day(d) }
            case .instant:
                if let d = try row.text(field.name).flatMap(ISOInstant.parse) { values[field.name] = .instant(d) }
            case .code:
                if let c = try row.text(field.name) { values[field.name] = .code(c) }
            case .codes:
                if let text = try row.text(field.name) { values[field.name] = .codes(text.split(separator: ",").map(String.init)) }
            case .text:
                if let t = try row.text(field.name) { values[field.name] = .text(t) }
            }
        }
        return values
    }

    static func json(_ spec: RecordSpec, _ values: FieldValues) -> String {
        var object = [String: JSONValue]()
        for field in spec.fields { object[field.name] = field.json(values[field.name]) }
        let data = (try? JSONEncoder.sorted.encode(object)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

extension JSONEncoder {
    static var sorted: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }
}

/// The columns of one result row, each read as text, a whole number or a flag; nil for NULL.
protocol StoredColumns {
    func text(_ column: String) throws -> String?
    func integer(_ column: String) throws -> Int?
    func bool(_ column: String) throws -> Bool?
}

/// A row through SQLKit: any database.
struct SQLKitColumns: StoredColumns {
    let row: any SQLRow
    func text(_ column: String) throws -> String? { try row.decodeNil(column: column) ? nil : row.decode(column: column, as: String.self) }
    func integer(_ column: String) throws -> Int? { try row.decodeNil(column: column) ? nil : row.decode(column: column, as: Int.self) }
    func bool(_ column: String) throws -> Bool? { try row.decodeNil(column: column) ? nil : row.decode(column: column, as: Bool.self) }
}

/// A row straight from SQLite, for reading hundreds of thousands of records at once: SQLKit's
/// decoding goes through `Decodable` for every value, which costs more than the read itself.
struct SQLiteColumns: StoredColumns {
    let row: SQLiteRow
    func text(_ column: String) throws -> String? { row.column(column)?.string }
    func integer(_ column: String) throws -> Int? { row.column(column)?.integer.map { Int($0) } }
    func bool(_ column: String) throws -> Bool? { row.column(column)?.bool }
}
