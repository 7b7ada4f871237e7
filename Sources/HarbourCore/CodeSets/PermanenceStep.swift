/// A dated step on a child's route to permanence, feeding SSDA903 AD1 and Annex A list 10 (Harbour local code set; not a DfE return code).
public enum PermanenceStep: String, CodeSet {
    case decisionToPlaceForAdoption = "decision-to-place-for-adoption"
    case placementOrder = "placement-order"
    case matchedForAdoption = "matched-for-adoption"
    case placedForAdoption = "placed-for-adoption"
    case adoptionOrder = "adoption-order"
    case decisionNoLongerAdoption = "decision-no-longer-adoption"
    case specialGuardianshipOrder = "special-guardianship-order"
    case childArrangementsOrder = "child-arrangements-order"
    case longTermFosteringMatchConfirmed = "long-term-fostering-match-confirmed"
    case fosteringForAdoptionPlacement = "fostering-for-adoption-placement"

    public static let title = "Permanence step"

    public var label: String {
        switch self {
        case .decisionToPlaceForAdoption: "Decision that the child should be placed for adoption"
        case .placementOrder: "Placement order granted"
        case .matchedForAdoption: "Matched with prospective adopter(s)"
        case .placedForAdoption: "Placed for adoption"
        case .adoptionOrder: "Adoption order granted"
        case .decisionNoLongerAdoption: "Decision that the child should no longer be placed for adoption"
        case .specialGuardianshipOrder: "Special guardianship order granted"
        case .childArrangementsOrder: "Child arrangements order granted"
        case .longTermFosteringMatchConfirmed: "Long-term fostering match confirmed"
        case .fosteringForAdoptionPlacement: "Placed in a fostering for adoption or concurrent planning placement"
        }
    }
}
