/// Kind of health assessment for a looked-after child (Harbour local code set; not a DfE return code).
public enum HealthAssessmentType: String, CodeSet {
    case initial = "initial"
    case review = "review"

    public static let title = "Health assessment type"

    public var label: String {
        switch self {
        case .initial: "Initial health assessment"
        case .review: "Review health assessment"
        }
    }
}
