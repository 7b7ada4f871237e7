/// Who provides a looked-after child's placement (SSDA903 PLACE_PROVIDER; SSDA903 rule 178).
public enum PlacementProvider: String, CodeSet {
    case parentsOrPersonWithPR = "PR0"
    case ownLocalAuthority = "PR1"
    case otherLocalAuthority = "PR2"
    case otherPublic = "PR3"
    case privateProvider = "PR4"
    case voluntarySector = "PR5"

    public static let title = "Placement provider"

    public var label: String {
        switch self {
        case .parentsOrPersonWithPR: "Parent(s) or other person(s) with parental responsibility"
        case .ownLocalAuthority: "Own local authority provision (including a regional adoption agency hosted by this authority)"
        case .otherLocalAuthority: "Other local authority provision (including a regional adoption agency hosted by another authority)"
        case .otherPublic: "Other public provision (for example a primary care trust)"
        case .privateProvider: "Private provision"
        case .voluntarySector: "Voluntary/third sector provision"
        }
    }
}
