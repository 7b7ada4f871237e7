/// A care leaver's main activity around their birthday (SSDA903 OC3 ACTIV; SSDA903 rule 132).
public enum CareLeaverActivity: String, CodeSet {
    case higherEducationFullTime = "F1"
    case higherEducationPartTime = "P1"
    case otherEducationFullTime = "F2"
    case otherEducationPartTime = "P2"
    case apprenticeshipFullTime = "F4"
    case apprenticeshipPartTime = "P4"
    case trainingOrEmploymentFullTime = "F5"
    case trainingOrEmploymentPartTime = "P5"
    case neetIllnessOrDisability = "G4"
    case neetOther = "G5"
    case neetPregnancyOrParenting = "G6"
    case notInTouch = "0"

    public static let title = "Care leaver activity"

    public var label: String {
        switch self {
        case .higherEducationFullTime: "Full time in higher education"
        case .higherEducationPartTime: "Part time in higher education"
        case .otherEducationFullTime: "Full time in education other than higher education"
        case .otherEducationPartTime: "Part time in education other than higher education"
        case .apprenticeshipFullTime: "Full time in an apprenticeship"
        case .apprenticeshipPartTime: "Part time in an apprenticeship"
        case .trainingOrEmploymentFullTime: "Full time in training or employment (not apprenticeship)"
        case .trainingOrEmploymentPartTime: "Part time in training or employment (not apprenticeship)"
        case .neetIllnessOrDisability: "Not in education, employment or training – illness or disability"
        case .neetOther: "Not in education, employment or training – other circumstances"
        case .neetPregnancyOrParenting: "Not in education, employment or training – pregnancy or parenting"
        case .notInTouch: "Not in touch, or activity not known"
        }
    }
}
