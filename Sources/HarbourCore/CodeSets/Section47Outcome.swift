/// Outcome of a section 47 enquiry (Harbour local code set; not a DfE return code).
public enum Section47Outcome: String, CodeSet {
    case notSubstantiated = "not-substantiated"
    case substantiatedConference = "substantiated-conference"
    case substantiatedNoConference = "substantiated-no-conference"
    case continuingChildInNeed = "continuing-child-in-need"

    public static let title = "Section 47 outcome"

    public var label: String {
        switch self {
        case .notSubstantiated: "Concerns not substantiated"
        case .substantiatedConference: "Concerns substantiated, child at continuing risk of significant harm – initial child protection conference"
        case .substantiatedNoConference: "Concerns substantiated, child not at continuing risk of significant harm – no conference"
        case .continuingChildInNeed: "Continue to support as a child in need"
        }
    }
}
