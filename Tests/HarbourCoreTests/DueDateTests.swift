import Foundation
import Testing
@testable import HarbourCore
import HarbourSynthetic

/// Due dates for hand-built children, each worked out by hand from the rule and the calendar.
@Suite("Timescale rules and due dates")
struct DueDateTests {
    let engine = DueDates(book: RuleBook())

    func d(_ iso: String) -> Day { Day(iso: iso)! }

    func event(_ id: Int, _ kind: EventKind, _ values: [String: FieldValue]) -> JourneyEvent {
        JourneyEvent(id: id, kind: kind, values: values)
    }

    func items(_ rule: RuleID, in all: [DueItem]) -> [DueItem] { all.filter { $0.rule == rule } }

    @Test func theRuleBookHoldsEveryRuleOnce() {
        #expect(RuleBook.catalogue.count == 65)
        #expect(Set(RuleBook.catalogue.map(\.id)).count == RuleID.allCases.count)
        #expect(RuleBook.rule(named: "icpc")?.allowed == .workingDays(15))
        #expect(RuleBook.rule(named: "no_such_rule") == nil)
        #expect(RuleBook.rule(.lacReviewFirst).source.contains("reg 33"))
        #expect(RuleBook.rule(.singleAssessmentCompletion).inForceFrom == d("2013-04-15"))
        #expect(RuleBook.rule(.swVisitLongTermFosterAgreed).inForceFrom == d("2015-04-01"))
        // Local rules take the council's value.
        var settings = CouncilSettings()
        #expect(RuleBook(settings: settings).allowed(.cpVisits) == .workingDays(10))
        settings.childProtectionVisitInterval = LocalInterval(4, .weeks)
        #expect(RuleBook(settings: settings).allowed(.cpVisits) == .weeks(4))
        #expect(RuleBook().schedule(.lacReviewSubsequent, from: d("2014-03-20"), count: 3) == [d("2014-09-20"), d("2015-03-20"), d("2015-09-20")])
    }

    @Test func assessmentsAreJudgedByTheRulesOfTheirDay() {
        let child = ChildFacts(dateOfBirth: d("2010-05-01"), expectedDateOfBirth: nil, dateOfDeath: nil)
        let before = engine.derive(child: child, events: [
            event(1, .referral, ["referral_date": .day(d("2013-04-12")), "source": .code("1A"), "nfa": .bool(false)]),
        ])
        #expect(items(.initialAssessmentBefore2013, in: before).map(\.dueOn) == [d("2013-04-26")])
        #expect(items(.singleAssessmentCompletion, in: before).isEmpty)
        let after = engine.derive(child: child, events: [
            event(1, .referral, ["referral_date": .day(d("2013-04-15")), "source": .code("1A"), "nfa": .bool(false)]),
        ])
        #expect(items(.singleAssessmentCompletion, in: after).map(\.dueOn) == [d("2013-06-19")])
    }

    @Test func frontDoorAndChildProtection() {
        let child = ChildFacts(dateOfBirth: d("2010-05-01"), expectedDateOfBirth: nil, dateOfDeath: nil)
        let all = engine.derive(child: child, events: [
            event(1, .referral, ["referral_date": .day(d("2014-04-07")), "source": .code("1A"), "nfa": .bool(false)]),
            event(2, .assessment, ["start_date": .day(d("2014-04-09")), "authorisation_date": .day(d("2014-06-13"))]),
            event(3, .section47, ["start_date": .day(d("2014-04-07")), "outcome": .code("substantiated-conference"),
                                  "conference_not_required": .bool(false)]),
            event(4, .conference, ["conference_type": .code("initial"), "conference_date": .day(d("2014-05-01"))]),
            event(5, .childProtectionPlan, ["start_date": .day(d("2014-05-01")), "initial_category": .code("NEG"),
                                            "latest_category": .code("NEG"), "end_date": .day(d("2015-01-15"))]),
            event(6, .visit, ["visit_date": .day(d("2014-05-14")), "visit_type": .code("child-protection"), "child_seen": .bool(true)]),
            event(7, .conference, ["conference_type": .code("review"), "conference_date": .day(d("2014-07-31"))]),
        ])
        // Decision due the next working day (8 April); the assessment started on 9 April: met, a day late.
        let decision = items(.referralDecision, in: all)
        #expect(decision.map(\.dueOn) == [d("2014-04-08")])
        #expect(decision.first?.metOn == d("2014-04-09") && decision.first?.wasLate == true)
        // 45 working days from Monday 7 April 2014 is Friday 13 June: authorised that day, in time.
        let assessment = items(.singleAssessmentCompletion, in: all)
        #expect(assessment.first?.dueOn == d("2014-06-13") && assessment.first?.metOn == d("2014-06-13") && assessment.first?.wasLate == false)
        // ICPC due Wednesday 30 April (Easter in between); held 1 May: late.
        let icpc = items(.icpc, in: all)
        #expect(icpc.count == 1 && icpc[0].dueOn == d("2014-04-30") && icpc[0].metOn == d("2014-05-01") && icpc[0].wasLate)
        // First core group 10 working days after 1 May (5 May a bank holiday): 16 May. None held,
        // so it lapsed when the plan ended.
        let coreGroup = items(.coreGroupFirstMeeting, in: all)
        #expect(coreGroup.map(\.dueOn) == [d("2014-05-16")] && coreGroup[0].state == .lapsed && coreGroup[0].lapsedOn == d("2015-01-15"))
        // First review conference within 3 months (1 August); held 31 July. The next (31 January 2015)
        // fell after the plan ended, so it was never due.
        #expect(items(.rcpcFirst, in: all).map(\.metOn) == [d("2014-07-31")])
        #expect(items(.rcpcSubsequent, in: all).isEmpty)
        // Visits every 10 working days: 16 May (met 14 May), then 29 May (26 May a bank holiday), never met.
        let visits = items(.cpVisits, in: all)
        #expect(visits.map(\.dueOn) == [d("2014-05-16"), d("2014-05-29")])
        #expect(visits.map(\.state) == [.met, .lapsed])
    }

    @Test func anEnquiryWithNoConferenceNeededGivesNoConferenceDate() {
        let child = ChildFacts(dateOfBirth: d("2010-05-01"), expectedDateOfBirth: nil, dateOfDeath: nil)
        let all = engine.derive(child: child, events: [
            event(3, .section47, ["start_date": .day(d("2014-04-07")), "outcome": .code("not-substantiated"),
                                  "conference_not_required": .bool(false)]),
        ])
        #expect(items(.icpc, in: all).isEmpty)
    }

    @Test func lookedAfter() {
        // Born 29 February 2008: 5 when entering care on Monday 2 December 2013.
        let child = ChildFacts(dateOfBirth: d("2008-02-29"), expectedDateOfBirth: nil, dateOfDeath: nil)
        let all = engine.derive(child: child, events: [
            event(1, .periodOfCare, ["start_date": .day(d("2013-12-02")), "legal_status": .code("C2"), "category_of_need": .code("N1")]),
            event(2, .placement, ["start_date": .day(d("2013-12-02")), "reason_new_episode": .code("S"), "legal_status": .code("C2"),
                                  "placement_type": .code("U4")]),
            event(3, .lookedAfterReview, ["review_date": .day(d("2013-12-20"))]),
            event(4, .lookedAfterReview, ["review_date": .day(d("2014-03-20"))]),
            event(5, .healthAssessment, ["assessment_date": .day(d("2014-01-10")), "assessment_type": .code("initial")]),
            event(6, .visit, ["visit_date": .day(d("2013-12-05")), "visit_type": .code("looked-after-statutory"), "child_seen": .bool(true)]),
            event(7, .missingEpisode, ["missing_type": .code("M"), "start_date": .day(d("2015-01-11")), "end_date": .day(d("2015-01-12")),
                                       "interview_offered": .bool(true), "interview_at": .instant(ISOInstant.parse("2015-01-14T10:00:00Z")!)]),
        ])
        // Reviews: 20 working days (2 January 2014, met 20 December), 3 months (20 March, met), then 6 months (20 September, open).
        #expect(items(.lacReviewFirst, in: all).map(\.dueOn) == [d("2014-01-02")])
        #expect(items(.lacReviewSecond, in: all).map(\.metOn) == [d("2014-03-20")])
        let third = items(.lacReviewSubsequent, in: all)
        #expect(third.map(\.dueOn) == [d("2014-09-20")] && third[0].state == .open)
        // Initial health assessment due 2 January, done 10 January (late); then yearly from age 5.
        #expect(items(.iha, in: all).first.map { $0.dueOn == d("2014-01-02") && $0.wasLate } == true)
        #expect(items(.rha, in: all).map(\.dueOn) == [d("2015-01-10")])
        // PEP within 10 and 20 working days; none recorded yet.
        #expect(items(.pepInitiation, in: all).map(\.dueOn) == [d("2013-12-16")])
        #expect(items(.pepCompleteForFirstReview, in: all).map(\.dueOn) == [d("2014-01-02")])
        // IRO within 5 working days: 9 December, open.
        #expect(items(.iroAppointment, in: all).map(\.dueOn) == [d("2013-12-09")])
        // Visits: within a week (9 December, met 5 December), then 6 weeks from that visit: 16 January 2014.
        #expect(items(.swVisitFirst, in: all).map(\.metOn) == [d("2013-12-05")])
        #expect(items(.swVisitYear1, in: all).map(\.dueOn) == [d("2014-01-16")])
        #expect(items(.dentalCheck, in: all).map(\.dueOn) == [d("2014-12-02")])
        // Returned Monday 12 January 2015: interview due within 72 hours (15 January), held 14 January.
        let rhi = items(.returnHomeInterview, in: all)
        #expect(rhi.map(\.dueOn) == [d("2015-01-15")] && rhi[0].metOn == d("2015-01-14") && !rhi[0].wasLate)
    }

    @Test func careLeaverStatusFollowsFromTheCareHistory() {
        // Born 10 June 1998; in care from 5 January 2013 (14½) to 1 August 2014 (16).
        let dob = d("1998-06-10")
        let periods = [CarePeriod(start: d("2013-01-05"), end: d("2014-08-01"))]
        #expect(CareLeaverStatus.eligibleFrom(dateOfBirth: dob, periods: periods) == d("2014-06-10"))
        #expect(CareLeaverStatus.on(d("2014-06-09"), dateOfBirth: dob, periods: periods) == nil)
        #expect(CareLeaverStatus.on(d("2014-07-01"), dateOfBirth: dob, periods: periods) == .eligible)
        #expect(CareLeaverStatus.on(d("2014-09-01"), dateOfBirth: dob, periods: periods) == .relevant)
        #expect(CareLeaverStatus.on(d("2016-07-01"), dateOfBirth: dob, periods: periods) == .formerRelevant)
        #expect(CareLeaverStatus.on(d("2023-06-09"), dateOfBirth: dob, periods: periods) == .formerRelevant)
        #expect(CareLeaverStatus.on(d("2023-06-10"), dateOfBirth: dob, periods: periods) == nil)

        // In care for a month after 16: qualifying until 21.
        let born2000 = d("2000-01-01")
        let month = [CarePeriod(start: d("2016-03-01"), end: d("2016-04-01"))]
        #expect(CareLeaverStatus.on(d("2016-05-01"), dateOfBirth: born2000, periods: month) == .qualifying)
        #expect(CareLeaverStatus.on(d("2020-12-31"), dateOfBirth: born2000, periods: month) == .qualifying)
        #expect(CareLeaverStatus.on(d("2021-01-01"), dateOfBirth: born2000, periods: month) == nil)

        // In care from 1 November 2015 (15): 13 weeks are reached on 31 January 2016, after the 16th birthday.
        let late = [CarePeriod(start: d("2015-11-01"), end: nil)]
        #expect(CareLeaverStatus.eligibleFrom(dateOfBirth: born2000, periods: late) == d("2016-01-31"))
        #expect(CareLeaverStatus.on(d("2016-01-15"), dateOfBirth: born2000, periods: late) == nil)
        #expect(CareLeaverStatus.on(d("2016-02-01"), dateOfBirth: born2000, periods: late) == .eligible)
        // Looked after at 18 after being eligible: former relevant.
        #expect(CareLeaverStatus.on(d("2018-01-02"), dateOfBirth: born2000, periods: late) == .formerRelevant)

        // The needs assessment is due 3 months after becoming eligible.
        let engine = DueDates(book: RuleBook())
        let all = engine.derive(child: ChildFacts(dateOfBirth: dob, expectedDateOfBirth: nil, dateOfDeath: nil), events: [
            event(1, .periodOfCare, ["start_date": .day(d("2013-01-05")), "legal_status": .code("C2"), "category_of_need": .code("N1"),
                                     "end_date": .day(d("2014-08-01")), "reason_ceased": .code("E4A")]),
            event(2, .careLeaver, ["record_date": .day(d("2014-08-20")), "status": .code("relevant"),
                                   "pathway_plan_date": .day(d("2014-08-20"))]),
        ])
        let needs = items(.needsAssessmentEligible, in: all)
        #expect(needs.map(\.dueOn) == [d("2014-09-10")] && needs[0].metOn == d("2014-08-20"))
        #expect(items(.pathwayPlanReview, in: all).map(\.dueOn) == [d("2015-02-20")])
        // Personal adviser contact every 2 months after leaving care on 1 August 2014.
        #expect(items(.paVisitAccommodation, in: all).map(\.dueOn) == [d("2014-10-01")])
    }

    @Test func localSettingsOutsideASaneRangeAreRefused() {
        var settings = CouncilSettings()
        #expect(settings.problems.isEmpty)
        settings.childProtectionVisitInterval = LocalInterval(0, .workingDays)
        settings.coreGroupInterval = LocalInterval(20, .weeks)
        settings.newlyQualifiedCaseloadMaximum = 0
        #expect(settings.problems == [
            FieldError("cp_visit_interval", "Child protection visits: must be at least 1 working day"),
            FieldError("core_group_interval", "Core group meetings: 20 weeks is longer than any sane interval for this rule (at most about 92 days)"),
            FieldError("newly_qualified_caseload_maximum", "Newly qualified caseload limit must be from 1 to 60 children"),
        ])
    }

    @Test("A rebuild reads only the fields the due dates depend on, and gets what the whole record gives")
    func fieldsReadAreEnough() {
        let parameters = SyntheticParameters(seed: 3, scale: 0.05, years: 4, end: Day(iso: "2026-03-31")!)
        var children = 0, items = 0, rules = Set<RuleID>()
        SyntheticCouncil(parameters).generate { child in
            let facts = ChildFacts(child.values)
            let events = child.events.enumerated().map { JourneyEvent(id: $0.offset + 1, kind: $0.element.kind, values: $0.element.values) }
            let trimmed = events.map { e in
                JourneyEvent(id: e.id, kind: e.kind, values: e.values.filter { name, _ in DueDates.fieldsRead(e.kind).contains { $0.name == name } })
            }
            let whole = engine.derive(child: facts, events: events)
            #expect(engine.derive(child: facts, events: trimmed) == whole)
            children += 1
            items += whole.count
            rules.formUnion(whole.map(\.rule))
        }
        #expect(children > 3_000)
        #expect(items > 10_000)
        #expect(rules.count > 25, "the generated journeys exercise most rules")
    }
}
