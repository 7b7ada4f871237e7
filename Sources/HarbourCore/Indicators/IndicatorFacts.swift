/// Works out, from one child's record and due dates, every fact the indicators count. Pure:
/// the store calls it whenever a child's record changes, in the same transaction, and a
/// recompute calls it for every child. Definitions are in `Indicator.catalogue`; the
/// decisions about what counts are here, each beside the guidance it follows.
public struct IndicatorFacts: Sendable {
    public let calendar: WorkingDayCalendar

    public init(calendar: WorkingDayCalendar) {
        self.calendar = calendar
    }

    /// Every field, beyond each kind's own date and end date, that `derive` reads.
    static let fieldNamesRead: Set<String> = [
        "completion_date", "held_by_council", "decision", "nfa", "source", "start_date", "authorisation_date", "factors",
        "needs_services", "outcome", "outcome_date", "conference_not_required", "conference_type", "agencies_attended",
        "latest_category", "legal_status", "reason_new_episode", "placement_type", "permanence_plan", "step",
        "adopted_by_foster_carer", "missing_type", "interview_offered", "status", "in_touch", "activity", "accommodation",
        "worker_id", "allocation_role",
    ]

    /// The kinds of record the indicators read.
    public static let kindsRead: [EventKind] = EventKind.allCases.filter { $0 != .relationship && $0 != .healthOutcomes }

    /// The fields of a kind of record that the indicators depend on.
    public static func fieldsRead(_ kind: EventKind) -> [FieldSpec] {
        kind.spec.fields.filter { fieldNamesRead.contains($0.name) || $0.name == kind.spec.dateField || $0.name == kind.spec.endField }
    }

    public func derive(child: ChildFacts, events: [JourneyEvent], due: [DueItem]) -> [IndicatorFact] {
        var byKind = [EventKind: [JourneyEvent]]()
        for e in events where e.date != nil { byKind[e.kind, default: []].append(e) }
        for k in byKind.keys { byKind[k]!.sort { ($0.date!, $0.id) < ($1.date!, $1.id) } }
        let r = Derivation(calendar: calendar, child: child, byKind: byKind, due: due)
        return r.frontDoor() + r.childProtection() + r.lookedAfter() + r.permanence() + r.careLeavers() + r.workforce()
    }
}

/// One child's derivation: their records by kind, oldest first, and who held the case when.
struct Derivation {
    let calendar: WorkingDayCalendar
    let child: ChildFacts
    let byKind: [EventKind: [JourneyEvent]]
    let due: [DueItem]
    let holder: CaseHolder

    init(calendar: WorkingDayCalendar, child: ChildFacts, byKind: [EventKind: [JourneyEvent]], due: [DueItem]) {
        self.calendar = calendar
        self.child = child
        self.byKind = byKind
        self.due = due
        self.holder = CaseHolder(byKind[.allocation] ?? [])
    }

    subscript(_ kind: EventKind) -> [JourneyEvent] { byKind[kind] ?? [] }

    /// Whether a day falls before an end that may not have come yet.
    static func before(_ day: Day, _ end: Day?) -> Bool { end.map { day < $0 } ?? true }

    func event(_ set: FactSet, _ source: JourneyEvent, on day: Day, numerator: Bool = false, value: Double? = nil,
               category: String? = nil) -> IndicatorFact {
        IndicatorFact(set: set, sourceKind: source.kind, sourceID: source.id, on: day, inNumerator: numerator, value: value,
                      category: category, workerID: holder.worker(on: day))
    }

    /// A span from `start` until `end` (exclusive), cut wherever the numerator, the category or
    /// the case holder may change (`breaks`), so that each piece is the same throughout.
    func spans(_ set: FactSet, _ source: JourneyEvent, from start: Day, until end: Day?, breaks: [Day] = [],
               numerator: (Day) -> Bool = { _ in false }, category: (Day) -> String? = { _ in nil },
               worker: ((Day) -> Int?)? = nil) -> [IndicatorFact] {
        if let end, end <= start { return [] }
        let cuts = Set((breaks + holder.changes).filter { $0 > start && Derivation.before($0, end) })
        let points = [start] + cuts.sorted()
        var facts = [IndicatorFact]()
        var current: (on: Day, num: Bool, cat: String?, worker: Int?)?
        for day in points {
            let state = (on: day, num: numerator(day), cat: category(day), worker: (worker ?? holder.worker(on:))(day))
            if let c = current, c.num == state.num, c.cat == state.cat, c.worker == state.worker { continue }
            if let c = current {
                facts.append(IndicatorFact(set: set, sourceKind: source.kind, sourceID: source.id, on: c.on, until: day,
                                           inNumerator: c.num, category: c.cat, workerID: c.worker))
            }
            current = state
        }
        if let c = current {
            facts.append(IndicatorFact(set: set, sourceKind: source.kind, sourceID: source.id, on: c.on, until: end,
                                       inNumerator: c.num, category: c.cat, workerID: c.worker))
        }
        return facts
    }

    /// Due dates of the given rules as timeliness facts: each counts on the day it fell due,
    /// in the numerator if it was met on or before that day.
    func dueFacts(_ set: FactSet, _ rules: Set<RuleID>, where keep: (DueItem) -> Bool = { _ in true }) -> [IndicatorFact] {
        due.filter { rules.contains($0.rule) && keep($0) }.map { item in
            IndicatorFact(set: set, sourceKind: item.sourceKind, sourceID: item.sourceID, on: item.dueOn,
                          inNumerator: item.metOn.map { $0 <= item.dueOn } ?? false,
                          value: item.metOn.map { Double(item.dueOn.days(until: $0)) },
                          workerID: holder.worker(on: item.dueOn))
        }
    }

    func code(_ e: JourneyEvent, _ field: String) -> String? { e.values[field]?.code }
    func day(_ e: JourneyEvent, _ field: String) -> Day? { e.values[field]?.day }

    // MARK: Front door

    func frontDoor() -> [IndicatorFact] {
        var facts = [IndicatorFact]()
        for eh in self[.earlyHelpAssessment] {
            guard let done = day(eh, "completion_date") else { continue }
            facts.append(event(.earlyHelpAssessments, eh, on: done, numerator: eh.values["held_by_council"]?.bool == true))
        }
        for contact in self[.contact] {
            guard let on = contact.date else { continue }
            let decision = code(contact, "decision")
            let progressed = decision == ContactDecision.referralToChildrensSocialCare.rawValue
                || decision == ContactDecision.strategyDiscussion.rawValue
            facts.append(event(.contacts, contact, on: on, numerator: progressed, category: decision))
        }
        facts += dueFacts(.contactDecisions, [.mashDecision])
        let referrals = self[.referral]
        for (i, referral) in referrals.enumerated() {
            guard let on = referral.date else { continue }
            // REF-02: any earlier referral, NFA or not, within the 12 months before this one.
            let yearBefore = on.adding(months: -12)
            let reReferral = referrals[..<i].contains { $0.date.map { $0 >= yearBefore && $0 <= on } ?? false }
            facts.append(event(.referrals, referral, on: on, numerator: reReferral, category: code(referral, "source")))
            let nfa = referral.values["nfa"]?.bool == true
            facts.append(event(.referralsNFA, referral, on: on, numerator: nfa))
            if !nfa {
                facts += spans(.childrenInNeed, referral, from: on, until: referral.endDate)
            }
        }
        for assessment in self[.assessment] {
            guard let start = assessment.date, let done = day(assessment, "authorisation_date") else { continue }
            let fromStart = calendar.workingDays(from: start, to: done)
            facts.append(event(.assessmentsFromStart, assessment, on: done, numerator: fromStart <= 45, value: Double(fromStart)))
            if let referral = referrals.last(where: { $0.date.map { $0 <= start } ?? false })?.date {
                let fromReferral = calendar.workingDays(from: referral, to: done)
                facts.append(event(.assessmentsFromReferral, assessment, on: done, numerator: fromReferral <= 45,
                                   value: Double(fromReferral)))
            }
            if let needs = assessment.values["needs_services"]?.bool {
                facts.append(event(.assessmentOutcomes, assessment, on: done, numerator: needs))
            }
            let factors = assessment.values["factors"]?.codes ?? []
            facts.append(event(.sexualExploitation, assessment, on: done,
                               numerator: factors.contains(AssessmentFactor.childSexualExploitation.rawValue)))
        }
        return facts
    }

    // MARK: Child protection

    func childProtection() -> [IndicatorFact] {
        var facts = [IndicatorFact]()
        let discussions = self[.strategyDiscussion]
        for discussion in discussions {
            guard let on = discussion.date else { continue }
            facts.append(event(.strategyDiscussions, discussion, on: on,
                               numerator: code(discussion, "outcome") == StrategyOutcome.section47.rawValue))
        }
        let initial = self[.conference].filter { code($0, "conference_type") == ConferenceType.initial.rawValue }
        let enquiries = self[.section47]
        for (i, enquiry) in enquiries.enumerated() {
            guard let start = enquiry.date else { continue }
            facts.append(event(.section47s, enquiry, on: start))
            let next = i + 1 < enquiries.count ? enquiries[i + 1].date : nil
            let conference = initial.contains { c in c.date.map { $0 >= start && Derivation.before($0, next) } ?? false }
            let known = conference || enquiry.values["conference_not_required"]?.bool == true || day(enquiry, "outcome_date") != nil
            if known {
                facts.append(event(.section47Outcomes, enquiry, on: start, numerator: conference, category: code(enquiry, "outcome")))
            }
        }
        for conference in initial {
            guard let on = conference.date else { continue }
            // S47-03 (DfE): from the start of the enquiry; conferences dated before it are left out.
            if let s47 = enquiries.last(where: { $0.date.map { $0 <= on } ?? false })?.date {
                let days = calendar.workingDays(from: s47, to: on)
                facts.append(event(.icpcFromSection47, conference, on: on, numerator: days <= 15, value: Double(days)))
            }
            // S47-04 (Working Together): from the strategy discussion that started the enquiry.
            if let discussion = discussions.last(where: { $0.date.map { $0 <= on } ?? false })?.date {
                let days = calendar.workingDays(from: discussion, to: on)
                facts.append(event(.icpcFromStrategy, conference, on: on, numerator: days <= 15, value: Double(days)))
            }
            let attended = Set(conference.values["agencies_attended"]?.codes ?? [])
            facts.append(event(.icpcPolice, conference, on: on, numerator: attended.contains(Agency.police.rawValue)))
            facts.append(event(.icpcHealth, conference, on: on, numerator: attended.contains(Agency.health.rawValue)))
            facts.append(event(.icpcEducation, conference, on: on, numerator: attended.contains(Agency.education.rawValue)))
            facts.append(event(.icpcToPlan, conference, on: on,
                               numerator: code(conference, "outcome") == ConferenceOutcome.childProtectionPlan.rawValue))
        }
        let plans = self[.childProtectionPlan]
        for (i, plan) in plans.enumerated() {
            guard let start = plan.date else { continue }
            let earlier = plans[..<i]
            facts.append(event(.plansStartedEver, plan, on: start, numerator: !earlier.isEmpty))
            let twoYearsBefore = start.adding(months: -24)
            facts.append(event(.plansStartedTwoYears, plan, on: start,
                               numerator: earlier.contains { $0.endDate.map { $0 >= twoYearsBefore && $0 <= start } ?? false }))
            if let end = plan.endDate {
                facts.append(event(.plansEnded, plan, on: end, numerator: start.adding(months: 24) <= end,
                                   value: Double(start.days(until: end))))
            }
            facts += spans(.plansOpen, plan, from: start, until: plan.endDate, category: { _ in code(plan, "latest_category") })
        }
        facts += dueFacts(.reviewConferencesDue, [.rcpcFirst, .rcpcSubsequent])
        facts += dueFacts(.protectionVisitsDue, [.cpVisits])
        return facts
    }

    // MARK: Children in care

    /// Periods of care that count in looked-after figures: short breaks (V3, V4) do not.
    var periodsOfCare: [JourneyEvent] { self[.periodOfCare].filter { !isShortBreak($0) } }

    /// CLA-03: a period of care starting within 12 months of the end of the one before, unless
    /// that one ended in adoption or special guardianship (the child left care for good).
    func reentersWithinAYear(_ start: Day, after previous: JourneyEvent) -> Bool {
        guard let ended = previous.endDate else { return false }
        let permanent: Set<String> = ["E11", "E12", "E43", "E44", "E45", "E46", "E47", "E48"]
        if let reason = code(previous, "reason_ceased"), permanent.contains(reason) { return false }
        return ended >= start.adding(months: -12)
    }

    func isShortBreak(_ period: JourneyEvent) -> Bool {
        let status = code(period, "legal_status")
        return status == LegalStatus.shortBreaksIndividualEpisodes.rawValue || status == LegalStatus.shortBreaksAgreement.rawValue
    }

    /// Whether a due date comes from a short-break period of care or a placement within one:
    /// left out of the looked-after timeliness figures, as the children are left out of the counts.
    func arisesFromShortBreaks(_ item: DueItem) -> Bool {
        let shortBreaks = self[.periodOfCare].filter(isShortBreak)
        switch item.sourceKind {
        case .periodOfCare:
            return shortBreaks.contains { $0.id == item.sourceID }
        case .placement:
            guard let on = self[.placement].first(where: { $0.id == item.sourceID })?.date else { return false }
            return shortBreaks.contains { p in p.date.map { $0 <= on && Derivation.before(on, p.endDate) } ?? false }
        default:
            return false
        }
    }

    /// The placements of a period of care: a new one starts with each change of carer (RNE S,
    /// P or B); a change of placement with the same carer (T, U) or of legal status only (L)
    /// continues it, as the DfE's same-carer stability measures count. Temporary placements
    /// (T0 to T4) are not placements of their own.
    func placements(in period: JourneyEvent) -> [(start: Day, end: Day?)] {
        guard let start = period.date else { return [] }
        let end = period.endDate
        let episodes = self[.placement].filter { e in e.date.map { $0 >= start && Derivation.before($0, end) } ?? false }
        var result = [(start: Day, end: Day?)]()
        for episode in episodes {
            guard let on = episode.date else { continue }
            if code(episode, "placement_type")?.hasPrefix("T") == true { continue }
            let rne = code(episode, "reason_new_episode")
            let newCarer = rne == nil || ["S", "P", "B"].contains(rne!) || result.isEmpty
            if newCarer {
                if !result.isEmpty { result[result.count - 1].end = on }
                result.append((on, end))
            }
        }
        return result
    }

    func lookedAfter() -> [IndicatorFact] {
        var facts = [IndicatorFact]()
        let periods = periodsOfCare
        let plans = self[.childProtectionPlan].compactMap { p in p.date.map { ($0, p.endDate) } }
        func onPlan(_ d: Day) -> Bool { plans.contains { $0.0 <= d && $0.1.map { d < $0 } ?? true } }
        let planBreaks = plans.flatMap { [$0.0] + ($0.1.map { [$0] } ?? []) }
        for (i, period) in periods.enumerated() {
            guard let start = period.date else { continue }
            let end = period.endDate
            facts.append(event(.careStarts, period, on: start, numerator: i > 0 && reentersWithinAYear(start, after: periods[i - 1])))
            facts.append(event(.careStartsLegalStatus, period, on: start, category: code(period, "legal_status")))
            if let born = child.dateOfBirth {
                facts.append(event(.careStartsAge, period, on: start, category: AgeBand(age: born.age(on: start)).rawValue))
            }
            facts += spans(.lookedAfter, period, from: start, until: end, breaks: planBreaks, numerator: onPlan)

            let placements = placements(in: period)
            func placement(on d: Day) -> (start: Day, end: Day?)? {
                placements.last { $0.start <= d && $0.end.map { d < $0 } ?? true }
            }
            // PLC-00: the type of the episode in force on the day, so that a later move with the
            // same carer (into an adoptive placement, say) does not change an earlier day's group.
            let episodes = self[.placement].filter { e in
                e.date.map { $0 >= start && Derivation.before($0, end) } ?? false && code(e, "placement_type")?.hasPrefix("T") != true
            }
            func placementType(on d: Day) -> String? {
                episodes.last { $0.date.map { $0 <= d } ?? false }.flatMap { code($0, "placement_type") }
            }
            facts += spans(.lookedAfterPlacement, period, from: start, until: end, breaks: episodes.compactMap(\.date),
                           category: { d in PlacementGroup(placementType: placementType(on: d)).rawValue })

            // PLC-01: three or more placements in the 12 months to the day (the one held at the
            // start of the window counts as one).
            func placementsInYear(to d: Day) -> Int {
                let windowStart = d.adding(months: -12).adding(days: 1)
                return placements.filter { $0.start <= d && $0.end.map { $0 > windowStart } ?? true }.count
            }
            let stabilityBreaks = placements.flatMap { p -> [Day] in
                [p.start] + (p.end.map { e in [e.adding(months: 12).adding(days: -2), e.adding(months: 12).adding(days: -1), e.adding(months: 12)] } ?? [])
            }
            facts += spans(.placementMoves, period, from: start, until: end, breaks: stabilityBreaks,
                           numerator: { placementsInYear(to: $0) >= 3 })

            // PLC-02: under 16, looked after for at least 2.5 years; in the numerator when the
            // current carer has been theirs for at least 2 years.
            if let born = child.dateOfBirth {
                let from = start.adding(months: 30)
                let sixteen = born.adding(months: 16 * 12)
                let until = [end, sixteen].compactMap { $0 }.min()
                let longBreaks = placements.flatMap { [$0.start, $0.start.adding(months: 24)] }
                facts += spans(.longTermStability, period, from: from, until: until, breaks: longBreaks,
                               numerator: { d in placement(on: d).map { $0.start.adding(months: 24) <= d } ?? false })
            }

            // Long-term fostering: planned, or in a long-term foster placement (U1, U4); in the
            // numerator until the match is formally confirmed.
            let longTermCodes: Set<String> = [PlacementType.fosterRelativeFriendLongTerm.rawValue, PlacementType.fosterOtherCarerLongTerm.rawValue]
            let planned = code(period, "permanence_plan") == PermanencePlan.longTermFostering.rawValue
            let firstLongTerm = self[.placement].first { e in
                e.date.map { $0 >= start && Derivation.before($0, end) } ?? false && longTermCodes.contains(code(e, "placement_type") ?? "")
            }?.date
            if let from = planned ? start : firstLongTerm {
                let matched = self[.permanence].first { p in
                    code(p, "step") == PermanenceStep.longTermFosteringMatchConfirmed.rawValue && p.date.map { $0 >= start } ?? false
                }?.date
                facts += spans(.longTermFosteringUnmatched, period, from: from, until: end, breaks: matched.map { [$0] } ?? [],
                               numerator: { d in matched.map { d < $0 } ?? true })
            }
        }
        let inCare = { (item: DueItem) in !self.arisesFromShortBreaks(item) }
        facts += dueFacts(.careReviewsDue, [.lacReviewFirst, .lacReviewSecond, .lacReviewSubsequent], where: inCare)
        facts += dueFacts(.careVisitsDue, [.swVisitFirst, .swVisitYear1, .swVisitAfterYear1, .swVisitLongTermFosterAgreed,
                                           .swVisitPlacedWithParentPreAssessment, .swVisitConnectedPersonTempOrIcoWithParent,
                                           .swVisitCareOrderWithParent], where: inCare)
        facts += dueFacts(.healthAssessmentsDue, [.iha, .rha], where: inCare)
        facts += dueFacts(.dentalChecksDue, [.dentalCheck], where: inCare)
        facts += dueFacts(.pepsDue, [.pepInitiation, .pepCompleteForFirstReview, .pepReview], where: inCare)
        for episode in self[.missingEpisode] {
            guard let on = episode.date else { continue }
            let type = code(episode, "missing_type")
            facts.append(event(.missingEpisodes, episode, on: on, numerator: type == MissingType.missing.rawValue, category: type))
            if let back = episode.endDate {
                facts.append(event(.returnInterviewsOffered, episode, on: back,
                                   numerator: episode.values["interview_offered"]?.bool == true))
            }
        }
        facts += dueFacts(.returnInterviewsDue, [.returnHomeInterview])
        return facts
    }

    // MARK: Permanence

    func permanence() -> [IndicatorFact] {
        var facts = [IndicatorFact]()
        let steps = self[.permanence]
        func stepDay(_ step: PermanenceStep, before limit: Day) -> Day? {
            steps.last { code($0, "step") == step.rawValue && $0.date.map { $0 <= limit } ?? false }?.date
        }
        let periods = periodsOfCare
        for order in steps where code(order, "step") == PermanenceStep.adoptionOrder.rawValue {
            guard let on = order.date else { continue }
            // The period of care that ended in adoption: the latest to start on or before the order.
            let period = periods.last { $0.date.map { $0 <= on } ?? false }
            let entered = period?.date
            let adoptionCodes: Set<String> = ["A3", "A4", "A5", "A6"]
            let placed = stepDay(.placedForAdoption, before: on) ?? self[.placement].first { e in
                e.date.map { d in entered.map { d >= $0 } ?? false && d <= on } ?? false && adoptionCodes.contains(code(e, "placement_type") ?? "")
            }?.date
            // A1: days from entering care to moving in with the adoptive family.
            let a1 = entered.flatMap { e in placed.map { Double(e.days(until: $0)) } }
            facts.append(event(.adoptionsA1, order, on: on, numerator: a1.map { _ in placed! < entered!.adding(months: 14) } ?? false,
                               value: a1))
            // A2: days from court authority to place to the match; zero if matched first.
            if let authority = stepDay(.placementOrder, before: on), let match = stepDay(.matchedForAdoption, before: on) {
                let days = Double(max(0, authority.days(until: match)))
                facts.append(event(.adoptionsA2, order, on: on, numerator: days <= 121, value: days))
            }
            // A10: as A1, but for a child adopted by their foster carer, to the day they moved in with that carer.
            if let entered, var end = placed {
                let byFosterCarer = steps.contains { s in
                    s.values["adopted_by_foster_carer"]?.bool == true && s.date.map { $0 <= on } ?? false
                }
                if byFosterCarer, let period, let carer = placements(in: period).last(where: { $0.start <= end }) {
                    end = carer.start
                }
                let days = Double(entered.days(until: end))
                facts.append(event(.adoptionsA10, order, on: on, numerator: days <= 426, value: days))
            }
        }
        for sgo in steps where code(sgo, "step") == PermanenceStep.specialGuardianshipOrder.rawValue {
            guard let on = sgo.date else { continue }
            facts.append(event(.specialGuardianship, sgo, on: on))
        }
        // Children with a placement order not yet placed for adoption: until placed, the plan
        // changes, adopted, or care ends.
        for order in steps where code(order, "step") == PermanenceStep.placementOrder.rawValue {
            guard let from = order.date else { continue }
            let period = periods.last { $0.date.map { $0 <= from } ?? false }
            let stops: Set<String> = [PermanenceStep.placedForAdoption.rawValue, PermanenceStep.decisionNoLongerAdoption.rawValue,
                                      PermanenceStep.adoptionOrder.rawValue]
            let stopped = steps.first { s in stops.contains(code(s, "step") ?? "") && s.date.map { $0 >= from } ?? false }?.date
            let until = [stopped, period?.endDate].compactMap { $0 }.min()
            facts += spans(.placementOrderNotPlaced, order, from: from, until: until)
        }
        return facts
    }

    // MARK: Care leavers

    static let inEducationEmploymentOrTraining: Set<String> = ["F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5"]

    func careLeavers() -> [IndicatorFact] {
        var facts = [IndicatorFact]()
        let records = self[.careLeaver]
        let twentyTwo = child.dateOfBirth?.adding(months: 22 * 12)
        for (i, record) in records.enumerated() {
            guard let from = record.date else { continue }
            let next = i + 1 < records.count ? records[i + 1].date : nil
            let until = [next, twentyTwo].compactMap { $0 }.min()
            let status = code(record, "status")
            facts += spans(.careLeaverStatus, record, from: from, until: until, category: { _ in status })
            // OC3: care leavers who have left care (relevant and former relevant).
            guard status == CareLeaverStatus.formerRelevant.rawValue || status == CareLeaverStatus.relevant.rawValue else { continue }
            facts += spans(.careLeaversInTouch, record, from: from, until: until,
                           numerator: { _ in code(record, "in_touch") == CareLeaverInTouch.yes.rawValue })
            facts += spans(.careLeaversEET, record, from: from, until: until,
                           numerator: { _ in Derivation.inEducationEmploymentOrTraining.contains(code(record, "activity") ?? "") })
            let accommodation = code(record, "accommodation")
            // Suitability is unknown for those abroad, deported or whose residence is not known.
            if !["G", "H", "R"].contains(accommodation?.prefix(1) ?? "") {
                facts += spans(.careLeaversAccommodation, record, from: from, until: until,
                               numerator: { _ in accommodation.flatMap(CareLeaverAccommodation.init(rawValue:))?.isSuitable == true })
            }
        }
        facts += dueFacts(.pathwayPlansDue, [.needsAssessmentEligible, .pathwayPlanReview])
        return facts
    }

    // MARK: Workforce

    func workforce() -> [IndicatorFact] {
        self[.allocation].flatMap { allocation -> [IndicatorFact] in
            guard let from = allocation.date, let worker = allocation.values["worker_id"]?.integer,
                  CaseHolder.holdsCase(allocation) else { return [] }
            // "Allocated until" is the last day the worker held the case.
            return spans(.caseloads, allocation, from: from, until: allocation.endDate?.adding(days: 1), worker: { _ in worker })
        }
    }
}

/// Who held a child's case on a day: the case-holding allocation (social worker, personal
/// adviser, or a manager holding it) that started most recently and had not ended.
struct CaseHolder {
    let spells: [(start: Day, end: Day?, worker: Int)]

    static func holdsCase(_ allocation: JourneyEvent) -> Bool {
        allocation.values["allocation_role"]?.code != AllocationRole.independentReviewingOfficer.rawValue
    }

    init(_ allocations: [JourneyEvent]) {
        spells = allocations.compactMap { a in
            guard CaseHolder.holdsCase(a), let start = a.date, let worker = a.values["worker_id"]?.integer else { return nil }
            return (start, a.endDate, worker)
        }
    }

    func worker(on day: Day) -> Int? {
        spells.last { $0.start <= day && $0.end.map { day <= $0 } ?? true }?.worker
    }

    /// Days on which the holder may change.
    var changes: [Day] { spells.flatMap { [$0.start] + ($0.end.map { [$0.adding(days: 1)] } ?? []) } }
}
