/// Legal status of the adopter(s) or prospective adopter(s) (SSDA903 AD1 LS_ADOPTR; SSDA903 rule 177).
public enum AdopterLegalStatus: String, CodeSet {
    case singleAdopter = "L0"
    case marriedDifferentGender = "L11"
    case marriedSameGender = "L12"
    case civilPartnership = "L2"
    case unmarriedDifferentGender = "L3"
    case unmarriedSameGender = "L4"

    public static let title = "Legal status of adopter(s)"

    public var label: String {
        switch self {
        case .singleAdopter: "Single adopter"
        case .marriedDifferentGender: "Different gender married couple"
        case .marriedSameGender: "Same gender married couple"
        case .civilPartnership: "Civil partnership couple"
        case .unmarriedDifferentGender: "Different gender unmarried couple"
        case .unmarriedSameGender: "Same gender couple, not married or in a civil partnership"
        }
    }
}
