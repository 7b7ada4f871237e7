/// Whether a looked-after child was missing or away without authorisation (SSDA903 MISSING; SSDA903 rule 1006).
public enum MissingType: String, CodeSet {
    case missing = "M"
    case away = "A"

    public static let title = "Missing or away"

    public var label: String {
        switch self {
        case .missing: "Missing from care"
        case .away: "Away from placement without authorisation"
        }
    }
}
