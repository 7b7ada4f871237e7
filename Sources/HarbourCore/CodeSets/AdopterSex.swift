/// Sex of the adopter(s) or prospective adopter(s) (SSDA903 AD1 SEX_ADOPTR; SSDA903 rule 176).
public enum AdopterSex: String, CodeSet {
    case singleMale = "M1"
    case singleFemale = "F1"
    case maleCouple = "MM"
    case femaleCouple = "FF"
    case maleFemaleCouple = "MF"

    public static let title = "Sex of adopter(s)"

    public var label: String {
        switch self {
        case .singleMale: "Single male"
        case .singleFemale: "Single female"
        case .maleCouple: "Male couple"
        case .femaleCouple: "Female couple"
        case .maleFemaleCouple: "Male/female couple"
        }
    }
}
