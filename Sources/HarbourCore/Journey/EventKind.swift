/// Every kind of record in a child's journey, in the order of the journey. Each one is
/// described once by its `RecordSpec`; forms, API, store and chronology read that.
public enum EventKind: String, CaseIterable, Sendable, Codable {
    case contact
    case earlyHelpAssessment = "early-help"
    case referral
    case assessment
    case strategyDiscussion = "strategy-discussion"
    case section47 = "section-47"
    case conference
    case childProtectionPlan = "cp-plan"
    case coreGroup = "core-group"
    case childInNeedPlan = "cin-plan"
    case childInNeedPlanReview = "cin-plan-review"
    case visit
    case periodOfCare = "looked-after"
    case placement
    case lookedAfterReview = "review"
    case healthAssessment = "health-assessment"
    case dentalCheck = "dental-check"
    case personalEducationPlan = "pep"
    case missingEpisode = "missing"
    case healthOutcomes = "health-outcomes"
    case permanence
    case careLeaver = "care-leaver"
    case relationship
    case allocation

    public var spec: RecordSpec {
        switch self {
        case .contact: .contact
        case .earlyHelpAssessment: .earlyHelpAssessment
        case .referral: .referral
        case .assessment: .assessment
        case .strategyDiscussion: .strategyDiscussion
        case .section47: .section47Enquiry
        case .conference: .conference
        case .childProtectionPlan: .childProtectionPlan
        case .coreGroup: .coreGroup
        case .childInNeedPlan: .childInNeedPlan
        case .childInNeedPlanReview: .childInNeedPlanReview
        case .visit: .visit
        case .periodOfCare: .periodOfCare
        case .placement: .placement
        case .lookedAfterReview: .lookedAfterReview
        case .healthAssessment: .healthAssessment
        case .dentalCheck: .dentalCheck
        case .personalEducationPlan: .personalEducationPlan
        case .missingEpisode: .missingEpisode
        case .healthOutcomes: .healthOutcomes
        case .permanence: .permanence
        case .careLeaver: .careLeaver
        case .relationship: .relationship
        case .allocation: .allocation
        }
    }

    /// The migration that created the kind's table: kinds added after the first release get a migration of their own.
    public var addedInMigration: Int {
        switch self {
        case .coreGroup, .childInNeedPlanReview: 5
        default: 3
        }
    }

    /// Where the journey groups this kind on the child's page.
    public var stage: JourneyStage {
        switch self {
        case .contact, .earlyHelpAssessment, .referral, .assessment: .frontDoor
        case .strategyDiscussion, .section47, .conference, .childProtectionPlan, .coreGroup: .childProtection
        case .childInNeedPlan, .childInNeedPlanReview, .visit: .childInNeed
        case .periodOfCare, .placement, .lookedAfterReview, .healthAssessment, .dentalCheck,
             .personalEducationPlan, .missingEpisode, .healthOutcomes: .lookedAfter
        case .permanence: .permanence
        case .careLeaver: .careLeaver
        case .relationship, .allocation: .people
        }
    }
}

public enum JourneyStage: String, CaseIterable, Sendable {
    case frontDoor, childInNeed, childProtection, lookedAfter, permanence, careLeaver, people

    public var title: String {
        switch self {
        case .frontDoor: "Contacts, referrals and assessments"
        case .childInNeed: "Child in need and visits"
        case .childProtection: "Child protection"
        case .lookedAfter: "Looked after"
        case .permanence: "Permanence"
        case .careLeaver: "Leaving care"
        case .people: "People and allocation"
        }
    }
}

/// A stored record of one kind, as the core reasons about it.
public struct JourneyEvent: Sendable, Hashable {
    public let id: Int
    public let kind: EventKind
    public var values: FieldValues

    public init(id: Int, kind: EventKind, values: FieldValues) {
        self.id = id
        self.kind = kind
        self.values = values
    }

    public var date: Day? { kind.spec.dateField.flatMap { values[$0]?.day } }
    public var endDate: Day? { kind.spec.endField.flatMap { values[$0]?.day } }
}

extension EventKind {
    /// Whether the due dates read records of this kind.
    public var isTimescaleInput: Bool {
        switch self {
        case .earlyHelpAssessment, .healthOutcomes, .relationship: false
        default: true
        }
    }
}
