import Foundation

/// What a field holds. Each kind has one way to read it from a form or JSON, one column type
/// in the store and one way to show it.
public enum FieldKind: Sendable, Hashable {
    /// A calendar date (`Day`). Forms use the GOV.UK day/month/year inputs.
    case day
    /// A date and time, entered as Europe/London wall-clock time and stored in UTC.
    case instant
    /// One code from a code set.
    case code(CodeList)
    /// Any number of codes from a code set (e.g. assessment factors, agencies attending).
    case codes(CodeList)
    case yesNo
    case text(maxLength: Int)
    case integer(ClosedRange<Int>)
    /// A Harbour worker (sign-in) by id; the list of workers comes from the store.
    case worker
}

/// One field of a record, described once: the form, the API, the OpenAPI document, the
/// store's column and the chronology all read this.
public struct FieldSpec: Sendable, Hashable {
    /// Column, form and JSON name, `snake_case`.
    public let name: String
    /// How the field is named to a person, in sentence case ("Date of the visit").
    public let label: String
    public let hint: String?
    public let kind: FieldKind
    public let required: Bool

    public init(_ name: String, _ label: String, _ kind: FieldKind, required: Bool = false, hint: String? = nil) {
        self.name = name
        self.label = label
        self.kind = kind
        self.required = required
        self.hint = hint
    }

    /// The verb a GOV.UK error message uses for an empty field ("Enter …", "Select …").
    var missingMessage: String {
        switch kind {
        case .code, .worker: "Select the \(lowercasedLabel)"
        case .codes: "Select at least one option for \(lowercasedLabel)"
        case .yesNo: "Select yes or no for \(lowercasedLabel)"
        default: "Enter the \(lowercasedLabel)"
        }
    }

    var lowercasedLabel: String {
        guard let first = label.first else { return label }
        // Keep acronyms (UPN, LA, PEP) as written.
        if label.count > 1, label[label.index(after: label.startIndex)].isUppercase { return label }
        return first.lowercased() + label.dropFirst()
    }
}

/// A value of one field, already checked against its kind.
public enum FieldValue: Sendable, Hashable {
    case day(Day)
    case instant(Date)
    case code(String)
    case codes([String])
    case bool(Bool)
    case text(String)
    case integer(Int)

    public var day: Day? { if case .day(let d) = self { d } else { nil } }
    public var code: String? { if case .code(let c) = self { c } else { nil } }
    public var bool: Bool? { if case .bool(let b) = self { b } else { nil } }
    public var text: String? { if case .text(let t) = self { t } else { nil } }
    public var integer: Int? { if case .integer(let i) = self { i } else { nil } }
    public var instant: Date? { if case .instant(let d) = self { d } else { nil } }
    public var codes: [String]? { if case .codes(let c) = self { c } else { nil } }
}

/// Field values of one record by field name; a missing key means "not recorded".
public typealias FieldValues = [String: FieldValue]

/// Instants are shown and entered as Europe/London wall-clock time.
public enum LondonTime {
    public static let zone = TimeZone(identifier: "Europe/London") ?? TimeZone(secondsFromGMT: 0)!

    static var calendar: Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = zone
        return c
    }

    public static func instant(day: Day, hour: Int, minute: Int) -> Date? {
        calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute))
    }

    public static func parts(of date: Date) -> (day: Day, hour: Int, minute: Int) {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return (Day(year: c.year!, month: c.month!, day: c.day!)!, c.hour!, c.minute!)
    }

    public static func day(of date: Date) -> Day { parts(of: date).day }

    /// `3 March 2025 at 14:05`
    public static func format(_ date: Date) -> String {
        let p = parts(of: date)
        return "\(p.day.long) at \(p.hour < 10 ? "0" : "")\(p.hour):\(p.minute < 10 ? "0" : "")\(p.minute)"
    }
}

/// ISO 8601 in UTC, as instants are stored and sent by the API.
public enum ISOInstant {
    public static func format(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }

    public static func parse(_ text: String) -> Date? {
        // The form Harbour writes is read strictly, without a formatter (which would take 30 February).
        if text.utf8.count == 20, text.utf8.last == UInt8(ascii: "Z") { return parseUTCSeconds(text) }
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        if let d = f.date(from: text) { return d }
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.date(from: text)
    }

    /// The form `format` writes, `2014-03-31T09:30:00Z`, read without a formatter.
    static func parseUTCSeconds(_ text: String) -> Date? {
        let utf8 = Array(text.utf8)
        guard utf8.count == 20, utf8[19] == UInt8(ascii: "Z") else { return nil }
        guard utf8[10] == UInt8(ascii: "T"), utf8[13] == UInt8(ascii: ":"), utf8[16] == UInt8(ascii: ":"),
              let day = Day(iso: String(decoding: utf8[0..<10], as: UTF8.self)) else { return nil }
        func number(_ at: Int) -> Int? {
            let tens = Int(utf8[at]) - 48, units = Int(utf8[at + 1]) - 48
            guard (0...9).contains(tens), (0...9).contains(units) else { return nil }
            return tens * 10 + units
        }
        guard let h = number(11), let m = number(14), let s = number(17), h < 24, m < 60, s < 60 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(day.ordinal * 86_400 + h * 3_600 + m * 60 + s))
    }
}
