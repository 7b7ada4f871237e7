import Foundation
import HarbourCore
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

    static func read(_ spec: RecordSpec, from row: any SQLRow) throws -> FieldValues {
        var values = FieldValues()
        for field in spec.fields {
            if try row.decodeNil(column: field.name) { continue }
            switch field.kind {
            case .yesNo:
                values[field.name] = .bool(try row.decode(column: field.name, as: Bool.self))
            case .integer, .worker:
                values[field.name] = .integer(try row.decode(column: field.name, as: Int.self))
            case .day:
                if let d = Day(iso: try row.decode(column: field.name, as: String.self)) { values[field.name] = .day(d) }
            case .instant:
                if let d = ISOInstant.parse(try row.decode(column: field.name, as: String.self)) { values[field.name] = .instant(d) }
            case .code:
                values[field.name] = .code(try row.decode(column: field.name, as: String.self))
            case .codes:
                let text = try row.decode(column: field.name, as: String.self)
                values[field.name] = .codes(text.split(separator: ",").map(String.init))
            case .text:
                values[field.name] = .text(try row.decode(column: field.name, as: String.self))
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
