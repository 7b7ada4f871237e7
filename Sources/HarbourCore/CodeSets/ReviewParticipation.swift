/// How a looked-after child took part in their review (SSDA903 REVIEW_CODE; SSDA903 rule 167).
public enum ReviewParticipation: String, CodeSet {
    case under4 = "PN0"
    case attendsSpeaksForSelf = "PN1"
    case attendsAdvocateSpeaks = "PN2"
    case attendsConveysViewsSymbolically = "PN3"
    case attendsWithoutContribution = "PN4"
    case briefsAdvocate = "PN5"
    case viewsByFacilitativeMedium = "PN6"
    case viewsNotConveyed = "PN7"

    public static let title = "Participation in review"

    public var label: String {
        switch self {
        case .under4: "Child aged under 4 at the time of the review"
        case .attendsSpeaksForSelf: "Child attends and speaks for themselves"
        case .attendsAdvocateSpeaks: "Child attends and an advocate speaks on their behalf"
        case .attendsConveysViewsSymbolically: "Child attends and conveys their views symbolically (non-verbally)"
        case .attendsWithoutContribution: "Child attends but does not contribute"
        case .briefsAdvocate: "Child does not attend but briefs an advocate to speak for them"
        case .viewsByFacilitativeMedium: "Child does not attend but conveys their views by a facilitative medium (for example text, written, phone, audio/video)"
        case .viewsNotConveyed: "Child does not attend and their views are not conveyed to the review"
        }
    }
}
