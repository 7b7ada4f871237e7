/// Reason a child's unique pupil number is not known (CIN census N00135; CIN rules 8770Q, 8772; SSDA903 rule 168).
public enum UPNUnknown: String, CodeSet {
    case notOfSchoolAge = "UN1"
    case neverAttendedMaintainedSchool = "UN2"
    case educatedOutsideEngland = "UN3"
    case newUPNNotYetKnown = "UN4"
    case sourceDiscrepancies = "UN5"
    case un6 = "UN6"
    case referralNoFurtherAction = "UN7"

    public static let title = "UPN unknown reason"

    public var label: String {
        switch self {
        case .notOfSchoolAge: "Child is not of school age and has not yet been assigned a UPN"
        case .neverAttendedMaintainedSchool: "Child has never attended a maintained school in England (for example some unaccompanied asylum-seeking children)"
        case .educatedOutsideEngland: "Child is educated outside England"
        case .newUPNNotYetKnown: "Child is newly looked after (or new to the service) and the UPN is not yet known"
        case .sourceDiscrepancies: "Discrepancies in name or date of birth between sources prevent reliable matching to a UPN"
        case .un6: "UPN unknown – reason UN6 (CIN census only; see the DfE CIN census guide)"
        case .referralNoFurtherAction: "Referral with no further action (CIN census only)"
        }
    }
}
