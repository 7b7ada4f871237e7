/// What a council holds beside its returns that some SSDA903 rules read: the ONS Postcode
/// Directory, and Ofsted's register of social care providers. Either may be missing; the rules
/// that need it then do not run, and say so (`SSDA903Rules.notRun(on:)`).
public struct ReturnReferenceData: Sendable {
    public var postcodes: PostcodeDirectory?
    public var providers: OfstedProviders?

    public init(postcodes: PostcodeDirectory? = nil, providers: OfstedProviders? = nil) {
        self.postcodes = postcodes
        self.providers = providers
    }
}

/// Something a rule reads besides the return's own files.
public enum ReturnReference: String, Sendable, Hashable, CaseIterable, Comparable {
    /// The ONS Postcode Directory, for PL_LA, PL_LOCATION and PL_DISTANCE.
    case postcodes
    /// Ofsted's register of social care providers, for URNs.
    case providers
    /// The council's own nine-character ONS code (E10000000), to tell placements in its area.
    case councilCode
    /// The day Annex A lists are drawn up to, for the checks on their period.
    case asOfDate

    /// What it is, in a council's words.
    public var name: String {
        switch self {
        case .postcodes: "the ONS Postcode Directory"
        case .providers: "Ofsted's list of social care providers"
        case .councilCode: "the council's ONS code"
        case .asOfDate: "the date the lists are drawn up to"
        }
    }

    /// The option of `harbour returns validate` (and `harbour-validate`) that gives it.
    public var flag: String {
        switch self {
        case .postcodes: "--postcodes"
        case .providers: "--providers"
        case .councilCode: "--la"
        case .asOfDate: "--as-of"
        }
    }

    /// The option with what it takes: "--postcodes FILE".
    public var option: String {
        switch self {
        case .postcodes, .providers: "\(flag) FILE"
        case .councilCode: "\(flag) CODE"
        case .asOfDate: "\(flag) DATE"
        }
    }

    /// What a rule lacks, in words with the options that give it: "the ONS Postcode Directory
    /// (--postcodes FILE) and the council's ONS code (--la CODE)".
    public static func describe(_ missing: [ReturnReference]) -> String {
        missing.map { "\($0.name) (\($0.option))" }.joined(separator: " and ")
    }

    public static func < (a: ReturnReference, b: ReturnReference) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
