/// Permanence order a child had before starting to be looked after (SSDA903 PrevPerm PREV_PERM; SSDA903 rule 631).
public enum PreviousPermanence: String, CodeSet {
    case adoption = "P1"
    case specialGuardianshipOrder = "P2"
    case residenceOrChildArrangementsOrder = "P3"
    case unknown = "P4"
    case noPreviousPermanence = "Z1"

    public static let title = "Previous permanence"

    public var label: String {
        switch self {
        case .adoption: "Adoption"
        case .specialGuardianshipOrder: "Special guardianship order (SGO)"
        case .residenceOrChildArrangementsOrder: "Residence order or child arrangements order setting out with whom the child is to live"
        case .unknown: "Not known whether the child had a previous permanence option"
        case .noPreviousPermanence: "Child has not previously had a permanence option"
        }
    }
}
