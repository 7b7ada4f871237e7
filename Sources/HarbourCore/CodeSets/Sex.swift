/// A child's sex (CIN census N00783; CIN rules 4180, 8750; SSDA903 rule 101 from 2024/25).
public enum Sex: String, CodeSet {
    case male = "M"
    case female = "F"
    case unknown = "U"

    public static let title = "Sex"

    public var label: String {
        switch self {
        case .male: "Male"
        case .female: "Female"
        case .unknown: "Unknown (always used for an unborn child)"
        }
    }
}
