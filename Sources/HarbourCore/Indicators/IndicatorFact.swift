/// A set of facts that one or more indicators count: the referrals received, the child
/// protection plans open, the reviews that fell due. Its id is stored with each fact.
public enum FactSet: String, CaseIterable, Sendable, Codable {
    // Front door
    case earlyHelpAssessments = "early-help-assessments"
    case contacts
    case contactConversion = "contact-conversion"
    case contactDecisions = "contact-decisions"
    case referrals
    case referralsNFA = "referrals-nfa"
    case assessmentsFromStart = "assessments-from-start"
    case assessmentsFromReferral = "assessments-from-referral"
    case assessmentOutcomes = "assessment-outcomes"
    case sexualExploitation = "sexual-exploitation"
    case childrenInNeed = "children-in-need"
    // Child protection
    case strategyDiscussions = "strategy-discussions"
    case section47s = "section-47s"
    case section47Outcomes = "section-47-outcomes"
    case icpcFromSection47 = "icpc-from-section-47"
    case icpcFromStrategy = "icpc-from-strategy"
    case icpcPolice = "icpc-police"
    case icpcHealth = "icpc-health"
    case icpcEducation = "icpc-education"
    case icpcToPlan = "icpc-to-plan"
    case plansStartedEver = "cp-plans-started-ever"
    case plansStartedTwoYears = "cp-plans-started-two-years"
    case plansEnded = "cp-plans-ended"
    case plansOpen = "cp-plans-open"
    case reviewConferencesDue = "review-conferences-due"
    case protectionVisitsDue = "cp-visits-due"
    // Children in care
    case careStarts = "care-starts"
    case careStartsLegalStatus = "care-starts-legal-status"
    case careStartsAge = "care-starts-age"
    case lookedAfter = "looked-after"
    case lookedAfterPlacement = "looked-after-placement"
    case placementMoves = "placement-moves"
    case longTermStability = "long-term-stability"
    case careReviewsDue = "care-reviews-due"
    case careVisitsDue = "care-visits-due"
    case healthAssessmentsDue = "health-assessments-due"
    case dentalChecksDue = "dental-checks-due"
    case pepsDue = "peps-due"
    case missingEpisodes = "missing-episodes"
    case returnInterviewsOffered = "return-interviews-offered"
    case returnInterviewsDue = "return-interviews-due"
    // Permanence
    case adoptionsA1 = "adoptions-a1"
    case adoptionsA2 = "adoptions-a2"
    case adoptionsA10 = "adoptions-a10"
    case placementOrderNotPlaced = "placement-order-not-placed"
    case longTermFosteringUnmatched = "long-term-fostering-unmatched"
    case specialGuardianship = "special-guardianship"
    // Care leavers
    case careLeaverStatus = "care-leaver-status"
    case careLeaversInTouch = "care-leavers-in-touch"
    case careLeaversEET = "care-leavers-eet"
    case careLeaversAccommodation = "care-leavers-accommodation"
    case pathwayPlansDue = "pathway-plans-due"
    // Workforce
    case caseloads

    public enum Shape: Sendable { case events, spans }

    /// Events are counted when they happen in a period; spans when they cover a day.
    public var shape: Shape {
        switch self {
        case .childrenInNeed, .plansOpen, .lookedAfter, .lookedAfterPlacement, .placementMoves, .longTermStability,
             .placementOrderNotPlaced, .longTermFosteringUnmatched, .careLeaverStatus, .careLeaversInTouch,
             .careLeaversEET, .careLeaversAccommodation, .caseloads:
            .spans
        default:
            .events
        }
    }
}

/// One fact an indicator counts, worked out from a child's record: an event on a day, or a
/// span of days during which the child belongs to a group. It names the record it comes
/// from, so every figure can be taken back to the children and records behind it.
public struct IndicatorFact: Sendable, Hashable {
    public let set: FactSet
    public let sourceKind: EventKind
    public let sourceID: Int
    /// The day of the event, or the first day of the span.
    public let on: Day
    /// Spans only: the first day the child no longer belongs (nil while they still do).
    public let until: Day?
    /// Whether the fact counts in the indicator's numerator (on time, a re-referral, three or more placements).
    public let inNumerator: Bool
    /// A measured amount, such as days waited, for indicators that average.
    public let value: Double?
    /// The group a breakdown counts it in (a legal status, an age band, a placement type).
    public let category: String?
    /// The worker holding the child's case on the day (for spans, throughout the span).
    public let workerID: Int?

    public init(set: FactSet, sourceKind: EventKind, sourceID: Int, on: Day, until: Day? = nil, inNumerator: Bool = false,
                value: Double? = nil, category: String? = nil, workerID: Int? = nil) {
        self.set = set
        self.sourceKind = sourceKind
        self.sourceID = sourceID
        self.on = on
        self.until = until
        self.inNumerator = inNumerator
        self.value = value
        self.category = category
        self.workerID = workerID
    }

    /// An event fact counts in a window of days (already cut short at today).
    public func happens(in first: Day, _ last: Day) -> Bool { first <= on && on <= last }

    /// A span fact counts on a day it covers.
    public func covers(_ day: Day) -> Bool { on <= day && until.map { day < $0 } ?? true }
}
