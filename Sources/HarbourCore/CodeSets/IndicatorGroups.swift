/// The placement groups the dashboard counts children looked after in. Harbour local code set,
/// grouping SSDA903 PLACE codes as the DfE's placement tables do.
public enum PlacementGroup: String, CodeSet {
    case foster
    case residential
    case parents
    case adoption
    case independent
    case other
    case notRecorded = "not-recorded"

    public static let title = "Placement group"

    public var label: String {
        switch self {
        case .foster: "Foster placements (U1 to U6)"
        case .residential: "Children's homes, secure units and residential settings (K1, K2, R, S1)"
        case .parents: "Placed with parents (P1)"
        case .adoption: "Placed for adoption (A3 to A6)"
        case .independent: "Independent and semi-independent living, supported accommodation (P2, H5, K3)"
        case .other: "Other placements"
        case .notRecorded: "No placement recorded"
        }
    }

    public init(placementType code: String?) {
        guard let code else { self = .notRecorded; return }
        switch code.prefix(1) {
        case "U": self = .foster
        case "A": self = .adoption
        case "K", "R", "S": self = code == "K3" ? .independent : .residential
        case "P": self = code == "P1" ? .parents : code == "P2" ? .independent : .other
        case "H": self = .independent
        default: self = .other
        }
    }
}

/// The DfE's age bands for children starting to be looked after. Harbour local code set.
public enum AgeBand: String, CodeSet {
    case underOne = "under-1"
    case oneToFour = "1-4"
    case fiveToNine = "5-9"
    case tenToFifteen = "10-15"
    case sixteenPlus = "16-plus"

    public static let title = "Age band"

    public var label: String {
        switch self {
        case .underOne: "Under 1"
        case .oneToFour: "1 to 4"
        case .fiveToNine: "5 to 9"
        case .tenToFifteen: "10 to 15"
        case .sixteenPlus: "16 and over"
        }
    }

    public init(age: Int) {
        switch age {
        case ..<1: self = .underOne
        case 1...4: self = .oneToFour
        case 5...9: self = .fiveToNine
        case 10...15: self = .tenToFifteen
        default: self = .sixteenPlus
        }
    }
}
