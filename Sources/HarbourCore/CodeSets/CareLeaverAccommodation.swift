/// A care leaver's accommodation and whether it is suitable (SSDA903 OC3 ACCOM; SSDA903 rule 133).
public enum CareLeaverAccommodation: String, CodeSet {
    case parentsOrRelativesSuitable = "B1"
    case parentsOrRelativesUnsuitable = "B2"
    case residentialCareSuitable = "C1"
    case residentialCareUnsuitable = "C2"
    case semiIndependentSuitable = "D1"
    case semiIndependentUnsuitable = "D2"
    case supportedLodgingsSuitable = "E1"
    case supportedLodgingsUnsuitable = "E2"
    case goneAbroadSuitable = "G1"
    case goneAbroadUnsuitable = "G2"
    case deportedSuitable = "H1"
    case deportedUnsuitable = "H2"
    case ordinaryLodgingsSuitable = "K1"
    case ordinaryLodgingsUnsuitable = "K2"
    case residenceNotKnownSuitable = "R1"
    case residenceNotKnownUnsuitable = "R2"
    case noFixedAbodeSuitable = "S1"
    case noFixedAbodeUnsuitable = "S2"
    case foyerSuitable = "T1"
    case foyerUnsuitable = "T2"
    case independentLivingSuitable = "U1"
    case independentLivingUnsuitable = "U2"
    case emergencyAccommodationSuitable = "V1"
    case emergencyAccommodationUnsuitable = "V2"
    case bedAndBreakfastSuitable = "W1"
    case bedAndBreakfastUnsuitable = "W2"
    case custodySuitable = "X1"
    case custodyUnsuitable = "X2"
    case otherSuitable = "Y1"
    case otherUnsuitable = "Y2"
    case formerFosterCarersSuitable = "Z1"
    case formerFosterCarersUnsuitable = "Z2"
    case unknown = "0"

    public static let title = "Care leaver accommodation"

    public var label: String {
        switch self {
        case .parentsOrRelativesSuitable: "With parent(s) or relative(s) – suitable"
        case .parentsOrRelativesUnsuitable: "With parent(s) or relative(s) – not suitable"
        case .residentialCareSuitable: "Community home or other residential care (such as an NHS establishment) – suitable"
        case .residentialCareUnsuitable: "Community home or other residential care (such as an NHS establishment) – not suitable"
        case .semiIndependentSuitable: "Semi-independent, transitional accommodation – suitable"
        case .semiIndependentUnsuitable: "Semi-independent, transitional accommodation – not suitable"
        case .supportedLodgingsSuitable: "Supported lodgings – suitable"
        case .supportedLodgingsUnsuitable: "Supported lodgings – not suitable"
        case .goneAbroadSuitable: "Gone abroad – suitable"
        case .goneAbroadUnsuitable: "Gone abroad – not suitable"
        case .deportedSuitable: "Deported – suitable"
        case .deportedUnsuitable: "Deported – not suitable"
        case .ordinaryLodgingsSuitable: "Ordinary lodgings, without formal support – suitable"
        case .ordinaryLodgingsUnsuitable: "Ordinary lodgings, without formal support – not suitable"
        case .residenceNotKnownSuitable: "Residence not known – suitable"
        case .residenceNotKnownUnsuitable: "Residence not known – not suitable"
        case .noFixedAbodeSuitable: "No fixed abode/homeless – suitable"
        case .noFixedAbodeUnsuitable: "No fixed abode/homeless – not suitable"
        case .foyerSuitable: "Foyer or similar supported accommodation – suitable"
        case .foyerUnsuitable: "Foyer or similar supported accommodation – not suitable"
        case .independentLivingSuitable: "Independent living (for example own tenancy, flat sharing, student accommodation) – suitable"
        case .independentLivingUnsuitable: "Independent living (for example own tenancy, flat sharing, student accommodation) – not suitable"
        case .emergencyAccommodationSuitable: "Emergency accommodation (for example night shelter, emergency hostel) – suitable"
        case .emergencyAccommodationUnsuitable: "Emergency accommodation (for example night shelter, emergency hostel) – not suitable"
        case .bedAndBreakfastSuitable: "Bed and breakfast – suitable"
        case .bedAndBreakfastUnsuitable: "Bed and breakfast – not suitable"
        case .custodySuitable: "In custody – suitable"
        case .custodyUnsuitable: "In custody – not suitable"
        case .otherSuitable: "Other accommodation – suitable"
        case .otherUnsuitable: "Other accommodation – not suitable"
        case .formerFosterCarersSuitable: "With former foster carer(s) – suitable"
        case .formerFosterCarersUnsuitable: "With former foster carer(s) – not suitable"
        case .unknown: "Not in touch, or accommodation not known"
        }
    }

    /// Whether the accommodation is suitable: codes ending 1 are suitable, ending 2 are not; `nil` for "0" (unknown).
    public var isSuitable: Bool? {
        switch rawValue.last {
        case "1": true
        case "2": false
        default: nil
        }
    }
}
