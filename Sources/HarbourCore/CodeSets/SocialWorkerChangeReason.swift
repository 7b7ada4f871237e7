/// Reason a child's social worker changed (SSDA903 SWEpisodes SW_REASON, from 2023/24; SSDA903 rule SW13STG1).
public enum SocialWorkerChangeReason: String, CodeSet {
    case managingCaseloads = "MANAGE"
    case firstContact = "FCONTA"
    case previousWorkerLeft = "LEFTRL"
    case restructure = "ORGRST"
    case standardTransfer = "TSPROC"
    case absence = "ABSENC"
    case childRequested = "CHCHAN"
    case parentCarerRequested = "PCCHAN"
    case previousWorkerDied = "SWDIED"
    case other = "OTHERS"

    public static let title = "Reason for social worker change"

    public var label: String {
        switch self {
        case .managingCaseloads: "Managing caseloads"
        case .firstContact: "First contact or re-referral"
        case .previousWorkerLeft: "Previous social worker left role"
        case .restructure: "New social worker assigned following organisational restructure"
        case .standardTransfer: "New social worker assigned following child transfer due to standard process"
        case .absence: "Absence cover or return from absence"
        case .childRequested: "Child requested change from previous social worker"
        case .parentCarerRequested: "Parent/carer requested change from previous social worker"
        case .previousWorkerDied: "Previous social worker died"
        case .other: "Other reason"
        }
    }
}
