/// Reason a placement changed, recorded on the ceasing episode (SSDA903 REASON_PLACE_CHANGE; SSDA903 rule 1009).
public enum ReasonPlaceChange: String, CodeSet {
    case carePlan = "CARPL"
    case provisionClosed = "CLOSE"
    case allegation = "ALLEG"
    case standardsOfCare = "STAND"
    case approvalRemoved = "APPRR"
    case carerRequestBehaviour = "CREQB"
    case carerRequestOther = "CREQO"
    case childRequest = "CHILD"
    case authorityRequest = "LAREQ"
    case placementStatusChange = "PLACE"
    case custody = "CUSTOD"
    case other = "OTHER"

    public static let title = "Reason for placement change"

    public var label: String {
        switch self {
        case .carePlan: "Change to/implementation of care plan"
        case .provisionClosed: "Resignation/closure of provision"
        case .allegation: "Allegation (section 47)"
        case .standardsOfCare: "Standards of care concern"
        case .approvalRemoved: "Approval removed"
        case .carerRequestBehaviour: "Carer(s) requests placement end due to child's behaviour"
        case .carerRequestOther: "Carer(s) requests placement end other than due to child's behaviour"
        case .childRequest: "Child requests placement end"
        case .authorityRequest: "Responsible/area authority requests placement end"
        case .placementStatusChange: "Change in the status of placement only"
        case .custody: "Custody arrangement"
        case .other: "Other"
        }
    }
}
