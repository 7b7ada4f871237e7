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

    public static func < (a: ReturnReference, b: ReturnReference) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
