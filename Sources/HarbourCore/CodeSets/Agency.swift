/// A partner agency, for example at a strategy discussion (Harbour local code set; not a DfE return code).
public enum Agency: String, CodeSet {
    case police = "police"
    case health = "health"
    case socialCare = "social-care"
    case education = "education"
    case probation = "probation"
    case housing = "housing"
    case earlyHelp = "early-help"
    case other = "other"

    public static let title = "Agency"

    public var label: String {
        switch self {
        case .police: "Police"
        case .health: "Health"
        case .socialCare: "Social care"
        case .education: "Education"
        case .probation: "Probation"
        case .housing: "Housing"
        case .earlyHelp: "Early help"
        case .other: "Other agency"
        }
    }
}
