import HarbourCore

/// Which of Harbour's records a return's table is made from, so a finding can send a person to
/// the record to correct. Nil: the child's own record (identifiers and characteristics).
public enum ReturnTableRecords {
    /// `cinCensus` tells the two "Reviews" tables apart: the census's are review conferences,
    /// the SSDA903's looked-after reviews.
    public static func kind(of table: String, cinCensus: Bool) -> EventKind? {
        switch table {
        case "CINdetails": .referral
        case "Assessments", "AssessmentFactorsList": .assessment
        case "CINplanDates": .childInNeedPlan
        case "Section47": .section47
        case "ChildProtectionPlans": .childProtectionPlan
        case "Reviews": cinCensus ? .conference : .lookedAfterReview
        case "Episodes": .placement
        case "UASC", "PrevPerm": .periodOfCare
        case "OC2": .healthOutcomes
        case "OC3": .careLeaver
        case "AD1", "PlacedAdoption": .permanence
        case "Missing": .missingEpisode
        case "SWEpisodes": .allocation
        default: nil
        }
    }
}
