/// Reason a new episode of care starts (SSDA903 RNE; SSDA903 rule 143).
public enum ReasonForNewEpisode: String, CodeSet {
    case startedToBeLookedAfter = "S"
    case legalStatusChangeOnly = "L"
    case placementAndCarerChange = "P"
    case placementChangeSameCarer = "T"
    case legalStatusAndPlacementAndCarerChange = "B"
    case legalStatusAndPlacementChangeSameCarer = "U"

    public static let title = "Reason for new episode"

    public var label: String {
        switch self {
        case .startedToBeLookedAfter: "Started to be looked after"
        case .legalStatusChangeOnly: "Change of legal status only"
        case .placementAndCarerChange: "Change of placement and carer(s) only"
        case .placementChangeSameCarer: "Change of placement (but same carer(s)) only"
        case .legalStatusAndPlacementAndCarerChange: "Change of legal status and placement and carer(s) on the same day"
        case .legalStatusAndPlacementChangeSameCarer: "Change of legal status and change of placement (but same carer(s)) on the same day"
        }
    }
}
