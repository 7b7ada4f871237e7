/// Initial or latest category of abuse on a child protection plan (CIN census N00113, N00114; CIN rules 8905, 8910).
public enum CategoryOfAbuse: String, CodeSet {
    case neglect = "NEG"
    case physical = "PHY"
    case sexual = "SAB"
    case emotional = "EMO"
    case multiple = "MUL"

    public static let title = "Category of abuse"

    public var label: String {
        switch self {
        case .neglect: "Neglect"
        case .physical: "Physical abuse"
        case .sexual: "Sexual abuse"
        case .emotional: "Emotional abuse"
        case .multiple: "Multiple/not recommended"
        }
    }
}
