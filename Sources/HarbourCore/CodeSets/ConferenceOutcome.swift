/// Outcome of a child protection conference (Harbour local code set; not a DfE return code).
public enum ConferenceOutcome: String, CodeSet {
    case childProtectionPlan = "child-protection-plan"
    case childInNeedPlan = "child-in-need-plan"
    case noFurtherAction = "no-further-action"
    case planContinued = "plan-continued"
    case planEnded = "plan-ended"

    public static let title = "Conference outcome"

    public var label: String {
        switch self {
        case .childProtectionPlan: "Child protection plan"
        case .childInNeedPlan: "Child in need plan"
        case .noFurtherAction: "No further action"
        case .planContinued: "Child protection plan continues"
        case .planEnded: "Child protection plan ends"
        }
    }
}
