/// Kind of child protection conference (Harbour local code set; not a DfE return code).
public enum ConferenceType: String, CodeSet {
    case initial = "initial"
    case review = "review"
    case transferIn = "transfer-in"

    public static let title = "Conference type"

    public var label: String {
        switch self {
        case .initial: "Initial child protection conference"
        case .review: "Review child protection conference"
        case .transferIn: "Transfer-in child protection conference"
        }
    }
}
