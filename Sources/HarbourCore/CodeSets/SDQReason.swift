/// Reason no strengths and difficulties questionnaire score was returned (SSDA903 OC2 SDQ_REASON; SSDA903 rule 196).
public enum SDQReason: String, CodeSet {
    case outsideAgeRange = "SDQ1"
    case carerRefused = "SDQ2"
    case severityOfDisability = "SDQ3"
    case other = "SDQ4"
    case childRefused = "SDQ5"

    public static let title = "SDQ reason"

    public var label: String {
        switch self {
        case .outsideAgeRange: "No form returned as child was aged under 4 or over 16 at date of latest assessment"
        case .carerRefused: "Carer(s) refused to complete and return the questionnaire"
        case .severityOfDisability: "Not possible to complete the questionnaire due to the severity of the child's disability"
        case .other: "Other"
        case .childRefused: "Child or young person refuses to allow an SDQ to be completed"
        }
    }
}
