/// Reason a child should no longer be placed for adoption (SSDA903 PlacedAdoption REASON_PLACED_CEASED; SSDA903 rule 120).
public enum ReasonPlacedCeased: String, CodeSet {
    case needsChanged = "RD1"
    case noPlacementOrder = "RD2"
    case adoptersNotFound = "RD3"
    case otherReason = "RD4"

    public static let title = "Reason no longer placed for adoption"

    public var label: String {
        switch self {
        case .needsChanged: "The child's needs changed after the decision"
        case .noPlacementOrder: "The court did not make a placement order"
        case .adoptersNotFound: "Prospective adopters could not be found"
        case .otherReason: "Any other reason"
        }
    }
}
