/// Category of need when the current period of care began (SSDA903 CIN; SSDA903 rule 145).
public enum CategoryOfNeed: String, CodeSet {
    case abuseOrNeglect = "N1"
    case childsDisability = "N2"
    case parentalIllnessOrDisability = "N3"
    case familyInAcuteStress = "N4"
    case familyDysfunction = "N5"
    case sociallyUnacceptableBehaviour = "N6"
    case lowIncome = "N7"
    case absentParenting = "N8"

    public static let title = "Category of need"

    public var label: String {
        switch self {
        case .abuseOrNeglect: "Abuse or neglect"
        case .childsDisability: "Child's disability"
        case .parentalIllnessOrDisability: "Parental illness or disability"
        case .familyInAcuteStress: "Family in acute stress"
        case .familyDysfunction: "Family dysfunction"
        case .sociallyUnacceptableBehaviour: "Socially unacceptable behaviour"
        case .lowIncome: "Low income"
        case .absentParenting: "Absent parenting"
        }
    }
}
