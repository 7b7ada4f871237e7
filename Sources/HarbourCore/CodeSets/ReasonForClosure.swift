/// Reason a CIN episode closed (CIN census N00103; CIN rule 8640).
public enum ReasonForClosure: String, CodeSet {
    case adopted = "RC1"
    case died = "RC2"
    case childArrangementsOrder = "RC3"
    case specialGuardianshipOrder = "RC4"
    case transferredToAnotherLA = "RC5"
    case transferredToAdultServices = "RC6"
    case servicesCeasedOtherReason = "RC7"
    case closedAfterAssessmentNoFurtherAction = "RC8"
    case closedAfterAssessmentEarlyHelp = "RC9"

    public static let title = "Reason for closure"

    public var label: String {
        switch self {
        case .adopted: "Adopted"
        case .died: "Died"
        case .childArrangementsOrder: "Child arrangements order"
        case .specialGuardianshipOrder: "Special guardianship order"
        case .transferredToAnotherLA: "Transferred to services of another local authority"
        case .transferredToAdultServices: "Transferred to adult social care services"
        case .servicesCeasedOtherReason: "Services ceased for any other reason, including child no longer in need"
        case .closedAfterAssessmentNoFurtherAction: "Case closed after assessment, no further action"
        case .closedAfterAssessmentEarlyHelp: "Case closed after assessment, referred to early help"
        }
    }
}
