/// Outcome of a strategy discussion (Harbour local code set; not a DfE return code).
public enum StrategyOutcome: String, CodeSet {
    case section47 = "section-47"
    case noSection47CINAssessment = "no-section-47-cin-assessment"
    case noFurtherAction = "no-further-action"

    public static let title = "Strategy discussion outcome"

    public var label: String {
        switch self {
        case .section47: "Start a section 47 enquiry"
        case .noSection47CINAssessment: "No section 47 enquiry – assess as a child in need"
        case .noFurtherAction: "No further action"
        }
    }
}
