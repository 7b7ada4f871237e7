import Foundation
import Testing
@testable import HarbourCore

// MARK: - The council

/// A small council written out by hand: seventeen children, each with a story, whose records
/// give every indicator in the catalogue a figure for 2013-14 and for March 2014. Today is
/// 30 June 2014. Every expected figure below was worked out by hand from the definitions,
/// counting working days on the English calendar (bank holidays of 2013-14: 1 April, 6 and 27
/// May, 26 August, 25 and 26 December 2013, 1 January 2014; Good Friday 29 March 2013 and
/// 18 April 2014, Easter Monday 1 April 2013 and 21 April 2014).
///
/// Older history is kept to what the indicators read. A chain of due dates stops at its first
/// unmet date, so a child in care since 2010 with no reviews recorded has one missed review in
/// 2010 and nothing due since: such children add nothing to the timeliness figures of 2013-14.
///
/// Workers: 1 and 2 are social workers, 3 a personal adviser, 9 an independent reviewing officer.
private enum HandBuiltCouncil {
    static let today = Day(iso: "2014-06-30")!
    static let year = ReportingPeriod.financialYear(startYear: 2013).range
    static let march = ReportingPeriod.month(year: 2014, month: 3).range
    static let population = Population(estimates: [2012: 70_000, 2013: 70_500, 2014: 71_200],
                                       source: "ONS mid-year estimates (made up for the test)")

    static let children: [TestChild] = [
        // C1: referred in June 2013 and assessed; closed in September; referred again on
        // 10 March 2014 (a re-referral, 9 months on). A strategy discussion, and an enquiry that
        // needed no conference. Worker 1 held the case, then worker 2 from 21 March.
        TestChild(1, born: "2006-05-10", [
            .contact("2013-06-03", .referralToChildrensSocialCare, decided: "2013-06-04"),
            .referral("2013-06-03", closed: "2013-09-30"),
            .assessment("2013-06-05", authorised: "2013-07-31", needsServices: true, factors: [.domesticViolenceParentCarer]),
            .referral("2014-03-10"),
            .strategyDiscussion("2014-03-11", .section47),
            .section47("2014-03-12", .substantiatedNoConference, conferenceNotRequired: true, outcomeDate: "2014-03-21"),
            .allocation(worker: 1, from: "2013-06-03", until: "2013-09-30"),
            .allocation(worker: 1, from: "2014-03-10", until: "2014-03-20"),
            .allocation(worker: 2, from: "2014-03-21"),
        ]),
        // C2: a disabled child. A referral on Sunday 17 March 2013 led to no further action;
        // early help followed. Short breaks under an agreement (V4) from May 2013. Referred
        // again on 17 March 2014, exactly 12 months on (a re-referral), again no further action.
        TestChild(2, born: "2010-02-14", [
            .referral("2013-03-17", nfa: true, closed: "2013-03-18"),
            .earlyHelp("2013-04-10", completed: "2013-05-20", heldByCouncil: true),
            .periodOfCare("2013-05-01", .shortBreaksAgreement, need: .childsDisability),
            .placement("2013-05-01", .startedToBeLookedAfter, .shortBreaksAgreement, .fosterOtherCarerOther),
            .contact("2014-03-17", .referralToChildrensSocialCare, decided: "2014-03-17"),
            .referral("2014-03-17", nfa: true, closed: "2014-03-18"),
        ]),
        // C3: a child protection plan from 20 May 2011 ended on 20 May 2013, exactly two years
        // on. Referred again in October 2013: the initial conference came 15 working days after
        // the strategy discussion, and a second plan began 5 months after the first ended.
        TestChild(3, born: "2000-09-01", [
            .referral("2011-05-01", closed: "2013-05-20"),
            .protectionPlan("2011-05-20", .physical, ended: "2013-05-20"),
            .referral("2013-10-01"),
            .strategyDiscussion("2013-10-02", .section47),
            .section47("2013-10-03", .substantiatedConference),
            .assessment("2013-10-03", authorised: "2013-12-13", needsServices: true, factors: [.childSexualExploitation]),
            .initialConference("2013-10-23", attended: [.police, .health], outcome: .childProtectionPlan),
            .protectionPlan("2013-10-23", .neglect),
            .visit("2013-10-30", .childProtection),
            .visit("2013-11-15", .childProtection),
            .contact("2014-01-15", .alreadyOpen, decided: "2014-01-15"),
            .reviewConference("2014-01-21"),
            .allocation(worker: 1, from: "2013-10-01"),
        ]),
        // C4: on a plan from 2010 to June 2011. Referred on 1 August 2013 (the contact's decision
        // was never recorded); the conference came late, over the August bank holiday; a second
        // plan began more than two years after the first ended. An assessment not yet authorised.
        TestChild(4, born: "2009-03-03", [
            .referral("2010-02-15", closed: "2011-06-30"),
            .protectionPlan("2010-03-01", .emotional, ended: "2011-06-30"),
            .contact("2013-07-31", .referralToChildrensSocialCare, decided: nil),
            .referral("2013-08-01"),
            .strategyDiscussion("2013-08-02", .section47),
            .section47("2013-08-05", .substantiatedConference),
            .assessment("2013-08-12", authorised: nil, needsServices: nil, factors: []),
            .initialConference("2013-09-02", attended: [.police, .education], outcome: .childProtectionPlan),
            .protectionPlan("2013-09-02", .emotional),
            .allocation(worker: 2, from: "2013-08-01"),
        ]),
        // C5: looked after in 2008; on a plan from June 2012 to December 2013 (18 months).
        // Referred again on 17 March 2014: two strategy discussions, an enquiry still open, and
        // an emergency protection order on 27 March: a second period of care, in a children's home.
        TestChild(5, born: "2004-01-25", [
            .periodOfCare("2008-03-03", .section20SinglePeriod, ended: "2009-01-12"),
            .placement("2008-03-03", .startedToBeLookedAfter, .section20SinglePeriod, .fosterOtherCarerOther, ended: "2009-01-12"),
            .referral("2012-06-01", closed: "2013-12-16"),
            .protectionPlan("2012-06-11", .neglect, ended: "2013-12-16"),
            .contact("2014-03-14", .strategyDiscussion, decided: "2014-03-18"),
            .referral("2014-03-17"),
            .strategyDiscussion("2014-03-18", .noSection47CINAssessment),
            .strategyDiscussion("2014-03-25", .section47),
            .section47("2014-03-26", nil),
            .periodOfCare("2014-03-27", .emergencyProtectionOrder),
            .placement("2014-03-27", .startedToBeLookedAfter, .emergencyProtectionOrder, .childrensHome),
            .allocation(worker: 1, from: "2014-03-17"),
        ]),
        // C6: came into care on 14 October 2013 (section 20, then an interim care order), with a
        // plan of long-term fostering not yet matched. Reviews, visits, health and education
        // plans partly on time; went missing three times.
        TestChild(6, born: "2005-09-15", [
            .periodOfCare("2013-10-14", .section20SinglePeriod, plan: .longTermFostering),
            .placement("2013-10-14", .startedToBeLookedAfter, .section20SinglePeriod, .fosterOtherCarerOther, ended: "2014-01-20"),
            .placement("2014-01-20", .legalStatusChangeOnly, .interimCareOrder, .fosterOtherCarerOther),
            .visit("2013-10-18", .lookedAfterStatutory),
            .visit("2013-11-28", .lookedAfterStatutory),
            .visit("2014-01-14", .lookedAfterStatutory),
            .lookedAfterReview("2013-11-08"),
            .lookedAfterReview("2014-02-10"),
            .healthAssessment("2013-11-20", .initial),
            .personalEducationPlan("2013-10-25"),
            .personalEducationPlan("2014-03-03"),
            .missing(.missing, "2014-01-03", back: "2014-01-04", offered: true, interviewAt: "2014-01-06T10:00:00Z"),
            .missing(.away, "2014-03-08", back: "2014-03-08", offered: false),
            .missing(.missing, "2014-03-29", back: "2014-03-31", offered: true, accepted: true, interviewAt: "2014-04-04T09:00:00Z"),
            .allocation(worker: 2, from: "2013-10-14"),
            .allocation(worker: 9, role: .independentReviewingOfficer, from: "2013-10-18"),
        ]),
        // C7: referred by the police on Sunday 24 March 2013; assessed over Easter as not in
        // need; early help from the school after a contact on the Friday before the August bank
        // holiday. Re-referred in November 2013 (8 months on): assessed over Christmas, sexual
        // exploitation identified; the conference made a child in need plan. A special
        // guardianship order to her grandmother in March 2014.
        TestChild(7, born: "1999-06-15", [
            .referral("2013-03-24", closed: "2013-06-10"),
            .assessment("2013-03-26", authorised: "2013-06-03", needsServices: false, factors: [.noFactorsIdentified]),
            .contact("2013-08-23", .earlyHelp, decided: "2013-08-27"),
            .earlyHelp("2013-08-28", completed: "2013-10-04", heldByCouncil: false),
            .referral("2013-11-29"),
            .strategyDiscussion("2013-12-02", .section47),
            .assessment("2013-12-02", authorised: "2014-01-31", needsServices: true,
                        factors: [.childSexualExploitation, .domesticViolenceParentCarer]),
            .section47("2013-12-03", .substantiatedConference),
            .initialConference("2013-12-20", attended: [.police], outcome: .childInNeedPlan),
            .step(.specialGuardianshipOrder, "2014-03-24"),
        ]),
        // C8: a referral on Saturday 23 February 2013 led to no further action; early help
        // from January 2014. Referred on 24 February 2014, 12 months and a day later (not a
        // re-referral). The conference was within 15 working days of the enquiry's start but
        // not of the strategy discussion; a plan from 21 March.
        TestChild(8, born: "2011-10-10", [
            .referral("2013-02-23", nfa: true, closed: "2013-02-25"),
            .earlyHelp("2014-01-13", completed: "2014-03-14", heldByCouncil: true),
            .contact("2014-02-21", .strategyDiscussion, decided: "2014-02-24"),
            .referral("2014-02-24"),
            .strategyDiscussion("2014-02-24", .section47),
            .assessment("2014-02-25", authorised: "2014-03-28", needsServices: nil, factors: [.alcoholMisuseParentCarer]),
            .section47("2014-03-04", .substantiatedConference),
            .initialConference("2014-03-21", attended: [.health], outcome: .childProtectionPlan),
            .protectionPlan("2014-03-21", .physical),
            .allocation(worker: 1, from: "2014-02-24"),
        ]),
        // C9: in care since June 2011, in a children's home since November 2012, and on a
        // child protection plan since October 2012 (review conferences one late, one early).
        // Dental check late; missing once, and declined the return interview.
        TestChild(9, born: "2002-01-20", [
            .referral("2011-05-16"),
            .periodOfCare("2011-06-06", .interimCareOrder),
            .placement("2011-06-06", .startedToBeLookedAfter, .interimCareOrder, .fosterOtherCarerOther, ended: "2012-11-05"),
            .placement("2012-11-05", .legalStatusAndPlacementAndCarerChange, .fullCareOrder, .childrensHome),
            .protectionPlan("2012-10-01", .neglect),
            .reviewConference("2012-12-20"),
            .reviewConference("2013-06-25"),
            .reviewConference("2013-12-20"),
            .dentalCheck("2012-05-30"),
            .dentalCheck("2013-06-12"),
            .missing(.missing, "2013-07-10", back: "2013-07-12", offered: true, accepted: false),
            .contact("2014-03-24", .alreadyOpen, decided: "2014-03-24"),
            .allocation(worker: 2, from: "2011-06-06"),
        ]),
        // C10: in care since June 2012 with three carers: the first until 2 April 2013 (her last
        // night there was 1 April), the second until 1 October, then a long-term foster carer,
        // matched in February 2014. Health and dental checks on time; first visits after each
        // move missed. Worker 1 held the case up to and including 31 March 2014.
        TestChild(10, born: "2003-04-12", [
            .periodOfCare("2012-06-01", .fullCareOrder),
            .placement("2012-06-01", .startedToBeLookedAfter, .fullCareOrder, .fosterOtherCarerOther, ended: "2013-04-02"),
            .placement("2013-04-02", .placementAndCarerChange, .fullCareOrder, .fosterOtherCarerOther, ended: "2013-10-01"),
            .placement("2013-10-01", .placementAndCarerChange, .fullCareOrder, .fosterOtherCarerLongTerm),
            .healthAssessment("2012-06-20", .initial),
            .healthAssessment("2013-06-14", .review),
            .dentalCheck("2013-05-20"),
            .step(.longTermFosteringMatchConfirmed, "2014-02-03"),
            .allocation(worker: 1, from: "2012-06-01", until: "2014-03-31"),
        ]),
        // C11: with the same foster carer since February 2010; a placement order in January
        // 2013, matched with that carer in March 2014, placed for adoption with them on 14 April
        // (a same-carer move). Unallocated from 31 March.
        TestChild(11, born: "2009-07-07", [
            .periodOfCare("2010-02-01", .interimCareOrder, plan: .adoption),
            .placement("2010-02-01", .startedToBeLookedAfter, .interimCareOrder, .fosterOtherCarerOther, ended: "2013-01-15"),
            .placement("2013-01-15", .legalStatusChangeOnly, .placementOrder, .fosterOtherCarerOther, ended: "2014-04-14"),
            .placement("2014-04-14", .placementChangeSameCarer, .placementOrder, .adoptionPlacementOrderCurrentFosterCarer),
            .step(.placementOrder, "2013-01-15"),
            .step(.matchedForAdoption, "2014-03-20", byFosterCarer: true),
            .step(.placedForAdoption, "2014-04-14", byFosterCarer: true),
            .allocation(worker: 2, from: "2010-02-01", until: "2014-03-30"),
        ]),
        // C12: adopted by her foster carer on 12 March 2012: in care from 7 June 2010, matched
        // with the carer (20 April 2011) before the placement order (16 May 2011), placed for
        // adoption with them on 1 August 2011.
        TestChild(12, born: "2010-04-01", [
            .periodOfCare("2010-06-07", .interimCareOrder, ended: "2012-03-12", plan: .adoption),
            .placement("2010-06-07", .startedToBeLookedAfter, .interimCareOrder, .fosterOtherCarerOther, ended: "2011-05-16"),
            .placement("2011-05-16", .legalStatusChangeOnly, .placementOrder, .fosterOtherCarerOther, ended: "2011-08-01"),
            .placement("2011-08-01", .placementChangeSameCarer, .placementOrder, .adoptionPlacementOrderCurrentFosterCarer, ended: "2012-03-12"),
            .step(.matchedForAdoption, "2011-04-20", byFosterCarer: true),
            .step(.placementOrder, "2011-05-16"),
            .step(.placedForAdoption, "2011-08-01", byFosterCarer: true),
            .step(.adoptionOrder, "2012-03-12", byFosterCarer: true),
        ]),
        // C13: adopted on 10 March 2014 by new adopters: in care from 4 July 2011, placement
        // order 1 October 2012, matched 14 January 2013, placed 18 February 2013.
        TestChild(13, born: "2011-02-10", [
            .periodOfCare("2011-07-04", .interimCareOrder, ended: "2014-03-10", plan: .adoption),
            .placement("2011-07-04", .startedToBeLookedAfter, .interimCareOrder, .fosterOtherCarerOther, ended: "2012-10-01"),
            .placement("2012-10-01", .legalStatusChangeOnly, .placementOrder, .fosterOtherCarerOther, ended: "2013-02-18"),
            .placement("2013-02-18", .placementAndCarerChange, .placementOrder, .adoptionPlacementOrderOtherCarer, ended: "2014-03-10"),
            .step(.placementOrder, "2012-10-01"),
            .step(.matchedForAdoption, "2013-01-14"),
            .step(.placedForAdoption, "2013-02-18"),
            .step(.adoptionOrder, "2014-03-10"),
        ]),
        // C14: left care at 17 on 1 March 2013 with a pathway plan; 18 on 20 May 2013. In touch,
        // at college, in supported lodgings; one plan review late, the next on time.
        TestChild(14, born: "1995-05-20", [
            .periodOfCare("2010-09-01", .section20SinglePeriod, ended: "2013-03-01"),
            .placement("2010-09-01", .startedToBeLookedAfter, .section20SinglePeriod, .fosterOtherCarerOther, ended: "2013-03-01"),
            .careLeaver("2013-03-01", .relevant, .yes, .neetOther, .semiIndependentSuitable, plan: "2013-03-01"),
            .careLeaver("2013-05-20", .formerRelevant, .yes, .neetOther, .semiIndependentSuitable),
            .careLeaver("2013-09-20", .formerRelevant, .yes, .otherEducationFullTime, .supportedLodgingsSuitable, review: "2013-09-20"),
            .careLeaver("2014-03-18", .formerRelevant, .yes, .otherEducationFullTime, .supportedLodgingsSuitable, review: "2014-03-18"),
            .allocation(worker: 3, role: .personalAdviser, from: "2013-03-01"),
        ]),
        // C15: left care at 18 in 2011; the council lost touch and does not know where he lives.
        TestChild(15, born: "1993-11-03", [
            .periodOfCare("2009-01-05", .section20SinglePeriod, ended: "2011-11-03"),
            .placement("2009-01-05", .startedToBeLookedAfter, .section20SinglePeriod, .fosterOtherCarerOther, ended: "2011-11-03"),
            .careLeaver("2013-11-03", .formerRelevant, .no, .notInTouch, .residenceNotKnownUnsuitable),
        ]),
        // C16: left care at 16 on 30 June 2013; in touch, not in education or work, in a bed
        // and breakfast.
        TestChild(16, born: "1996-09-12", [
            .periodOfCare("2011-03-01", .fullCareOrder, ended: "2013-06-30"),
            .placement("2011-03-01", .startedToBeLookedAfter, .fullCareOrder, .fosterOtherCarerOther, ended: "2013-06-30"),
            .careLeaver("2013-06-30", .relevant, .yes, .neetOther, .bedAndBreakfastUnsuitable),
            .allocation(worker: 3, role: .personalAdviser, from: "2013-06-30"),
        ]),
    ]

    /// Every fact of every child, as the store would hold them.
    static let facts: [(child: Int, fact: IndicatorFact)] = children.flatMap { c in c.facts.map { (c.number, $0) } }

    static func facts(of child: Int, _ set: FactSet) -> [IndicatorFact] {
        facts.filter { $0.child == child && $0.fact.set == set }.map(\.fact)
    }

    /// An indicator's figure for a range, with the population a rate uses.
    static func figure(_ id: String, _ range: ReportingRange, workers: Set<Int>? = nil) -> Figure {
        let indicator = Indicator.named(id)!
        let tally = indicator.tally(facts, range: range, today: today, workers: workers)
        let children = population.estimate(forPeriodEnding: min(range.last, today))?.children
        return indicator.figure(tally, range: range, today: today, population: children)
    }

    /// A range of one day, for figures taken as at that day.
    static func asAt(_ iso: String) -> ReportingRange {
        let day = Day(iso: iso)!
        return ReportingRange(first: day, last: day, label: iso)
    }
}

/// One child of the hand-built council: a date of birth and records, numbered in order.
private struct TestChild {
    let number: Int
    let born: Day
    let records: [JourneyEvent]

    init(_ number: Int, born: String, _ records: [Record]) {
        self.number = number
        self.born = Day(iso: born)!
        self.records = records.enumerated().map { i, r in JourneyEvent(id: number * 100 + i + 1, kind: r.kind, values: r.values) }
    }

    /// The child's facts, from their due dates under the national rules and the default settings.
    var facts: [IndicatorFact] {
        let child = ChildFacts(dateOfBirth: born, expectedDateOfBirth: nil, dateOfDeath: nil)
        let book = RuleBook()
        let due = DueDates(book: book).derive(child: child, events: records)
        return IndicatorFacts(calendar: book.calendar).derive(child: child, events: records, due: due)
    }
}

/// A record before it is numbered: its kind and the fields a worker would fill in.
private struct Record {
    let kind: EventKind
    var values: FieldValues

    init(_ kind: EventKind, _ values: [String: FieldValue?]) {
        self.kind = kind
        self.values = values.compactMapValues { $0 }
    }

    static func day(_ iso: String?) -> FieldValue? { iso.map { .day(Day(iso: $0)!) } }
    static func code(_ code: String?) -> FieldValue? { code.map { .code($0) } }

    static func contact(_ on: String, _ decision: ContactDecision, decided: String?) -> Record {
        Record(.contact, ["contact_date": day(on), "source": code("1A"), "decision": code(decision.rawValue), "decision_date": day(decided)])
    }

    static func referral(_ on: String, nfa: Bool = false, closed: String? = nil) -> Record {
        Record(.referral, ["referral_date": day(on), "source": code("6"), "nfa": .bool(nfa), "closure_date": day(closed)])
    }

    static func assessment(_ start: String, authorised: String?, needsServices: Bool?, factors: [AssessmentFactor]) -> Record {
        Record(.assessment, ["start_date": day(start), "authorisation_date": day(authorised), "needs_services": needsServices.map { .bool($0) },
                             "factors": factors.isEmpty ? nil : .codes(factors.map(\.rawValue))])
    }

    static func earlyHelp(_ start: String, completed: String, heldByCouncil: Bool) -> Record {
        Record(.earlyHelpAssessment, ["start_date": day(start), "completion_date": day(completed),
                                      "organisation": .text(heldByCouncil ? "Early help service" : "School"), "held_by_council": .bool(heldByCouncil)])
    }

    static func strategyDiscussion(_ on: String, _ outcome: StrategyOutcome) -> Record {
        Record(.strategyDiscussion, ["discussion_date": day(on), "outcome": code(outcome.rawValue)])
    }

    static func section47(_ start: String, _ outcome: Section47Outcome?, conferenceNotRequired: Bool = false, outcomeDate: String? = nil) -> Record {
        Record(.section47, ["start_date": day(start), "outcome": code(outcome?.rawValue), "outcome_date": day(outcomeDate),
                            "conference_not_required": .bool(conferenceNotRequired)])
    }

    static func initialConference(_ on: String, attended: [Agency], outcome: ConferenceOutcome) -> Record {
        Record(.conference, ["conference_type": code(ConferenceType.initial.rawValue), "conference_date": day(on),
                             "agencies_attended": .codes(attended.map(\.rawValue)), "outcome": code(outcome.rawValue)])
    }

    static func reviewConference(_ on: String) -> Record {
        Record(.conference, ["conference_type": code(ConferenceType.review.rawValue), "conference_date": day(on),
                             "outcome": code(ConferenceOutcome.planContinued.rawValue)])
    }

    static func protectionPlan(_ start: String, _ category: CategoryOfAbuse, ended: String? = nil) -> Record {
        Record(.childProtectionPlan, ["start_date": day(start), "initial_category": code(category.rawValue),
                                      "latest_category": code(category.rawValue), "end_date": day(ended)])
    }

    static func visit(_ on: String, _ type: VisitType) -> Record {
        Record(.visit, ["visit_date": day(on), "visit_type": code(type.rawValue), "child_seen": .bool(true)])
    }

    static func periodOfCare(_ start: String, _ status: LegalStatus, need: CategoryOfNeed = .abuseOrNeglect, ended: String? = nil,
                             plan: PermanencePlan? = nil) -> Record {
        Record(.periodOfCare, ["start_date": day(start), "legal_status": code(status.rawValue), "category_of_need": code(need.rawValue),
                               "end_date": day(ended), "permanence_plan": code(plan?.rawValue)])
    }

    static func placement(_ start: String, _ reason: ReasonForNewEpisode, _ status: LegalStatus, _ type: PlacementType,
                          ended: String? = nil) -> Record {
        Record(.placement, ["start_date": day(start), "reason_new_episode": code(reason.rawValue), "legal_status": code(status.rawValue),
                            "placement_type": code(type.rawValue), "end_date": day(ended)])
    }

    static func lookedAfterReview(_ on: String) -> Record { Record(.lookedAfterReview, ["review_date": day(on)]) }

    static func healthAssessment(_ on: String, _ type: HealthAssessmentType) -> Record {
        Record(.healthAssessment, ["assessment_date": day(on), "assessment_type": code(type.rawValue)])
    }

    static func dentalCheck(_ on: String) -> Record { Record(.dentalCheck, ["check_date": day(on)]) }

    static func personalEducationPlan(_ on: String) -> Record { Record(.personalEducationPlan, ["pep_date": day(on)]) }

    static func missing(_ type: MissingType, _ from: String, back: String, offered: Bool, accepted: Bool? = nil,
                        interviewAt: String? = nil) -> Record {
        Record(.missingEpisode, ["missing_type": code(type.rawValue), "start_date": day(from), "end_date": day(back),
                                 "interview_offered": .bool(offered), "interview_accepted": accepted.map { .bool($0) },
                                 "interview_at": interviewAt.map { .instant(ISOInstant.parse($0)!) }])
    }

    static func step(_ step: PermanenceStep, _ on: String, byFosterCarer: Bool? = nil) -> Record {
        Record(.permanence, ["step": code(step.rawValue), "step_date": day(on), "adopted_by_foster_carer": byFosterCarer.map { .bool($0) }])
    }

    static func careLeaver(_ on: String, _ status: CareLeaverStatus, _ inTouch: CareLeaverInTouch, _ activity: CareLeaverActivity,
                           _ accommodation: CareLeaverAccommodation, plan: String? = nil, review: String? = nil) -> Record {
        Record(.careLeaver, ["record_date": day(on), "status": code(status.rawValue), "in_touch": code(inTouch.rawValue),
                             "activity": code(activity.rawValue), "accommodation": code(accommodation.rawValue),
                             "pathway_plan_date": day(plan), "pathway_plan_review_date": day(review)])
    }

    static func allocation(worker: Int, role: AllocationRole = .socialWorker, from: String, until: String? = nil) -> Record {
        Record(.allocation, ["worker_id": .integer(worker), "allocation_role": code(role.rawValue), "start_date": day(from), "end_date": day(until)])
    }
}

// MARK: - Hand-worked figures

/// A figure worked out by hand.
private struct Expected: Sendable {
    let value: Double?
    let numerator: Int
    let denominator: Int?
    /// Checked for breakdowns.
    let categories: [String: Int]?

    static func count(_ n: Int) -> Expected { Expected(value: Double(n), numerator: n, denominator: nil, categories: nil) }

    static func percent(_ n: Int, of d: Int) -> Expected {
        Expected(value: d == 0 ? nil : 100 * Double(n) / Double(d), numerator: n, denominator: d, categories: nil)
    }

    static func numeratorCount(_ n: Int, of d: Int) -> Expected { Expected(value: Double(n), numerator: n, denominator: d, categories: nil) }

    /// Per 10,000 of the 70,500 children of mid-2013, scaled up to a year from a period of `days`.
    static func rate(_ n: Int, days: Int = 365) -> Expected {
        Expected(value: Double(n) * 10_000 * 365 / Double(days) / 70_500, numerator: n, denominator: nil, categories: nil)
    }

    static func mean(_ days: Double, of n: Int) -> Expected { Expected(value: days, numerator: n, denominator: nil, categories: nil) }

    static func perWorker(_ cases: Int, workers: Int) -> Expected {
        Expected(value: Double(cases) / Double(workers), numerator: cases, denominator: workers, categories: nil)
    }

    static func breakdown(_ categories: [String: Int]) -> Expected {
        let n = categories.values.reduce(0, +)
        return Expected(value: Double(n), numerator: n, denominator: nil, categories: categories)
    }
}

extension IndicatorTests {
    /// Every indicator's figure for 2013-14 and for March 2014. Stock figures are taken as at
    /// 31 March 2014 in both; the adoption scorecard counts the three years to 31 March 2014 in both.
    fileprivate static let expected: [String: (year: Expected, march: Expected)] = [
        // MARK: Front door
        // Early help assessments completed: C2 (20 May, the council's), C7 (4 October, the school's), C8 (14 March, the council's).
        "EH-01": (.count(3), .count(1)),
        // Held by the council: C2's and C8's of the 3; in March C8's, 1 of 1.
        "EH-02L": (.percent(2, of: 3), .percent(1, of: 1)),
        // Contacts: C7 23 Aug, C1 3 Jun, C4 31 Jul, C3 15 Jan, C8 21 Feb; in March C5 14th, C2 17th, C9 24th.
        "FD-01": (.count(8), .count(3)),
        // 8 × 10,000 ÷ 70,500 over the year; in March 3 × 10,000 × 365/31 ÷ 70,500.
        "FD-01R": (.rate(8), .rate(3, days: 31)),
        // To a referral (C1, C4, C2) or a strategy discussion (C8, C5): 5 of 8; in March C5 and C2 of 3.
        "FD-02": (.percent(5, of: 8), .percent(2, of: 3)),
        // By decision: referral C1, C4, C2; strategy discussion C8, C5; early help C7; already open C3, C9.
        "FD-02B": (.breakdown([ContactDecision.referralToChildrensSocialCare.rawValue: 3, ContactDecision.strategyDiscussion.rawValue: 2,
                               ContactDecision.earlyHelp.rawValue: 1, ContactDecision.alreadyOpen.rawValue: 2]),
                   .breakdown([ContactDecision.referralToChildrensSocialCare.rawValue: 1, ContactDecision.strategyDiscussion.rawValue: 1,
                               ContactDecision.alreadyOpen.rawValue: 1])),
        // Decision due the next working day: C7's Friday 23 August contact was due Tuesday 27th (26th a bank
        // holiday), decided then; late or missing: C4 (due 1 August, none recorded), C5 (due Mon 17 March,
        // decided 18th). 6 of 8; in March C2 and C9 on time, C5 late: 2 of 3.
        "FD-03": (.percent(6, of: 8), .percent(2, of: 3)),
        // Referrals: C1 (3 Jun, 10 Mar), C4 (1 Aug), C3 (1 Oct), C7 (29 Nov), C8 (24 Feb), C2 and C5 (17 Mar).
        "REF-01": (.count(8), .count(3)),
        // 8 × 10,000 ÷ 70,500 = 1.13 over the 365 days; in March 3 × 10,000 × 365/31 ÷ 70,500 = 5.01.
        "REF-01R": (.rate(8), .rate(3, days: 31)),
        // Earlier referral within 12 months: C1 (3 Jun 2013 → 10 Mar 2014), C2 (17 Mar 2013 → 17 Mar 2014, exactly
        // 12 months), C7 (24 Mar 2013 → 29 Nov 2013); not C8 (23 Feb 2013 → 24 Feb 2014, a day over). 3 of 8; March 2 of 3.
        "REF-02": (.percent(3, of: 8), .percent(2, of: 3)),
        // No further action: C2's March referral. 1 of 8; 1 of 3.
        "REF-03": (.percent(1, of: 8), .percent(1, of: 3)),
        // Working days from the start to authorisation: C1 5 Jun → 31 Jul 40; C7 26 Mar → 3 Jun 45 (Easter and both
        // May bank holidays skipped); C3 3 Oct → 13 Dec 51; C7 2 Dec → 31 Jan 41 (25, 26 Dec and 1 Jan skipped);
        // C8 25 Feb → 28 Mar 23. Within 45: 4 of 5; March (C8) 1 of 1.
        "ASM-01": (.percent(4, of: 5), .percent(1, of: 1)),
        // From the referral: C1 42; C7 46 (referral on Sunday 24 March counts from Monday 25th); C3 53 (from 1 Oct);
        // C7 42 (from 29 Nov); C8 24. Within 45: 3 of 5; March 1 of 1.
        "ASM-02": (.percent(3, of: 5), .percent(1, of: 1)),
        // Outcome recorded for C1, C3, C7 (twice); C8's is not. In need: C1, C3, C7's second. 3 of 4; March none recorded.
        "ASM-03": (.percent(3, of: 4), .percent(0, of: 0)),
        // Factor 11A: C3 and C7's second assessment, of the 5 authorised; in March none of C8's 1.
        "CSE-01": (.numeratorCount(2, of: 5), .numeratorCount(0, of: 1)),
        // Open episodes of need on 31 March: C1, C3, C4, C5, C7, C8, C9 (C2's referrals were NFA).
        "CIN-01": (.count(7), .count(7)),
        // On a day, not scaled: 7 × 10,000 ÷ 70,500.
        "CIN-01R": (.rate(7), .rate(7)),

        // MARK: Child protection
        // Strategy discussions: C4 2 Aug, C3 2 Oct, C7 2 Dec, C8 24 Feb; in March C1 11th, C5 18th and 25th.
        "SD-01": (.count(7), .count(3)),
        // Children: those six; in March C1 and C5.
        "SD-02": (.count(6), .count(2)),
        // Enquiries started: C4 5 Aug, C3 3 Oct, C7 3 Dec; in March C8 4th, C1 12th, C5 26th.
        // 6 × 10,000 ÷ 70,500; in March 3 × 10,000 × 365/31 ÷ 70,500.
        "S47-01": (.rate(6), .rate(3, days: 31)),
        "S47-01N": (.count(6), .count(3)),
        // Outcome known: conference for C4, C3, C7, C8; none needed for C1; C5's is open. 4 of 5; in March C8 and C1: 1 of 2.
        "S47-02": (.percent(4, of: 5), .percent(1, of: 2)),
        // Conference: C4, C3, C7, C8; no conference: C1. In March C8 and C1.
        "S47-02B": (.breakdown([Section47Outcome.substantiatedConference.rawValue: 4, Section47Outcome.substantiatedNoConference.rawValue: 1]),
                    .breakdown([Section47Outcome.substantiatedConference.rawValue: 1, Section47Outcome.substantiatedNoConference.rawValue: 1])),
        // Enquiry start → conference: C3 3 Oct → 23 Oct 14; C4 5 Aug → 2 Sep 19 (26 Aug skipped); C7 3 Dec → 20 Dec 13;
        // C8 4 Mar → 21 Mar 13. Within 15: 3 of 4; March 1 of 1.
        "S47-03": (.percent(3, of: 4), .percent(1, of: 1)),
        // Strategy discussion → conference: C3 2 Oct 15 (just in time); C4 2 Aug 20; C7 2 Dec 14; C8 24 Feb 19. 2 of 4; March 0 of 1.
        "S47-04": (.percent(2, of: 4), .percent(0, of: 1)),
        // Initial conferences: C4 (police, education), C3 (police, health), C7 (police), C8 (health).
        "ICPC-P": (.percent(3, of: 4), .percent(0, of: 1)),
        // Health: C3, C8; education: C4.
        "ICPC-H": (.percent(2, of: 4), .percent(1, of: 1)),
        "ICPC-E": (.percent(1, of: 4), .percent(0, of: 1)),
        // To a plan: C4, C3, C8; C7's made a child in need plan. 3 of 4; March 1 of 1.
        "ICPC-02": (.percent(3, of: 4), .percent(1, of: 1)),
        // Plans open on 31 March: C3 (neglect), C4 (emotional), C8 (physical), C9 (neglect).
        "CP-01": (.count(4), .count(4)),
        // 4 × 10,000 ÷ 70,500.
        "CP-01R": (.rate(4), .rate(4)),
        // Neglect C3, C9; emotional C4; physical C8.
        "CP-01B": (.breakdown([CategoryOfAbuse.neglect.rawValue: 2, CategoryOfAbuse.emotional.rawValue: 1, CategoryOfAbuse.physical.rawValue: 1]),
                   .breakdown([CategoryOfAbuse.neglect.rawValue: 2, CategoryOfAbuse.emotional.rawValue: 1, CategoryOfAbuse.physical.rawValue: 1])),
        // Plans started: C4 2 Sep, C3 23 Oct; in March C8 21st.
        "CP-02": (.count(3), .count(1)),
        // 3 × 10,000 ÷ 70,500; in March 1 × 10,000 × 365/31 ÷ 70,500.
        "CP-02R": (.rate(3), .rate(1, days: 31)),
        // An earlier plan: C4 (2010-11) and C3 (2011-13); C8's is her first. 2 of 3; March 0 of 1.
        "CP-03": (.percent(2, of: 3), .percent(0, of: 1)),
        // Earlier plan ended within 24 months: C3 (20 May 2013, 5 months before); not C4 (30 Jun 2011, 26 months before). 1 of 3.
        "CP-04": (.percent(1, of: 3), .percent(0, of: 1)),
        // Plans ended: C3 20 May 2011 → 20 May 2013 (two years exactly: counts); C5 11 Jun 2012 → 16 Dec 2013. 1 of 2; none in March.
        "CP-05": (.percent(1, of: 2), .percent(0, of: 0)),
        // Review conferences due: C9 20 Jun (6 months after 20 Dec 2012; held 25 Jun, late) and 25 Dec (held 20 Dec);
        // C4 2 Dec (3 months after 2 Sep; none held); C3 23 Jan (held 21 Jan). 2 of 4; none due in March.
        "CP-07": (.percent(2, of: 4), .percent(0, of: 0)),
        // Visits every 10 working days of C3's plan from 23 Oct: due 6 Nov (visited 30 Oct), 13 Nov (visited 15th,
        // late), 29 Nov (no visit since); C4's first, due 16 Sep, never made. 1 of 4; none due in March.
        "CP-08": (.percent(1, of: 4), .percent(0, of: 0)),

        // MARK: Children in care
        // Looked after on 31 March: C5, C6, C9, C10, C11 (C2's short breaks are left out; C13 was adopted on 10 March).
        "CLA-01": (.count(5), .count(5)),
        // 5 × 10,000 ÷ 70,500.
        "CLA-01R": (.rate(5), .rate(5)),
        // Also on a plan: C9. 1 of 5.
        "CLA-01CP": (.percent(1, of: 5), .percent(1, of: 5)),
        // Started: C6 14 Oct; in March C5 27th (C2's short breaks from 1 May left out).
        "CLA-02": (.count(2), .count(1)),
        // 2 × 10,000 ÷ 70,500; in March 1 × 10,000 × 365/31 ÷ 70,500.
        "CLA-02R": (.rate(2), .rate(1, days: 31)),
        // Looked after before: C5 (2008-09). 1 of 2; 1 of 1.
        // C5's earlier period ended in January 2009, more than 12 months before March 2014.
        "CLA-03": (.percent(0, of: 2), .percent(0, of: 1)),
        // C6 under section 20, C5 under an emergency protection order.
        "CLA-04": (.breakdown([LegalStatus.section20SinglePeriod.rawValue: 1, LegalStatus.emergencyProtectionOrder.rawValue: 1]),
                   .breakdown([LegalStatus.emergencyProtectionOrder.rawValue: 1])),
        // C6 was 8 on starting, C5 10.
        "CLA-05": (.breakdown([AgeBand.fiveToNine.rawValue: 1, AgeBand.tenToFifteen.rawValue: 1]),
                   .breakdown([AgeBand.tenToFifteen.rawValue: 1])),
        // On 31 March: foster care C6, C10, C11 (placed for adoption only from 14 April); children's homes C5, C9.
        "PLC-00": (.breakdown([PlacementGroup.foster.rawValue: 3, PlacementGroup.residential.rawValue: 2]),
                   .breakdown([PlacementGroup.foster.rawValue: 3, PlacementGroup.residential.rawValue: 2])),
        // Three carers in the 12 months from 1 April 2013: C10 (her first carer until the night of 1 April). 1 of 5.
        "PLC-01": (.percent(1, of: 5), .percent(1, of: 5)),
        // Under 16 and in care 2½ years (since 30 Sep 2011 or before): C9 (carer since Nov 2012) and C11 (since Feb 2010). 1 of 2.
        "PLC-02": (.percent(1, of: 2), .percent(1, of: 2)),
        // C6's reviews: the first 20 working days after 14 Oct, 11 Nov (held 8 Nov); the second 3 months after that,
        // 8 Feb (held 10 Feb, late). 1 of 2; none due in March.
        "CLAR-01": (.percent(1, of: 2), .percent(0, of: 0)),
        // C6's visits: 21 Oct (visited 18 Oct), then 6 weeks on: 29 Nov (28 Nov), 9 Jan (14 Jan, late), 25 Feb (none);
        // C10's first visits after her moves, due 9 Apr and 8 Oct, never made. 2 of 6; none due in March.
        "CLAV-01": (.percent(2, of: 6), .percent(0, of: 0)),
        // C6's initial health assessment due 11 Nov, done 20 Nov; C10's yearly review due 20 Jun, done 14 Jun. 1 of 2.
        "CLAH-01": (.percent(1, of: 2), .percent(0, of: 0)),
        // Dental checks: C10's first due 1 Jun 2013 (done 20 May); C9's due 30 May 2013, 12 months after her last (done 12 Jun). 1 of 2.
        "CLAH-03": (.percent(1, of: 2), .percent(0, of: 0)),
        // C6's education plans: started within 10 working days (28 Oct) and ready within 20 (11 Nov): both by 25 Oct;
        // reviewed 4 months on, 25 Feb (done 3 Mar, late). 2 of 3; none due in March.
        "CLAH-08": (.percent(2, of: 3), .percent(0, of: 0)),
        // Episodes starting: C9 10 Jul; C6 3 Jan; in March C6 8th and 29th.
        "MIS-01": (.count(4), .count(2)),
        "MIS-01C": (.count(2), .count(1)),
        // Ended: C9 12 Jul (offered), C6 4 Jan (offered); in March C6 8th (not offered), 31st (offered). 3 of 4; 1 of 2.
        "MIS-02": (.percent(3, of: 4), .percent(1, of: 2)),
        // Due 72 hours after the return: C9 15 Jul (declined on return, so met); C6 7 Jan (held 6 Jan); 11 Mar (none).
        // C6's return of 31 March was due 3 April. 2 of 3; March 0 of 1.
        "MIS-03": (.percent(2, of: 3), .percent(0, of: 1)),

        // MARK: Permanence (the three years from 1 April 2011 to 31 March 2014)
        // A1: C12 7 Jun 2010 → 1 Aug 2011 = 365 + 55 = 420 days; C13 4 Jul 2011 → 18 Feb 2013 = 366 + 215 + 14 = 595. Mean 507.5.
        "ADO-01": (.mean(507.5, of: 2), .mean(507.5, of: 2)),
        // Less than 14 months: C12 (placed before 7 Aug 2011); not C13 (after 4 Sep 2012). 1 of 2.
        "ADO-04": (.percent(1, of: 2), .percent(1, of: 2)),
        // A2: C12 matched before the placement order, 0; C13 1 Oct 2012 → 14 Jan 2013, 105. Mean 52.5.
        "ADO-02": (.mean(52.5, of: 2), .mean(52.5, of: 2)),
        // A10: C12 was adopted by the foster carer she joined on entering care, 0; C13 as A1, 595. Mean 297.5.
        "ADO-03": (.mean(297.5, of: 2), .mean(297.5, of: 2)),
        // Adoption orders in the period: C13 on 10 March 2014.
        "ADO-06": (.count(1), .count(1)),
        // Placement order, not yet placed, on 31 March: C11.
        "ADO-05": (.count(1), .count(1)),
        // Long-term fostering: C6 (planned, not matched), C10 (U4, matched 3 Feb). 1 of 2 not matched.
        "LTF-01": (.numeratorCount(1, of: 2), .numeratorCount(1, of: 2)),
        // C7's special guardianship order of 24 March.
        "SGO-01": (.count(1), .count(1)),

        // MARK: Care leavers (on 31 March 2014)
        // Former relevant C14, C15; relevant C16 (17).
        "CL-00": (.breakdown([CareLeaverStatus.formerRelevant.rawValue: 2, CareLeaverStatus.relevant.rawValue: 1]),
                  .breakdown([CareLeaverStatus.formerRelevant.rawValue: 2, CareLeaverStatus.relevant.rawValue: 1])),
        // In touch: C14, C16; not C15. 2 of 3.
        "CL-01": (.percent(2, of: 3), .percent(2, of: 3)),
        // In education, employment or training: C14 (college); not C15 (not in touch), C16 (NEET). 1 of 3.
        "CL-02": (.percent(1, of: 3), .percent(1, of: 3)),
        // Suitable: C14 (supported lodgings); not C16 (B&B); C15's residence is not known, so left out. 1 of 2.
        "CL-03": (.percent(1, of: 2), .percent(1, of: 2)),
        // C14's pathway plan of 1 Mar 2013: review due 1 Sep (held 20 Sep, late), next due 20 Mar 2014 (held 18 Mar). 1 of 2; March 1 of 1.
        "CL-04": (.percent(1, of: 2), .percent(1, of: 1)),

        // MARK: Workforce (on 31 March 2014)
        // Worker 1: C3, C5, C8, C10; worker 2: C1, C4, C6, C9; worker 3: C14, C16. 10 cases, 3 workers.
        "WF-01": (.perWorker(10, workers: 3), .perWorker(10, workers: 3)),
    ]
}

private func same(_ a: Double?, _ b: Double?) -> Bool {
    switch (a, b) {
    case (nil, nil): true
    case let (a?, b?): abs(a - b) <= 1e-9 * max(1, abs(b))
    default: false
    }
}

// MARK: - Tests

@Suite("Indicators on a hand-built council")
struct IndicatorTests {
    fileprivate typealias Council = HandBuiltCouncil

    func d(_ iso: String) -> Day { Day(iso: iso)! }

    @Test("Every indicator in the catalogue has a hand-worked figure")
    func everyIndicatorHasAHandWorkedFigure() {
        let ids = Indicator.catalogue.map(\.id)
        #expect(Set(ids).count == ids.count, "indicator ids are unique")
        for id in ids {
            #expect(Self.expected[id] != nil, "\(id) has no hand-worked figure: add one to IndicatorTests.expected")
        }
        for id in Self.expected.keys {
            #expect(Indicator.named(id) != nil, "\(id) is no longer in the catalogue")
        }
    }

    @Test("Each figure for 2013-14 and March 2014 is the hand-worked one", arguments: Indicator.catalogue.map(\.id))
    func handWorkedFigure(_ id: String) throws {
        let expected = try #require(Self.expected[id])
        for (range, want) in [(Council.year, expected.year), (Council.march, expected.march)] {
            let got = Council.figure(id, range)
            let value = got.value.map { String($0) } ?? "no value"
            #expect(same(got.value, want.value), "\(id), \(range.label): value \(value)")
            #expect(got.numerator == want.numerator, "\(id), \(range.label): numerator")
            #expect(got.denominator == want.denominator, "\(id), \(range.label): denominator")
            if let categories = want.categories {
                #expect(got.categories == categories, "\(id), \(range.label): categories")
            }
        }
    }

    @Test("A zero denominator gives no value, never 0% or NaN")
    func zeroDenominator() {
        // In March no assessment's outcome was recorded, no plan ended, and no review or review conference fell due.
        for id in ["ASM-03", "CP-07", "CP-05", "CLAR-01"] {
            let f = Council.figure(id, Council.march)
            #expect(f.value == nil && f.numerator == 0 && f.denominator == 0, "\(id)")
        }
        // A team with no cases: no caseload, not zero.
        let reviewingOfficer = Council.figure("WF-01", Council.march, workers: [9])
        #expect(reviewingOfficer.value == nil && reviewingOfficer.denominator == 0)
        // Nothing at all: ratios have no value; counts, and rates of nothing, are 0.
        for indicator in Indicator.catalogue {
            let f = indicator.figure(Tally(), range: Council.march, today: Council.today, population: 70_500)
            switch indicator.statistic {
            case .percent, .mean, .perWorker: #expect(f.value == nil, "\(indicator.id)")
            default: #expect(f.value == 0, "\(indicator.id)")
            }
            if indicator.statistic == .ratePer10k {
                for population in [nil, 0] {
                    let rate = indicator.figure(Tally(facts: 3), range: Council.march, today: Council.today, population: population)
                    #expect(rate.value == nil, "\(indicator.id) with no population")
                }
            }
        }
    }

    @Test("Rates use the mid-year estimate before the financial year's 31 March, annualised for shorter periods")
    func rates() {
        func estimate(_ iso: String) -> [Int]? { Council.population.estimate(forPeriodEnding: d(iso)).map { [$0.year, $0.children] } }
        // 2013-14 ends on 31 March 2014: mid-2013. April 2013 is in 2013-14 too; April 2014 is in 2014-15: mid-2014.
        #expect(estimate("2014-03-31") == [2013, 70_500])
        #expect(estimate("2013-04-30") == [2013, 70_500])
        #expect(estimate("2014-04-30") == [2014, 71_200])
        // Years not held take the nearest: 2010-11 takes mid-2012, 2016-17 mid-2014.
        #expect(estimate("2011-03-31") == [2012, 70_000])
        #expect(estimate("2017-03-31") == [2014, 71_200])

        // 3 referrals in March 2014 (C1 on the 10th, C2 and C5 on the 17th): 3 × 10,000 × 365/31 ÷ 70,500 = 5.0103.
        let march = Council.figure("REF-01R", Council.march)
        #expect(march.numerator == 3)
        #expect(abs(march.value! - 5.010_295_127) < 1e-9)
        // 8 in 2013-14, 365 days of 365: 8 × 10,000 ÷ 70,500 = 1.1348.
        #expect(abs(Council.figure("REF-01R", Council.year).value! - 1.134_751_773) < 1e-9)
        // Children looked after on a day are not scaled: 5 × 10,000 ÷ 70,500 whether for March or the year.
        #expect(Council.figure("CLA-01R", Council.march).value == Council.figure("CLA-01R", Council.year).value)
        #expect(abs(Council.figure("CLA-01R", Council.march).value! - 0.709_219_858) < 1e-9)
        // April 2014 (30 days), with mid-2014: 2 referrals would be 2 × 10,000 × 365/30 ÷ 71,200 = 3.4176.
        let april = ReportingPeriod.month(year: 2014, month: 4).range
        let referrals = Indicator.named("REF-01R")!
        let children = Council.population.estimate(forPeriodEnding: april.last)?.children
        let rate = referrals.figure(Tally(facts: 2), range: april, today: Council.today, population: children)
        #expect(abs(rate.value! - 3.417_602_996) < 1e-9)
    }

    @Test("Spans are cut where the case holder changes, and a team's figure counts only its workers")
    func spansAndTeams() {
        // C1's episodes of need: the first held by worker 1 throughout; the second by worker 1 from
        // 10 March, then by worker 2 from 21 March (worker 1's allocation ran to the 20th).
        let episodes = Council.facts(of: 1, .childrenInNeed).map { [$0.on.iso, $0.until?.iso ?? "open", "\($0.workerID ?? 0)"] }
        #expect(episodes == [["2013-06-03", "2013-09-30", "1"], ["2014-03-10", "2014-03-21", "1"], ["2014-03-21", "open", "2"]])
        // Children in need on 31 March: worker 1 holds C3, C5, C8; worker 2 C1, C4, C9; C7 is unallocated.
        #expect(Council.figure("CIN-01", Council.march, workers: [1]).value == 3)
        #expect(Council.figure("CIN-01", Council.march, workers: [2]).value == 3)
        #expect(Council.figure("CIN-01", Council.march, workers: [1, 2]).value == 6)
        // On 15 March C1 was still worker 1's (with C3 and C8; C5 was referred on the 17th); worker 2 had C4 and C9.
        #expect(Council.figure("CIN-01", Council.asAt("2014-03-15"), workers: [1]).value == 3)
        #expect(Council.figure("CIN-01", Council.asAt("2014-03-15"), workers: [2]).value == 2)
        // Looked after on 31 March: worker 1 holds C5 and C10 (allocated up to and including that day); worker 2
        // holds C6 and C9; C11's worker handed over on 30 March.
        #expect(Council.figure("CLA-01", Council.march, workers: [1]).value == 2)
        #expect(Council.figure("CLA-01", Council.march, workers: [2]).value == 2)
        // Caseloads: worker 1 has 4; workers 2 and 3 have 4 and 2, 3 each on average. The reviewing officer holds no case.
        let one = Council.figure("WF-01", Council.march, workers: [1])
        #expect(one.value == 4 && one.numerator == 4 && one.denominator == 1)
        let twoAndThree = Council.figure("WF-01", Council.march, workers: [2, 3])
        #expect(twoAndThree.value == 3 && twoAndThree.numerator == 6 && twoAndThree.denominator == 2)
        // Events carry the holder on the day: referrals in 2013-14 while worker 1 held the case are C1's two,
        // C3's, C5's and C8's; worker 2's, C4's; C2's and C7's were unallocated.
        #expect(Council.figure("REF-01", Council.year, workers: [1]).value == 5)
        #expect(Council.figure("REF-01", Council.year, workers: [2]).value == 1)
    }

    @Test("Three placements in 12 months counts a placement the child spent a night of the 12 months in")
    func placementStabilityBoundary() {
        // C10 moved from her first carer on 2 April 2013: her last night there was 1 April 2013. The 12 months
        // to 31 March 2014 begin on 1 April 2013, so three carers; the 12 months to 1 April 2014 begin on 2 April.
        let plc01 = Council.figure("PLC-01", Council.asAt("2014-03-31"))
        #expect(plc01.numerator == 1 && plc01.denominator == 5)
        let dayAfter = Council.figure("PLC-01", Council.asAt("2014-04-01"))
        #expect(dayAfter.numerator == 0 && dayAfter.denominator == 5)
        let moves = Council.facts(of: 10, .placementMoves).first { $0.covers(d("2014-03-31")) }
        #expect(moves?.inNumerator == true && moves?.on == d("2013-10-01") && moves?.until == d("2014-04-01"))

        // A child who moved on Easter Monday, 1 April 2013 (last night with her first carer 31 March 2013),
        // had three carers in the 12 months to 30 March 2014, and two in the 12 months to 31 March 2014.
        let twin = TestChild(99, born: "2003-04-12", [
            .periodOfCare("2012-06-01", .fullCareOrder),
            .placement("2012-06-01", .startedToBeLookedAfter, .fullCareOrder, .fosterOtherCarerOther, ended: "2013-04-01"),
            .placement("2013-04-01", .placementAndCarerChange, .fullCareOrder, .fosterOtherCarerOther, ended: "2013-10-01"),
            .placement("2013-10-01", .placementAndCarerChange, .fullCareOrder, .childrensHome),
        ]).facts.filter { $0.set == .placementMoves }
        #expect(twin.first { $0.covers(d("2014-03-30")) }?.inNumerator == true)
        #expect(twin.first { $0.covers(d("2014-03-31")) }?.inNumerator == false)
        // A move to a placement with the same carer (C11's on 14 April 2014) is not a new placement.
        let c11 = Council.facts(of: 11, .placementMoves)
        #expect(c11.allSatisfy { !$0.inNumerator })
    }

    @Test("RAG is green at the target, amber within the tolerance, red beyond, for either polarity")
    func rag() throws {
        // ASM-01, higher is better: target 90%, tolerance 5.
        let asm = try #require(Indicator.named("ASM-01"))
        func asmRAG(_ v: Double?) -> RAG { asm.rag(v, target: asm.target, tolerance: asm.tolerance) }
        #expect((asm.target, asm.tolerance) == (90, 5))
        #expect(asmRAG(100) == .green && asmRAG(90) == .green)
        #expect(asmRAG(89.99) == .amber && asmRAG(85) == .amber)
        #expect(asmRAG(84.99) == .red)
        // The council's 80% in 2013-14 is red.
        #expect(asmRAG(Council.figure("ASM-01", Council.year).value) == .red)
        // REF-02, lower is better: target 22%, tolerance 3.
        let ref = try #require(Indicator.named("REF-02"))
        func refRAG(_ v: Double?) -> RAG { ref.rag(v, target: ref.target, tolerance: ref.tolerance) }
        #expect((ref.target, ref.tolerance) == (22, 3))
        #expect(refRAG(0) == .green && refRAG(22) == .green)
        #expect(refRAG(22.01) == .amber && refRAG(25) == .amber)
        #expect(refRAG(25.01) == .red)
        // The council's 37.5% is red.
        #expect(refRAG(Council.figure("REF-02", Council.year).value) == .red)
        // No value, no target, or no better direction: no RAG. No tolerance: short of the target is red.
        #expect(asmRAG(nil) == .none)
        #expect(asm.rag(80, target: nil, tolerance: 5) == .none)
        #expect(try #require(Indicator.named("REF-01")).rag(8, target: 10, tolerance: 1) == .none)
        #expect(asm.rag(89.9, target: 90, tolerance: nil) == .red)
    }

    @Test("Direction of travel follows the polarity; a change under 0.05 is no change")
    func direction() throws {
        let asm = try #require(Indicator.named("ASM-01"))
        #expect(asm.direction(from: 80, to: 85) == .better)
        #expect(asm.direction(from: 85, to: 80) == .worse)
        #expect(asm.direction(from: 80, to: 80.04) == .same && asm.direction(from: 80, to: 79.96) == .same)
        #expect(asm.direction(from: 80, to: 80.06) == .better)
        let ref = try #require(Indicator.named("REF-02"))
        #expect(ref.direction(from: 37.5, to: 20) == .better)
        #expect(ref.direction(from: 20, to: 37.5) == .worse)
        #expect(ref.direction(from: 20, to: 20) == .same)
        let referrals = try #require(Indicator.named("REF-01"))
        #expect(referrals.direction(from: 8, to: 10) == .up && referrals.direction(from: 10, to: 8) == .down)
        #expect(asm.direction(from: nil, to: 80) == .notComparable && asm.direction(from: 80, to: nil) == .notComparable)
    }

    @Test("A trend is 12 windows as long as the period, ending at each month-end up to the period's end")
    func trendRanges() {
        let months = ReportingPeriod.month(year: 2014, month: 3).trendRanges()
        #expect(months.count == 12)
        #expect(months.first == ReportingRange(first: d("2013-04-01"), last: d("2013-04-30"), label: "Apr 2013"))
        #expect(months[10] == ReportingRange(first: d("2014-02-01"), last: d("2014-02-28"), label: "Feb 2014"))
        #expect(months.last == ReportingRange(first: d("2014-03-01"), last: d("2014-03-31"), label: "Mar 2014"))
        for (a, b) in zip(months, months.dropFirst()) { #expect(a.last.adding(days: 1) == b.first) }

        // January to March 2014: three-month windows to each month-end from April 2013.
        let quarters = ReportingPeriod.quarter(startYear: 2013, quarter: 4).trendRanges()
        #expect(quarters.count == 12)
        #expect(quarters.first == ReportingRange(first: d("2013-02-01"), last: d("2013-04-30"), label: "3 months to Apr 2013"))
        #expect(quarters.last == ReportingRange(first: d("2014-01-01"), last: d("2014-03-31"), label: "3 months to Mar 2014"))

        // 2013-14: rolling years, the last one the financial year itself.
        let years = ReportingPeriod.financialYear(startYear: 2013).trendRanges()
        #expect(years.count == 12)
        #expect(years.first == ReportingRange(first: d("2012-05-01"), last: d("2013-04-30"), label: "12 months to Apr 2013"))
        #expect(years.last == ReportingRange(first: d("2013-04-01"), last: d("2014-03-31"), label: "12 months to Mar 2014"))
        #expect(years.last.map { $0.first == Council.year.first && $0.last == Council.year.last } == true)
    }

    @Test("CLA-03 counts a return to care within 12 months of the last period's end, to the day, and not after adoption or special guardianship")
    func reentry() {
        func starts(_ ended: String, reason: String = "E4A") -> [Bool] {
            var first = Record.periodOfCare("2012-01-09", .section20SinglePeriod, ended: ended)
            first.values["reason_ceased"] = .code(reason)
            let child = TestChild(90, born: "2008-05-05", [first, .periodOfCare("2014-03-27", .interimCareOrder)])
            return child.facts.filter { $0.set == .careStarts }.map(\.inNumerator)
        }
        // 27 March 2013 is 12 months before 27 March 2014: a re-entry; the day before is not.
        #expect(starts("2013-03-27") == [false, true])
        #expect(starts("2013-03-26") == [false, false])
        // Adopted or under a special guardianship order in between: a new start, not a re-entry.
        #expect(starts("2013-09-02", reason: "E11") == [false, false])
        #expect(starts("2013-09-02", reason: "E45") == [false, false])
        #expect(starts("2013-09-02", reason: "E13") == [false, true])
    }

    @Test("Short breaks are left out of the looked-after figures, due dates included")
    func shortBreaks() throws {
        // C2's short breaks agreement (V4) from Wednesday 1 May 2013 gives due dates on the work list: a first
        // review by 31 May (20 working days; 6 and 27 May are bank holidays) and a first visit by 8 May.
        let c2 = try #require(Council.children.first { $0.number == 2 })
        let due = DueDates(book: RuleBook()).derive(child: ChildFacts(dateOfBirth: c2.born, expectedDateOfBirth: nil, dateOfDeath: nil),
                                                    events: c2.records)
        #expect(due.first { $0.rule == .lacReviewFirst }?.dueOn == d("2013-05-31"))
        #expect(due.first { $0.rule == .swVisitFirst }?.dueOn == d("2013-05-08"))
        // None of them, and nothing else of C2's care, counts in an indicator.
        let lookedAfterSets: Set<FactSet> = [.careStarts, .careStartsLegalStatus, .careStartsAge, .lookedAfter, .lookedAfterPlacement,
                                             .placementMoves, .careReviewsDue, .careVisitsDue, .healthAssessmentsDue, .dentalChecksDue, .pepsDue]
        #expect(Council.facts(of: 2, .careReviewsDue).isEmpty)
        #expect(Council.facts.filter { $0.child == 2 && lookedAfterSets.contains($0.fact.set) }.isEmpty)
    }

    @Test("A past day's figure stays as it was when later records arrive; due dates count when they fall due")
    func laterRecords() {
        // On 31 March C11 lived with her foster carer (PLC-00 above); from 14 April the same carer is her
        // adoptive placement. On today, 30 June 2014: C6 and C10 in foster care, C5 and C9 in children's homes, C11 placed for adoption.
        let spring = ReportingPeriod.quarter(startYear: 2014, quarter: 1).range
        #expect(Council.figure("PLC-00", spring).categories == [PlacementGroup.foster.rawValue: 2, PlacementGroup.residential.rawValue: 2,
                                                                 PlacementGroup.adoption.rawValue: 1])
        // Same carer since February 2010: still the two years' stability for PLC-02 (C11 of C9 and C11).
        let stability = Council.figure("PLC-02", spring)
        #expect(stability.numerator == 1 && stability.denominator == 2)
        // C5's first review after the emergency protection order of Thursday 27 March 2014 is due 20 working
        // days later, on 28 April: 28 and 31 March, then 1 to 17 April (13), then 22 to 25 April and the 28th,
        // Good Friday (18th) and Easter Monday (21st) skipped. It counts in April, not March. (Her 2008 period's
        // first review was due on 2 April 2008, with Easter Friday and Monday that year on 21 and 24 March.)
        #expect(Council.facts(of: 5, .careReviewsDue).map(\.on) == [d("2008-04-02"), d("2014-04-28")])
        let april = Council.figure("CLAR-01", ReportingPeriod.month(year: 2014, month: 4).range)
        #expect(april.numerator == 0 && april.denominator == 1)
    }
}
