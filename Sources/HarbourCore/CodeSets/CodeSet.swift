/// A DfE (or Harbour) code set: each case's raw value is the code written in the returns,
/// and `label` is the wording a social worker sees. A code appears once, in its enum.
public protocol CodeSet: CaseIterable, Sendable, Hashable, RawRepresentable where RawValue == String {
    /// The code set's name as a person reads it, e.g. "Referral source".
    static var title: String { get }
    var label: String { get }
}

extension CodeSet {
    public var code: String { rawValue }
    /// The code list this enum describes, for forms, the API and validation.
    public static var list: CodeList { CodeList(Self.self) }
}

/// A code set as plain values, so field descriptions can carry it without generics.
public struct CodeList: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public let code: String
        public let label: String

        public init(code: String, label: String) {
            self.code = code
            self.label = label
        }
    }

    /// A stable identifier, the enum's type name (e.g. `ReferralSource`).
    public let id: String
    public let title: String
    public let entries: [Entry]

    public init<C: CodeSet>(_ type: C.Type) {
        id = String(describing: type)
        title = C.title
        entries = C.allCases.map { Entry(code: $0.rawValue, label: $0.label) }
    }

    public func contains(_ code: String) -> Bool { entries.contains { $0.code == code } }

    public func label(for code: String) -> String? { entries.first { $0.code == code }?.label }
}
