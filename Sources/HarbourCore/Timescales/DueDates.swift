import Foundation

/// A due date a rule gives a child: started by one record, met (or not) by another.
public struct DueItem: Sendable, Hashable {
    public enum State: String, Sendable {
        /// Not met yet, and still required.
        case open
        /// Met by a record on `metOn`, in time or late.
        case met
        /// Never met, and no longer required from `lapsedOn` (the plan, period or episode ended).
        case lapsed
    }

    public let rule: RuleID
    /// When the clock started.
    public let startOn: Day
    public let dueOn: Day
    /// The record that started the clock.
    public let sourceKind: EventKind
    public let sourceID: Int
    /// The kind of record that meets it: the form a worker opens to close it.
    public let closedBy: EventKind
    public var metOn: Day?
    public var metID: Int?
    public var lapsedOn: Day?
    /// For an open item, the day it stops being required if still not met (an 18th or 21st birthday).
    public var openUntil: Day?

    public init(rule: RuleID, startOn: Day, dueOn: Day, sourceKind: EventKind, sourceID: Int, closedBy: EventKind,
                metOn: Day? = nil, metID: Int? = nil, lapsedOn: Day? = nil, openUntil: Day? = nil) {
        self.rule = rule
        self.startOn = startOn
        self.dueOn = dueOn
        self.sourceKind = sourceKind
        self.sourceID = sourceID
        self.closedBy = closedBy
        self.metOn = metOn
        self.metID = metID
        self.lapsedOn = lapsedOn
        self.openUntil = openUntil
    }

    public var state: State { metOn != nil ? .met : lapsedOn != nil ? .lapsed : .open }

    /// Met after the due date, or lapsed after it passed.
    public var wasLate: Bool {
        if let metOn { return metOn > dueOn }
        if let lapsedOn { return lapsedOn > dueOn }
        return false
    }

    public func isOverdue(on today: Day) -> Bool { isOpen(on: today) && dueOn < today }

    /// Open and still required on `today`.
    public func isOpen(on today: Day) -> Bool { state == .open && openUntil.map { today < $0 } ?? true }
}

/// Works out every due date a child's record gives, from the rules in force on the day each
/// clock started, and which later record met each one. Pure: the store calls it whenever a
/// child's record changes, and `harbour timescales recompute` calls it for every child.
public struct DueDates: Sendable {
    public let book: RuleBook

    public init(book: RuleBook) {
        self.book = book
    }

    var calendar: WorkingDayCalendar { book.calendar }

    /// Every field, beyond each kind's own date and end date, that `derive` reads. A rebuild
    /// reads only these; a test holds that deriving from them gives what the whole record gives.
    static let fieldNamesRead: Set<String> = [
        "decision_date", "nfa", "authorisation_date", "conference_type", "outcome", "conference_not_required",
        "visit_type", "child_seen", "step", "allocation_role", "interview_at", "interview_offered",
        "interview_accepted", "reason_new_episode", "placement_type", "legal_status", "pathway_plan_date",
        "pathway_plan_review_date",
    ]

    /// The fields of a kind of record that the due dates depend on.
    public static func fieldsRead(_ kind: EventKind) -> [FieldSpec] {
        kind.spec.fields.filter { fieldNamesRead.contains($0.name) || $0.name == kind.spec.dateField || $0.name == kind.spec.endField }
    }

    public func derive(child: ChildFacts, events: [JourneyEvent]) -> [DueItem] {
        var byKind = [EventKind: [JourneyEvent]]()
        for e in events where e.date != nil { byKind[e.kind, default: []].append(e) }
        for k in byKind.keys { byKind[k]!.sort { ($0.date!, $0.id) < ($1.date!, $1.id) } }
        let records = Records(byKind: byKind)
        var items = [DueItem]()
        items += frontDoor(records)
        items += childProtection(records)
        items += childInNeed(records)
        items += lookedAfter(records, child: child)
        items += careLeaver(records, child: child)
        return items
    }

    struct Records {
        let byKind: [EventKind: [JourneyEvent]]
        subscript(_ kind: EventKind) -> [JourneyEvent] { byKind[kind] ?? [] }
    }

    // MARK: The chain that most rules follow

    /// One step of a chain: which rule applies after an anchor, and how long it allows.
    typealias Step = (rule: RuleID, allowed: TimeAllowed)

    /// Due dates from `start` through the meeting records: the first record on or after the
    /// start meets the first due date, each later one the next, each due date counted from the
    /// record before. Stops when `step` says no rule applies, or when the context ends: on `end`
    /// as recorded (a due date that had passed then lapses), or on `until`, a day known in
    /// advance such as the 18th birthday (an unmet due date stays open until then).
    func chain(source: JourneyEvent, start: Day, end: Day?, until: Day? = nil, closedBy: EventKind, meeting: [(Day, Int)],
               step rules: (_ index: Int, _ anchor: Day) -> Step?) -> [DueItem] {
        var items = [DueItem]()
        var anchor = start
        var index = 0
        var cursor = meeting.startIndex
        while index < 2_000, case let (rule, allowed)? = rules(index, anchor) {
            guard book.ruleApplies(rule, startedOn: anchor) else { break }
            let due = allowed.due(from: anchor, calendar: calendar)
            // Find the next meeting record after the anchor (on it, for the first).
            while cursor < meeting.endIndex, index == 0 ? meeting[cursor].0 < anchor : meeting[cursor].0 <= anchor { cursor += 1 }
            let next = cursor < meeting.endIndex ? meeting[cursor] : nil
            let stop = [end, until].compactMap { $0 }.min()
            if let next, stop.map({ next.0 <= $0 }) ?? true {
                items.append(DueItem(rule: rule, startOn: anchor, dueOn: due, sourceKind: source.kind, sourceID: source.id,
                                     closedBy: closedBy, metOn: next.0, metID: next.1))
                anchor = next.0
                cursor += 1
                index += 1
                continue
            }
            if let stop, due >= stop {
                break // the context ends first: this date never falls due
            }
            items.append(DueItem(rule: rule, startOn: anchor, dueOn: due, sourceKind: source.kind, sourceID: source.id,
                                 closedBy: closedBy, lapsedOn: end.flatMap { e in until.map { e <= $0 } ?? true ? e : nil },
                                 openUntil: until))
            break
        }
        return items
    }

    /// A single due date met by the first of `meeting` within the window.
    func once(_ rule: RuleID, source: JourneyEvent, start: Day, end: Day?, until: Day? = nil, closedBy: EventKind,
              meeting: [(Day, Int)]) -> [DueItem] {
        guard let allowed = book.allowed(rule) else { return [] }
        return chain(source: source, start: start, end: end, until: until, closedBy: closedBy, meeting: meeting) { i, _ in
            i == 0 ? (rule, allowed) : nil
        }
    }

    static func dated(_ events: [JourneyEvent], _ field: String? = nil, where keep: (JourneyEvent) -> Bool = { _ in true }) -> [(Day, Int)] {
        events.compactMap { e in
            guard keep(e), let day = field.map({ e.values[$0]?.day }) ?? e.date else { return nil }
            return (day, e.id)
        }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    // MARK: Front door

    func frontDoor(_ r: Records) -> [DueItem] {
        var items = [DueItem]()
        for contact in r[.contact] {
            guard let start = contact.date else { continue }
            let met = contact.values["decision_date"]?.day.map { [($0, contact.id)] } ?? []
            items += once(.mashDecision, source: contact, start: start, end: nil, closedBy: .contact, meeting: met)
        }
        let referrals = r[.referral]
        for (i, referral) in referrals.enumerated() {
            guard let start = referral.date else { continue }
            let closed = referral.endDate
            let nextReferral = i + 1 < referrals.count ? referrals[i + 1].date : nil
            let windowEnd = [closed, nextReferral.map { $0.adding(days: -1) }].compactMap { $0 }.min()
            func within(_ e: JourneyEvent) -> Bool {
                guard let d = e.date else { return false }
                return d >= start && windowEnd.map { d <= $0 } ?? true
            }
            // Decision: an assessment, a strategy discussion, or closing the referral with no further action.
            var decisions = DueDates.dated(r[.assessment], where: within) + DueDates.dated(r[.strategyDiscussion], where: within)
            if referral.values["nfa"]?.bool == true, let closed { decisions.append((closed, referral.id)) }
            decisions.sort { $0.0 < $1.0 }
            items += once(.referralDecision, source: referral, start: start, end: closed, closedBy: .assessment,
                          meeting: decisions.prefix(1).map { $0 })
            // Assessment: by the rules of the day the referral was received.
            guard referral.values["nfa"]?.bool != true else { continue }
            let rule: RuleID = book.ruleApplies(.singleAssessmentCompletion, startedOn: start) ? .singleAssessmentCompletion : .initialAssessmentBefore2013
            let authorised = DueDates.dated(r[.assessment], "authorisation_date", where: within)
            items += once(rule, source: referral, start: start, end: closed, closedBy: .assessment, meeting: authorised)
        }
        return items
    }

    // MARK: Child protection

    func childProtection(_ r: Records) -> [DueItem] {
        var items = [DueItem]()
        let enquiries = r[.section47]
        let initialConferences = DueDates.dated(r[.conference], where: { $0.values["conference_type"]?.code == ConferenceType.initial.rawValue })
        for (i, s47) in enquiries.enumerated() {
            guard let start = s47.date else { continue }
            let outcome = s47.values["outcome"]?.code.flatMap(Section47Outcome.init(rawValue:))
            if s47.values["conference_not_required"]?.bool == true { continue }
            if let outcome, outcome != .substantiatedConference { continue }
            let next = i + 1 < enquiries.count ? enquiries[i + 1].date : nil
            let meeting = initialConferences.filter { m in m.0 >= start && next.map { m.0 < $0 } ?? true }
            items += once(.icpc, source: s47, start: start, end: nil, closedBy: .conference, meeting: meeting)
        }
        let reviews = DueDates.dated(r[.conference], where: { $0.values["conference_type"]?.code == ConferenceType.review.rawValue })
        let coreGroups = DueDates.dated(r[.coreGroup])
        let cpVisits = DueDates.dated(r[.visit], where: {
            $0.values["visit_type"]?.code == VisitType.childProtection.rawValue && $0.values["child_seen"]?.bool == true
        })
        for plan in r[.childProtectionPlan] {
            guard let start = plan.date else { continue }
            let end = plan.endDate
            let inPlan = { (m: [(Day, Int)]) in m.filter { $0.0 > start || $0.0 == start } }
            items += chain(source: plan, start: start, end: end, closedBy: .coreGroup, meeting: inPlan(coreGroups)) { i, _ in
                i == 0 ? (.coreGroupFirstMeeting, .workingDays(10)) : self.book.interval(.coreGroupSubsequent).map { (.coreGroupSubsequent, $0) }
            }
            items += chain(source: plan, start: start, end: end, closedBy: .conference, meeting: reviews.filter { $0.0 > start }) { i, _ in
                i == 0 ? (.rcpcFirst, .months(3)) : (.rcpcSubsequent, .months(6))
            }
            if let every = book.interval(.cpVisits) {
                items += chain(source: plan, start: start, end: end, closedBy: .visit, meeting: inPlan(cpVisits)) { _, _ in (.cpVisits, every) }
            }
        }
        return items
    }

    // MARK: Child in need

    func childInNeed(_ r: Records) -> [DueItem] {
        var items = [DueItem]()
        let reviews = DueDates.dated(r[.childInNeedPlanReview])
        let visits = DueDates.dated(r[.visit], where: {
            $0.values["visit_type"]?.code == VisitType.childInNeed.rawValue && $0.values["child_seen"]?.bool == true
        })
        for plan in r[.childInNeedPlan] {
            guard let start = plan.date else { continue }
            if let every = book.interval(.cinPlanReview) {
                items += chain(source: plan, start: start, end: plan.endDate, closedBy: .childInNeedPlanReview,
                               meeting: reviews.filter { $0.0 > start }) { _, _ in (.cinPlanReview, every) }
            }
            if let every = book.interval(.cinVisits) {
                items += chain(source: plan, start: start, end: plan.endDate, closedBy: .visit,
                               meeting: visits.filter { $0.0 >= start }) { _, _ in (.cinVisits, every) }
            }
        }
        return items
    }

    // MARK: Looked after

    func lookedAfter(_ r: Records, child: ChildFacts) -> [DueItem] {
        var items = [DueItem]()
        let reviews = DueDates.dated(r[.lookedAfterReview])
        let health = DueDates.dated(r[.healthAssessment])
        let dental = DueDates.dated(r[.dentalCheck])
        let peps = DueDates.dated(r[.personalEducationPlan])
        let statutoryVisits = DueDates.dated(r[.visit], where: {
            $0.values["visit_type"]?.code == VisitType.lookedAfterStatutory.rawValue && $0.values["child_seen"]?.bool == true
        })
        let longTermMatches = DueDates.dated(r[.permanence], where: {
            $0.values["step"]?.code == PermanenceStep.longTermFosteringMatchConfirmed.rawValue
        })
        let adulthood = child.dateOfBirth?.birthday(18)
        for period in r[.periodOfCare] {
            guard let start = period.date else { continue }
            let end = period.endDate
            let until = adulthood
            let stop = [end, until].compactMap { $0 }.min()
            func inPeriod(_ m: [(Day, Int)]) -> [(Day, Int)] { m.filter { x in x.0 >= start && stop.map { x.0 <= $0 } ?? true } }

            // Reviews: 20 working days, then 3 months, then every 6 months.
            let periodReviews = inPeriod(reviews)
            items += chain(source: period, start: start, end: end, until: until, closedBy: .lookedAfterReview, meeting: periodReviews) { i, _ in
                switch i {
                case 0: (.lacReviewFirst, .workingDays(20))
                case 1: (.lacReviewSecond, .months(3))
                default: (.lacReviewSubsequent, .months(6))
                }
            }
            // Health: an initial assessment in 20 working days, then six-monthly under 5 and yearly from 5.
            let periodHealth = inPeriod(health)
            let initial = once(.iha, source: period, start: start, end: end, until: until, closedBy: .healthAssessment, meeting: periodHealth)
            items += initial
            if let first = initial.first?.metOn {
                items += chain(source: period, start: first, end: end, until: until, closedBy: .healthAssessment,
                               meeting: periodHealth.filter { $0.0 > first }) { _, anchor in
                    let underFive = child.dateOfBirth.map { $0.age(on: anchor) < 5 } ?? false
                    return (.rha, underFive ? .months(6) : .months(12))
                }
            }
            items += chain(source: period, start: start, end: end, until: until, closedBy: .dentalCheck, meeting: inPeriod(dental)) { _, _ in
                (.dentalCheck, .months(12))
            }
            // Education: a PEP for children of school age, within 10 and 20 working days, then each term.
            if let dob = child.dateOfBirth, (5...17).contains(dob.age(on: start)) {
                let periodPEPs = inPeriod(peps)
                let first = once(.pepInitiation, source: period, start: start, end: end, until: until, closedBy: .personalEducationPlan, meeting: periodPEPs)
                items += first
                items += once(.pepCompleteForFirstReview, source: period, start: start, end: end, until: until, closedBy: .personalEducationPlan,
                              meeting: periodPEPs)
                if let firstPEP = first.first?.metOn, let every = book.interval(.pepReview) {
                    items += chain(source: period, start: firstPEP, end: end, until: until, closedBy: .personalEducationPlan,
                                   meeting: periodPEPs.filter { $0.0 > firstPEP }) { _, _ in (.pepReview, every) }
                }
            }
            // An independent reviewing officer within 5 working days (one already allocated counts from the start).
            let iros = r[.allocation].filter { $0.values["allocation_role"]?.code == AllocationRole.independentReviewingOfficer.rawValue }
            var iroMet = iros.compactMap { a -> (Day, Int)? in
                guard let from = a.date else { return nil }
                if from <= start, a.endDate.map({ $0 >= start }) ?? true { return (start, a.id) }
                return from >= start ? (from, a.id) : nil
            }
            iroMet.sort { $0.0 < $1.0 }
            items += once(.iroAppointment, source: period, start: start, end: end, until: until, closedBy: .allocation, meeting: iroMet)

            // Statutory visits, placement by placement.
            items += placementVisits(r, period: period, periodEnd: end, until: until, firstReview: periodReviews.first?.0,
                                     visits: inPeriod(statutoryVisits), longTermMatches: longTermMatches)
        }
        // Return home interviews, for every missing episode that has ended.
        for episode in r[.missingEpisode] {
            guard let back = episode.endDate else { continue }
            var met = [(Day, Int)]()
            if let at = episode.values["interview_at"]?.instant {
                met = [(max(back, LondonTime.day(of: at)), episode.id)]
            } else if episode.values["interview_offered"]?.bool == true, episode.values["interview_accepted"]?.bool == false {
                met = [(back, episode.id)] // offered and declined: nothing more is due
            }
            items += once(.returnHomeInterview, source: episode, start: back, end: nil, closedBy: .missingEpisode, meeting: met)
        }
        return items
    }

    /// Placements as Regulation 28 sees them: a new SSDA903 episode for a change of legal status only is the same placement.
    func placementVisits(_ r: Records, period: JourneyEvent, periodEnd: Day?, until: Day?, firstReview: Day?,
                         visits: [(Day, Int)], longTermMatches: [(Day, Int)]) -> [DueItem] {
        guard let periodStart = period.date else { return [] }
        let episodes = r[.placement].filter { e in
            guard let d = e.date else { return false }
            return d >= periodStart && periodEnd.map { d <= $0 } ?? true
        }
        var placements = [(first: JourneyEvent, start: Day, end: Day?)]()
        for e in episodes {
            if e.values["reason_new_episode"]?.code == ReasonForNewEpisode.legalStatusChangeOnly.rawValue, let last = placements.last {
                placements[placements.count - 1] = (last.first, last.start, e.endDate)
            } else {
                placements.append((e, e.date!, e.endDate))
            }
        }
        var items = [DueItem]()
        for p in placements {
            let end = [p.end, periodEnd].compactMap { $0 }.min()
            let stop = [end, until].compactMap { $0 }.min()
            let type = p.first.values["placement_type"]?.code
            let status = p.first.values["legal_status"]?.code
            let anniversary = p.start.adding(months: 12)
            let meeting = visits.filter { v in v.0 >= p.start && stop.map { v.0 <= $0 } ?? true }
            items += chain(source: p.first, start: p.start, end: end, until: until, closedBy: .visit, meeting: meeting) { i, anchor in
                if type == PlacementType.withParents.rawValue {
                    if status == LegalStatus.fullCareOrder.rawValue {
                        return i == 0 ? (.swVisitCareOrderWithParent, .weeks(1)) : (.swVisitCareOrderWithParent, .weeks(6))
                    }
                    let beforeReview = firstReview.map { anchor < $0 } ?? true
                    return (.swVisitPlacedWithParentPreAssessment, beforeReview ? .weeks(1) : .weeks(6))
                }
                if i == 0 { return (.swVisitFirst, .weeks(1)) }
                if anchor < anniversary { return (.swVisitYear1, .weeks(6)) }
                let longTerm = longTermMatches.contains { $0.0 <= anchor }
                return (.swVisitAfterYear1, longTerm ? .months(3) : .weeks(6))
            }
        }
        return items
    }

    // MARK: Care leavers

    func careLeaver(_ r: Records, child: ChildFacts) -> [DueItem] {
        guard let dob = child.dateOfBirth else { return [] }
        let periods = r[.periodOfCare].compactMap { p in p.date.map { CarePeriod(start: $0, end: p.endDate) } }
        guard let eligibleFrom = CareLeaverStatus.eligibleFrom(dateOfBirth: dob, periods: periods),
              let source = r[.periodOfCare].last(where: { ($0.date ?? eligibleFrom) <= eligibleFrom }) else { return [] }
        var items = [DueItem]()
        let twentyOne = dob.birthday(21)
        let plans = DueDates.dated(r[.careLeaver], "pathway_plan_date")
        items += once(.needsAssessmentEligible, source: source, start: eligibleFrom, end: nil, until: twentyOne, closedBy: .careLeaver,
                      meeting: plans.filter { $0.0 >= dob.birthday(16) })
        var reviewDays = Set<Day>()
        var reviews = [(Day, Int)]()
        for e in r[.careLeaver] {
            for day in [e.values["pathway_plan_date"]?.day, e.values["pathway_plan_review_date"]?.day].compactMap({ $0 })
            where reviewDays.insert(day).inserted {
                reviews.append((day, e.id))
            }
        }
        reviews.sort { $0.0 < $1.0 }
        if let firstPlan = plans.first(where: { $0.0 >= eligibleFrom.adding(months: -3) }) {
            items += chain(source: source, start: firstPlan.0, end: nil, until: twentyOne, closedBy: .careLeaver,
                           meeting: reviews.filter { $0.0 > firstPlan.0 }) { _, _ in (.pathwayPlanReview, .months(6)) }
        }
        // Personal adviser contact after leaving care, until 21.
        if let left = periods.compactMap(\.end).filter({ $0 >= eligibleFrom }).max(), periods.allSatisfy({ $0.end != nil }),
           left < twentyOne {
            let contacts = DueDates.dated(r[.visit], where: { $0.values["visit_type"]?.code == VisitType.personalAdviser.rawValue })
            items += chain(source: source, start: left, end: nil, until: twentyOne, closedBy: .visit,
                           meeting: contacts.filter { $0.0 >= left }) { _, _ in (.paVisitAccommodation, .months(2)) }
        }
        return items
    }
}

extension RuleBook {
    /// Whether the rule was in force on the day a clock started.
    public func ruleApplies(_ id: RuleID, startedOn day: Day) -> Bool {
        RuleBook.rule(id).isInForce(on: day)
    }
}
