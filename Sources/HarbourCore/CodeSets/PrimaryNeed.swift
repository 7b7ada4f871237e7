/// Primary need code of a CIN episode (CIN census N00101; CIN rule 8650).
public enum PrimaryNeed: String, CodeSet {
    case abuseNeglectExploitation = "N1"
    case childsDisability = "N2"
    case parentalDisabilityOrIllness = "N3"
    case familyInAcuteStress = "N4"
    case familyDysfunction = "N5"
    case sociallyUnacceptableBehaviour = "N6"
    case lowIncome = "N7"
    case absentParenting = "N8"
    case notChildInNeed = "N9"
    case notStated = "N0"

    public static let title = "Primary need"

    public var label: String {
        switch self {
        case .abuseNeglectExploitation: "Abuse, neglect and exploitation"
        case .childsDisability: "Child's disability"
        case .parentalDisabilityOrIllness: "Parental disability or illness"
        case .familyInAcuteStress: "Family in acute stress"
        case .familyDysfunction: "Family dysfunction"
        case .sociallyUnacceptableBehaviour: "Socially unacceptable behaviour"
        case .lowIncome: "Low income"
        case .absentParenting: "Absent parenting"
        case .notChildInNeed: "Cases other than children in need (adoption support immediately after adoption)"
        case .notStated: "Not stated"
        }
    }
}
