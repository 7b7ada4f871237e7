/// How a person is related to or connected with a child (Harbour local code set; not a DfE return code).
public enum RelationshipType: String, CodeSet {
    case mother = "mother"
    case father = "father"
    case stepParent = "step-parent"
    case sibling = "sibling"
    case halfSibling = "half-sibling"
    case grandparent = "grandparent"
    case auntOrUncle = "aunt-uncle"
    case otherRelative = "other-relative"
    case fosterCarer = "foster-carer"
    case familyFriend = "family-friend"
    case other = "other"

    public static let title = "Relationship"

    public var label: String {
        switch self {
        case .mother: "Mother"
        case .father: "Father"
        case .stepParent: "Step-parent"
        case .sibling: "Sibling"
        case .halfSibling: "Half-sibling"
        case .grandparent: "Grandparent"
        case .auntOrUncle: "Aunt or uncle"
        case .otherRelative: "Other relative"
        case .fosterCarer: "Foster carer"
        case .familyFriend: "Family friend"
        case .other: "Other"
        }
    }
}
