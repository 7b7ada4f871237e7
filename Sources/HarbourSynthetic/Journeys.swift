import Foundation
import HarbourCore

/// Makes one child's journey at a time: referrals and what follows them, periods of care,
/// permanence and leaving care. Rates are set so that, at scale 1, the council's volumes
/// match `Targets`; timeliness improves across the years, as the seed papers describe.
struct Journeys: Sendable {
    let end: Day
    let windowStart: Day
    let frontDoor: [Int]
    let neighbourhood: [Int]
    let inCare: [Int]
    let leavingCare: [Int]
    /// The child's own stream for families moving in and away, apart from the journey's, so
    /// adding moves changed no other child's journey.
    var moves = SeededRandom(seed: 0)

    /// Referrals a referred child has on average (22% of referrals are re-referrals).
    static let referralsPerChild = 1.0 / (1.0 - 0.22)
    /// Contacts recorded for each referral, counting the one that led to it.
    static let contactsPerReferral = 1.35
    static let contactsPerContactOnlyChild = 1.3

    /// How far through the record a day is, from 0 (the start) to 1 (the end): timeliness improves with it.
    func progress(_ day: Day) -> Double {
        min(1, max(0, Double(windowStart.days(until: day)) / Double(max(1, windowStart.days(until: end)))))
    }

    // MARK: Working days (weekends only here; bank holidays come with the timescale engine)

    static func addWorkingDays(_ day: Day, _ n: Int) -> Day {
        var d = day
        var left = n
        while left > 0 {
            d = d.adding(days: 1)
            if d.isoWeekday <= 5 { left -= 1 }
        }
        return d
    }

    static func workingDays(_ from: Day, _ to: Day) -> Int {
        var count = 0
        var d = from
        while d < to {
            d = d.adding(days: 1)
            if d.isoWeekday <= 5 { count += 1 }
        }
        return count
    }

    // MARK: The child

    func newChild(dob: Day?, expected: Day?, sex: String, rng: inout SeededRandom) -> SyntheticChild {
        var v: FieldValues = [
            "first_name": .text(Names.first(dob == nil ? "U" : sex, &rng)),
            "last_name": .text(Names.surname(&rng)),
            "sex": .code(dob == nil ? "U" : sex),
            "ethnicity": .code(rng.pick(Self.ethnicity)),
            "postcode": .text(Names.postcode(&rng)),
        ]
        if let dob { v["date_of_birth"] = .day(dob) }
        if let expected { v["expected_date_of_birth"] = .day(expected) }
        if let dob, dob.age(on: end) >= 4 {
            v["upn"] = .text(Names.upn(&rng))
        } else {
            v["upn_unknown"] = .code("UN1")
        }
        if rng.chance(0.08) { v["disabilities"] = .codes([rng.pick(Self.disabilities)]) }
        return SyntheticChild(values: v, events: [])
    }

    static let ethnicity: [(String, Double)] = [
        ("WBRI", 61), ("WIRI", 0.5), ("WIRT", 0.3), ("WOTH", 3), ("WROM", 0.5), ("MWBC", 3), ("MWBA", 1), ("MWAS", 2), ("MOTH", 2),
        ("AIND", 6), ("APKN", 6), ("ABAN", 2), ("AOTH", 4.1), ("BCRB", 2), ("BAFR", 4), ("BOTH", 1), ("CHNE", 0.5), ("OOTH", 2),
        ("REFU", 0.2), ("NOBT", 1),
    ]
    static let disabilities: [(String, Double)] = [("AUT", 3), ("LD", 3), ("COMM", 2), ("BEH", 2), ("MOB", 1), ("HEAR", 0.5),
                                                   ("VIS", 0.5), ("HAND", 0.3), ("PC", 0.3), ("INC", 0.3), ("CON", 0.2), ("DDA", 1)]
    static let sources: [(String, Double)] = [("6", 25), ("2A", 15), ("2B", 2), ("3A", 3), ("3B", 4), ("3C", 1), ("3D", 2), ("3E", 3),
                                              ("3F", 2), ("1A", 6), ("1B", 1), ("1C", 1), ("1D", 1), ("4", 3), ("5A", 3), ("5B", 3),
                                              ("5C", 2), ("5D", 5), ("7", 4), ("8", 7), ("9", 2), ("10", 1)]

    // MARK: Referred children

    mutating func referredChild(firstReferral: Day, rng: inout SeededRandom) -> SyntheticChild {
        let band = rng.pick(Self.ageAtReferral)
        let sex = rng.chance(0.5) ? "F" : "M"
        var child: SyntheticChild
        if band == -1 {
            let expected = firstReferral.adding(days: rng.int(60...200))
            child = newChild(dob: expected <= end ? expected : nil, expected: expected, sex: sex, rng: &rng)
        } else {
            let dob = firstReferral.adding(days: -(band * 365 + rng.int(0...364)))
            child = newChild(dob: dob, expected: nil, sex: sex, rng: &rng)
        }
        var date = firstReferral
        while date <= end, age(child, on: date) < 18 {
            guard let closed = referralEpisode(&child, referral: date, rng: &rng) else { break }
            guard rng.chance(0.22) else { break }
            date = closed.adding(days: rng.int(14...330))
        }
        return child
    }

    /// Age in whole years at first referral (-1 unborn), shaped like the council's CP age split.
    static let ageAtReferral: [(Int, Double)] = [(-1, 8), (0, 15)] + (1...4).map { ($0, 4.0) } + (5...9).map { ($0, 5.9) }
        + (10...15).map { ($0, 1.9) } + [(16, 1.0), (17, 0.5)]

    func birth(_ child: SyntheticChild) -> Day? { child.values["date_of_birth"]?.day }

    func age(_ child: SyntheticChild, on day: Day) -> Int {
        birth(child)?.age(on: day) ?? -1
    }

    /// One referral and what follows; returns the closure date, or nil if still open at the end.
    mutating func referralEpisode(_ child: inout SyntheticChild, referral: Day, rng: inout SeededRandom) -> Day? {
        let source = rng.pick(Self.sources)
        let p = progress(referral)
        func add(_ kind: EventKind, _ values: FieldValues, on day: Day) {
            if day <= end { child.events.append((kind, values)) }
        }
        // The contact that became this referral, and sometimes an earlier one that did not.
        let decisionDays = rng.chance(0.6 + 0.15 * p) ? 0 : rng.int(1...4)
        let contactDay = referral.adding(days: -decisionDays)
        if rng.chance(0.35) {
            let earlier = contactDay.adding(days: -rng.int(20...200))
            add(.contact, ["contact_date": .day(earlier), "source": .code(rng.pick(Self.sources)),
                           "decision": .code(rng.pick([("no-further-action", 5.0), ("information-and-advice", 3), ("early-help", 4)])),
                           "decision_date": .day(earlier)], on: earlier)
        }
        let route = rng.pick([(Route.nfaAtReferral, 0.08), (.assessmentOnly, 0.27), (.childInNeedPlan, 0.23), (.protection, 0.42)])
        add(.contact, ["contact_date": .day(contactDay), "source": .code(source),
                       "decision": .code(route == .protection ? "strategy-discussion" : "referral-to-childrens-social-care"),
                       "decision_date": .day(referral)], on: contactDay)

        var referralValues: FieldValues = ["referral_date": .day(referral), "source": .code(source), "nfa": .bool(route == .nfaAtReferral)]
        var closure: Day?
        var reason = "RC7"
        var allocationEnd: Day?
        var authorisedDay: Day?
        // Three quarters of the front-door workers carry the referrals: their caseloads run high.
        let frontDoorWorker = rng.chance(0.95) ? frontDoor[rng.int(0...(max(1, frontDoor.count * 3 / 4) - 1))] : nil

        switch route {
        case .nfaAtReferral:
            closure = referral.adding(days: rng.int(0...3))
            reason = "RC8"
        default:
            let (authorised, needs) = assessment(&child, referral: referral, route: route, rng: &rng)
            referralValues["primary_need"] = .code(route == .protection ? "N1" : rng.pick([("N1", 45.0), ("N2", 8), ("N3", 6), ("N4", 12),
                                                                                          ("N5", 18), ("N6", 4), ("N7", 1), ("N8", 3), ("N0", 3)]))
            allocationEnd = authorised
            authorisedDay = authorised
            switch route {
            case .assessmentOnly:
                closure = authorised.adding(days: rng.int(0...10))
                reason = rng.chance(0.7) ? "RC8" : "RC9"
            case .childInNeedPlan where needs:
                closure = childInNeedPlan(&child, start: authorised, rng: &rng)
                // Some families move away while their child has a plan: the case transfers out.
                if moves.chance(Self.movedAwayShare) { reason = ReasonForClosure.transferredToAnotherLA.rawValue }
            case .protection:
                closure = protection(&child, referral: referral, source: source, rng: &rng)
                if moves.chance(Self.movedAwayShare) { reason = ReasonForClosure.transferredToAnotherLA.rawValue }
            default:
                closure = authorised.adding(days: rng.int(0...10))
                reason = "RC8"
            }
        }
        if let c = closure, c > end { closure = nil }
        // Some children come into care straight from the front door (police protection, accommodation).
        if route != .nfaAtReferral, route != .protection, closure != nil, rng.chance(age(child, on: referral) >= 13 ? 0.38 : 0.034) {
            let start = referral.adding(days: rng.int(0...20))
            if start <= end, canEnterCare(child, on: start) {
                let (ended, why) = periodOfCare(&child, start: start, legalStatus: rng.pick([("V2", 6.0), ("L1", 2), ("C1", 3), ("L2", 1)]),
                                                rng: &rng)
                let planned = route == .childInNeedPlan ? closure : nil
                // The episode stays open until its child in need plan has ended as well.
                closure = ended.map { day in
                    let closed = day.adding(days: rng.int(0...20))
                    return planned.map { max($0, closed) } ?? closed
                }
                reason = Self.closureReason(forCeased: why)
            }
        }
        // A referral stays open until its assessment is authorised.
        if let c = closure, let authorisedDay, c < authorisedDay { closure = authorisedDay }
        if let c = closure, c > end { closure = nil }
        if let closure {
            referralValues["closure_date"] = .day(closure)
            referralValues["closure_reason"] = .code(reason)
        }
        add(.referral, referralValues, on: referral)
        if let worker = frontDoorWorker {
            var a: FieldValues = ["worker_id": .integer(worker), "allocation_role": .code("social-worker"), "start_date": .day(referral)]
            if let e = allocationEnd ?? closure, e <= end { a["end_date"] = .day(max(e, referral)) }
            add(.allocation, a, on: referral)
        }
        return closure
    }

    enum Route { case nfaAtReferral, assessmentOnly, childInNeedPlan, protection }

    /// While a child is looked after, the children in care team holds the case: a plan a
    /// neighbourhood worker would have taken on after the child came into care is not theirs.
    func keepCaseWithCareTeam(_ child: inout SyntheticChild) {
        let care = child.events.filter { $0.kind == .periodOfCare }.compactMap { e in
            e.values["start_date"]?.day.map { (start: $0, end: e.values["end_date"]?.day) }
        }
        guard !care.isEmpty else { return }
        let careTeam = Set(inCare)
        child.events.removeAll { kind, values in
            guard kind == .allocation, values["allocation_role"]?.code == AllocationRole.socialWorker.rawValue,
                  let worker = values["worker_id"]?.integer, !careTeam.contains(worker), let start = values["start_date"]?.day
            else { return false }
            return care.contains { start >= $0.start && $0.end.map { start < $0 } ?? true }
        }
    }

    /// Records why the case moved to each new worker: a worker taking over within a week of the
    /// last one (from the front door to a neighbourhood team, or into the children in care team)
    /// is a transfer by the standard process. A worker starting afresh is the case's first
    /// contact, which the returns work out for themselves.
    static func recordWorkerChanges(_ child: inout SyntheticChild) {
        let roles: Set<String> = [AllocationRole.socialWorker.rawValue, AllocationRole.teamManager.rawValue]
        let held = child.events.indices.filter { i in
            child.events[i].kind == .allocation && roles.contains(child.events[i].values["allocation_role"]?.code ?? "")
        }.compactMap { i in child.events[i].values["start_date"]?.day.map { (index: i, start: $0) } }
            .sorted { ($0.start, $0.index) < ($1.start, $1.index) }
        for (n, current) in held.enumerated() where child.events[current.index].values["change_reason"] == nil {
            let takesOver = held[..<n].contains { earlier in
                child.events[earlier.index].values["end_date"]?.day.map { $0.adding(days: 7) >= current.start } ?? true
            }
            if takesOver { child.events[current.index].values["change_reason"] = .code(SocialWorkerChangeReason.standardTransfer.rawValue) }
        }
    }

    /// The placement type as recorded: "other placements" (Z1) are split into Z11-Z14 from
    /// 2025-26, so a placement running on 1 April 2025 or later is recorded as Z11.
    static func recordedPlacementType(_ type: String, until: Day) -> String {
        guard type == PlacementType.otherPlacement.rawValue, until >= Self.otherPlacementsSplit else { return type }
        return PlacementType.otherPlacementZ11.rawValue
    }

    static let otherPlacementsSplit = Day(year: 2025, month: 4, day: 1)!

    static func closureReason(forCeased reason: String?) -> String {
        switch reason {
        case "E11", "E12": "RC1"
        case "E2": "RC2"
        case "E41": "RC3"
        case "E45", "E46", "E47", "E48": "RC4"
        case "E3": "RC5"
        case "E7": "RC6"
        default: "RC7"
        }
    }

    /// Whether a new period of care starting on `day` could be recorded: none may overlap
    /// another, and nobody starts to be looked after at 18 or older (or before birth).
    func canEnterCare(_ child: SyntheticChild, on day: Day) -> Bool {
        guard (0..<18).contains(age(child, on: day)) else { return false }
        return !child.events.contains { $0.kind == .periodOfCare && (($0.values["end_date"]?.day).map { $0 >= day } ?? true) }
    }

    /// The single assessment; returns when it was authorised and whether services are needed.
    mutating func assessment(_ child: inout SyntheticChild, referral: Day, route: Route, rng: inout SeededRandom) -> (Day, Bool) {
        let start = referral.adding(days: rng.int(0...2))
        let onTime = rng.chance(0.82 + 0.12 * progress(referral))
        let authorised = Self.addWorkingDays(start, onTime ? rng.int(8...45) : rng.int(46...90))
        let needs = route != .assessmentOnly
        var v: FieldValues = ["start_date": .day(start), "child_seen": .bool(rng.chance(0.96))]
        if v["child_seen"] == .bool(true) { v["child_seen_date"] = .day(start.adding(days: rng.int(0...7))) }
        if authorised <= end {
            v["authorisation_date"] = .day(authorised)
            v["needs_services"] = .bool(needs)
            var factors = Set((0..<rng.int(1...3)).map { _ in
                rng.pick([("3B", 10.0), ("4B", 8), ("2B", 5), ("1B", 4), ("16A", 6), ("17A", 5), ("18C", 2), ("19C", 1), ("10A", 1),
                          ("11A", 1), ("24A", 1), ("21", 2), ("6B", 2), ("5B", 2), ("7A", 1), ("14A", 1), ("15A", 1)])
            })
            // Factor 21 is "no factors identified": it stands alone.
            if factors.count > 1 { factors.remove("21") }
            v["factors"] = .codes(factors.sorted())
        }
        if start <= end { child.events.append((.assessment, v)) }
        return (authorised, needs)
    }

    /// A child in need plan with visits; returns the day the episode closes.
    mutating func childInNeedPlan(_ child: inout SyntheticChild, start: Day, rng: inout SeededRandom) -> Day {
        let planEnd = start.adding(days: rng.days(mean: 230, minimum: 60))
        var v: FieldValues = ["start_date": .day(start)]
        if planEnd <= end { v["end_date"] = .day(planEnd) }
        if start <= end { child.events.append((.childInNeedPlan, v)) }
        visits(&child, from: start, to: planEnd, type: "child-in-need", every: 28, onTime: 0.8, rng: &rng)
        allocate(&child, worker: rng.element(neighbourhood), from: start, to: planEnd)
        return planEnd.adding(days: rng.int(0...14))
    }

    mutating func allocate(_ child: inout SyntheticChild, worker: Int, from: Day, to: Day?, role: String = "social-worker") {
        guard from <= end else { return }
        var a: FieldValues = ["worker_id": .integer(worker), "allocation_role": .code(role), "start_date": .day(from)]
        if let to, to <= end { a["end_date"] = .day(max(to, from)) }
        child.events.append((.allocation, a))
    }

    func visits(_ child: inout SyntheticChild, from: Day, to: Day, type: String, every: Int, onTime: Double, rng: inout SeededRandom) {
        var day = from.adding(days: rng.int(1...7))
        let stop = min(to, end)
        while day <= stop {
            let seen = rng.chance(0.93)
            var v: FieldValues = ["visit_date": .day(day), "visit_type": .code(type), "child_seen": .bool(seen)]
            if seen, age(child, on: day) >= 4 { v["seen_alone"] = .bool(rng.chance(0.7)) }
            child.events.append((.visit, v))
            day = day.adding(days: rng.chance(onTime) ? rng.int(max(1, every - 8)...every) : rng.int((every + 1)...(every * 2)))
        }
    }

    static let agencies = ["police", "health", "social-care", "education"]

    func attended(_ rng: inout SeededRandom, p: Double) -> [String] {
        var list = ["social-care"]
        if rng.chance(0.75 + 0.15 * p) { list.append("police") }
        if rng.chance(0.7 + 0.15 * p) { list.append("health") }
        if rng.chance(0.65) { list.append("education") }
        return list.sorted()
    }

    /// Strategy discussion, section 47, conference and plan; returns the closure day.
    mutating func protection(_ child: inout SyntheticChild, referral: Day, source: String, rng: inout SeededRandom) -> Day {
        let p = progress(referral)
        // Some children move in already on another council's plan: a transfer-in conference,
        // due within 15 working days of the move, takes the plan on; no section 47 here.
        if moves.chance(Self.movedInOnPlanShare) {
            let conference = Self.addWorkingDays(referral, rng.chance(0.55 + 0.35 * p) ? rng.int(5...15) : rng.int(16...30))
            if conference <= end {
                child.events.append((.conference, ["conference_type": .code(ConferenceType.transferIn.rawValue), "conference_date": .day(conference),
                                                   "agencies_invited": .codes(Self.agencies), "agencies_attended": .codes(attended(&rng, p: p)),
                                                   "outcome": .code("child-protection-plan")]))
            }
            return protectionPlan(&child, from: conference, p: p, rng: &rng)
        }
        let strategyDay = referral.adding(days: rng.int(0...3))
        let s47 = rng.chance(0.73)
        if strategyDay <= end {
            child.events.append((.strategyDiscussion, ["discussion_date": .day(strategyDay), "agencies_invited": .codes(Self.agencies),
                                                       "agencies_attended": .codes(attended(&rng, p: p)),
                                                       "outcome": .code(s47 ? "section-47" : "no-section-47-cin-assessment")]))
        }
        guard s47 else { return strategyDay.adding(days: rng.days(mean: 60, minimum: 20)) }
        let conference = rng.chance(0.45)
        let outcomeDay = strategyDay.adding(days: rng.int(5...20))
        var s: FieldValues = ["start_date": .day(strategyDay), "conference_not_required": .bool(false)]
        if outcomeDay <= end {
            s["outcome"] = .code(conference ? "substantiated-conference" : rng.pick([("not-substantiated", 6.0), ("substantiated-no-conference", 1),
                                                                                  ("continuing-child-in-need", 3)]))
            s["outcome_date"] = .day(outcomeDay)
            if !conference, s["outcome"] == .code("substantiated-no-conference") { s["conference_not_required"] = .bool(true) }
        }
        if strategyDay <= end { child.events.append((.section47, s)) }
        guard conference else {
            return rng.chance(0.4) ? childInNeedPlan(&child, start: outcomeDay, rng: &rng) : outcomeDay.adding(days: rng.int(5...40))
        }
        // Initial conference: 15 working days from the strategy discussion; about 40% in time at
        // the start of the record, 80% by its end.
        let inTime = rng.chance(0.4 + 0.4 * p)
        let icpc = Self.addWorkingDays(strategyDay, inTime ? rng.int(8...15) : rng.int(16...35))
        let plan = rng.chance(0.9)
        if icpc <= end {
            child.events.append((.conference, ["conference_type": .code("initial"), "conference_date": .day(icpc),
                                               "agencies_invited": .codes(Self.agencies), "agencies_attended": .codes(attended(&rng, p: p)),
                                               "agencies_reported": .codes(attended(&rng, p: p)),
                                               "outcome": .code(plan ? "child-protection-plan" : "child-in-need-plan")]))
        }
        guard plan else { return childInNeedPlan(&child, start: icpc, rng: &rng) }
        return protectionPlan(&child, from: icpc, p: p, rng: &rng)
    }

    /// Shares of families who move: away while their child has a plan, and in on another council's plan.
    static let movedAwayShare = 0.05
    static let movedInOnPlanShare = 0.04

    /// A child protection plan from the conference on `icpc`, with review conferences, visits and
    /// an allocated worker; returns the closure day.
    mutating func protectionPlan(_ child: inout SyntheticChild, from icpc: Day, p: Double, rng: inout SeededRandom) -> Day {
        let planEnd = icpc.adding(days: rng.days(mean: 360, minimum: 90))
        let category = rng.pick(Targets.cpCategory)
        var v: FieldValues = ["start_date": .day(icpc), "initial_category": .code(category),
                              "latest_category": .code(rng.chance(0.9) ? category : rng.pick(Targets.cpCategory))]
        if planEnd <= end { v["end_date"] = .day(planEnd) }
        if icpc <= end { child.events.append((.childProtectionPlan, v)) }
        var review = Self.addWorkingDays(icpc, rng.chance(0.9) ? rng.int(50...65) : rng.int(66...90))
        while review < planEnd && review <= end {
            child.events.append((.conference, ["conference_type": .code("review"), "conference_date": .day(review),
                                               "agencies_invited": .codes(Self.agencies), "agencies_attended": .codes(attended(&rng, p: p)),
                                               "outcome": .code("plan-continued")]))
            review = review.adding(days: rng.chance(0.9) ? rng.int(170...182) : rng.int(183...240))
        }
        visits(&child, from: icpc, to: planEnd, type: "child-protection", every: 14, onTime: 0.8, rng: &rng)
        allocate(&child, worker: rng.element(neighbourhood), from: icpc, to: planEnd)
        // Some plans end with the child coming into care.
        if planEnd <= end, rng.chance(0.19), canEnterCare(child, on: planEnd) {
            let (ended, _) = periodOfCare(&child, start: planEnd, legalStatus: rng.pick([("C1", 6.0), ("V2", 3), ("L2", 1)]), rng: &rng)
            return ended.map { $0.adding(days: rng.int(0...20)) } ?? end.adding(days: 1)
        }
        return planEnd.adding(days: rng.int(0...20))
    }

    // MARK: Looked after

    /// Children already in care (or already grown up from it) when the record begins.
    mutating func carriedInLookedAfter(start: Day, rng: inout SeededRandom) -> SyntheticChild {
        let ageNow = rng.pick((0...17).map { ($0, $0 >= 12 ? 3.2 : 1.0) })
        let sex = rng.chance(0.45) ? "F" : "M"
        let dob = start.adding(days: -(ageNow * 365 + rng.int(0...364)))
        var child = newChild(dob: dob, expected: nil, sex: sex, rng: &rng)
        let entryAge = rng.int(0...max(0, ageNow))
        let entry = max(dob.adding(days: 30), dob.adding(days: entryAge * 365 + rng.int(0...364)))
        let begin = min(entry, start.adding(days: -1))
        child.events.append((.referral, ["referral_date": .day(begin), "source": .code(rng.pick(Self.sources)), "nfa": .bool(false),
                                         "primary_need": .code("N1")]))
        let index = child.events.count - 1
        let (ended, why) = periodOfCare(&child, start: begin, legalStatus: rng.pick([("C2", 7.0), ("V2", 2), ("E1", 1)]), longStay: true, rng: &rng)
        if let ended, ended <= end {
            let closure = ended.adding(days: rng.int(0...20))
            if closure <= end {
                child.events[index].values["closure_date"] = .day(closure)
                child.events[index].values["closure_reason"] = .code(Self.closureReason(forCeased: why))
            }
        }
        return child
    }

    enum Exit { case home, adoption, guardianship, longTermFostering, adulthood }

    /// A period of care with its placements, reviews, visits, health, education, missing
    /// episodes, permanence and leaving care. Returns the end day and reason, if it ended.
    /// `longStay` is for children already in care when the record begins: a point-in-time
    /// population holds more long stays than the children coming in do.
    mutating func periodOfCare(_ child: inout SyntheticChild, start: Day, legalStatus: String, longStay: Bool = false,
                               rng: inout SeededRandom) -> (Day?, String?) {
        guard let dob = birth(child) else { return (nil, nil) }
        // A baby on a pre-birth plan comes into care at birth, not before.
        let start = max(start, dob)
        let entryAge = dob.age(on: start)
        let eighteen = dob.birthday(18)
        let exit = longStay ? longStayExit(age: entryAge, rng: &rng) : newEntryExit(age: entryAge, rng: &rng)
        // A placement order (E1) is made only where the plan is adoption.
        let legalStatus = legalStatus == "E1" && exit != .adoption ? "C2" : legalStatus
        var ceased: Day
        var reason: String
        switch exit {
        case .home:
            ceased = start.adding(days: rng.days(mean: 240, minimum: 14)); reason = rng.pick([("E4A", 8.0), ("E4B", 1), ("E13", 1), ("E41", 1)])
        case .adoption:
            ceased = start.adding(days: rng.int(540...900)); reason = rng.chance(0.7) ? "E11" : "E12"
        case .guardianship:
            ceased = start.adding(days: rng.int(300...800)); reason = rng.pick([("E45", 5.0), ("E46", 2), ("E47", 1), ("E48", 1)])
        case .longTermFostering:
            ceased = eighteen; reason = rng.pick([("E17", 3.0), ("E5", 4), ("E6", 2), ("E7", 0.3)])
        case .adulthood:
            // Most stay until 18; some move to independent living at 16 or 17 and become relevant children.
            if rng.chance(0.25) {
                ceased = max(start.adding(days: 91), Day(year: dob.year + 16, month: dob.month, day: min(dob.day, 28))!.adding(days: rng.int(120...700)))
                reason = rng.chance(0.6) ? "E5" : "E6"
            } else {
                ceased = eighteen; reason = rng.pick([("E17", 3.0), ("E5", 4), ("E6", 2), ("E7", 0.3)])
            }
        }
        if ceased >= eighteen { ceased = eighteen; if exit != .adulthood && exit != .longTermFostering { reason = "E17" } }
        let ended = ceased <= end
        let lastDay = min(ceased, end)
        let permanencePlan = switch exit {
        case .home: "return-to-family"
        case .adoption: "adoption"
        case .guardianship: "sgo-or-cao"
        case .longTermFostering: "long-term-fostering"
        case .adulthood: "supported-living"
        }
        let periodIndex = child.events.count
        var period: FieldValues = ["start_date": .day(start), "legal_status": .code(legalStatus),
                                   "category_of_need": .code(rng.pick([("N1", 83.0), ("N4", 5), ("N5", 6), ("N8", 3), ("N2", 2), ("N3", 1)])),
                                   "uasc": .bool(entryAge >= 14 && rng.chance(0.05)), "permanence_plan": .code(permanencePlan),
                                   // Children coming into care have seldom left care to a permanence order before.
                                   "previous_permanence": .code(PreviousPermanence.noPreviousPermanence.rawValue)]
        if ended { period["end_date"] = .day(ceased); period["reason_ceased"] = .code(reason) }
        child.events.append((.periodOfCare, period))

        // Placements and legal status changes: SSDA903 episodes.
        var episodeStart = start
        var status = legalStatus
        var type = firstPlacement(age: entryAge, exit: exit, rng: &rng)
        // A child placed with parents from the start is there under an interim care order: under
        // section 20 or police protection the council does not place a child at home (rule 378).
        if type == "P1", !["C1", "C2"].contains(status) {
            status = "C1"
            child.events[periodIndex].values["legal_status"] = .code(status)
        }
        var rne = "S"
        let statusDays = (status == "C1" || status == "L1" || status == "L2") ? rng.int(60...240) : nil
        // Police protection lasts at most 72 hours, an emergency protection order at most 21 days.
        let statusChange = statusDays.map { days in
            start.adding(days: status == "L1" ? 1 + days % 3 : status == "L2" ? 1 + days % 21 : days)
        }
        var pendingStatus = statusChange
        var matchDay: Day?
        if exit == .longTermFostering, rng.chance(0.6) { matchDay = start.adding(days: rng.int(300...800)) }
        var placedForAdoption: Day?
        var withFosterCarers = false
        var placedOn: Day?
        if exit == .adoption { placedForAdoption = ceased.adding(days: -rng.int(180...300)) }
        while true {
            var next = episodeStart.adding(days: rng.days(mean: 420, minimum: 14))
            var nextRNE = "P"
            var nextStatus = status
            var nextType = type
            var changeReason = rng.pick([("CARPL", 5.0), ("CREQB", 2), ("CREQO", 2), ("CHILD", 1), ("LAREQ", 1), ("CLOSE", 1),
                                         ("STAND", 0.5), ("ALLEG", 0.3), ("OTHER", 0.5)])
            if let change = pendingStatus, change < next {
                next = change; nextRNE = "L"; nextStatus = exit == .adoption ? "C2" : (status == "C1" ? "C2" : "V2"); changeReason = "PLACE"
                pendingStatus = nil
            } else if let placed = placedForAdoption, placed < next {
                next = placed; nextRNE = "B"; nextStatus = "E1"; nextType = rng.chance(0.2) ? "A5" : "A6"; placedForAdoption = nil
                withFosterCarers = nextType == "A5"
                placedOn = placed
                // Placed with the current foster carers (A5), the carers stay the same: T or U.
                if nextType == "A5" { nextRNE = status == "E1" ? "T" : "U" } else if status == "E1" { nextRNE = "P" }
                changeReason = "CARPL"
            } else if let match = matchDay, match < next {
                next = match; nextRNE = "T"; nextType = type == "U3" ? "U1" : "U4"; matchDay = nil; changeReason = "PLACE"
                if match <= end {
                    child.events.append((.permanence, ["step": .code("long-term-fostering-match-confirmed"), "step_date": .day(match)]))
                }
            } else if type.hasPrefix("A") {
                // Placed for adoption, the child stays with the adopters until the order.
                next = ceased.adding(days: 1)
            } else {
                nextType = movePlacement(from: type, age: dob.age(on: next), rng: &rng)
                // A child goes home to parents while looked after only under a care order, made
                // the day of the move (rule 378: not under section 20 or police protection).
                if nextType == "P1", !["C1", "C2"].contains(status) { nextStatus = "C2"; nextRNE = "B"; pendingStatus = nil }
            }
            var episode: FieldValues = ["start_date": .day(episodeStart), "reason_new_episode": .code(rne), "legal_status": .code(status),
                                        "placement_type": .code(type), "provider": .code(Self.provider(type, &rng)),
                                        "placement_postcode": .text(Names.postcode(&rng)), "home_postcode": .text(Names.postcode(&rng))]
            // Settings Ofsted registers have a URN: children's homes, secure homes, family centres and
            // mother and baby units, residential schools (SSDA903 rule 218). Residential care homes,
            // hospitals and young offender institutions have none (rule 222).
            if type.hasPrefix("K") || type.hasPrefix("R") || type == "S1" {
                let urn = "SC\(rng.int(100_000...999_999))"
                if ["K1", "K2", "K3", "R3", "S1"].contains(type) { episode["urn"] = .text(urn) }
            }
            // A change of legal status alone keeps the child where they were.
            if rne == "L", let before = child.events.last(where: { $0.kind == .placement })?.values {
                for field in ["placement_postcode", "home_postcode", "provider", "urn"] { episode[field] = before[field] }
            }
            let recordedType = Self.recordedPlacementType(type, until: next >= ceased || next > end ? (ended ? ceased : end) : next)
            // Other placements from 2025-26 (Z11-Z14) have no provider.
            if recordedType != type { episode["provider"] = nil }
            episode["placement_type"] = .code(recordedType)
            if next >= ceased || next > end {
                if ended { episode["end_date"] = .day(ceased) }
                child.events.append((.placement, episode))
                break
            }
            episode["end_date"] = .day(next)
            episode["reason_place_change"] = .code(changeReason)
            child.events.append((.placement, episode))
            episodeStart = next; rne = nextRNE; status = nextStatus; type = nextType
        }

        // A special guardianship order to former foster carers (E45, E46) needs the child to have
        // been with foster carers; from anywhere else the guardians are other carers (E47, E48).
        if ended, !type.hasPrefix("U"), reason == "E45" || reason == "E46" {
            reason = reason == "E45" ? "E47" : "E48"
            child.events[periodIndex].values["reason_ceased"] = .code(reason)
        }
        if exit == .adoption { adoptionSteps(&child, start: start, ceased: ceased, orderAtStart: legalStatus == "E1",
                                             fosterCarers: withFosterCarers, placed: placedOn, rng: &rng) }
        if exit == .guardianship, ended { child.events.append((.permanence, ["step": .code("special-guardianship-order"), "step_date": .day(ceased)])) }

        reviewsAndHealth(&child, start: start, lastDay: lastDay, dob: dob, rng: &rng)
        healthOutcomes(&child, start: start, lastDay: lastDay, dob: dob)
        missingEpisodes(&child, start: start, lastDay: lastDay, dob: dob, rng: &rng)
        visits(&child, from: start, to: lastDay, type: "looked-after-statutory", every: 42, onTime: 0.82, rng: &rng)
        allocate(&child, worker: rng.element(inCare), from: start, to: ended ? ceased : nil)
        leavingCare(&child, start: start, ceased: ended ? ceased : nil, reason: reason, dob: dob, rng: &rng)
        return (ended ? ceased : nil, ended ? reason : nil)
    }

    func longStayExit(age: Int, rng: inout SeededRandom) -> Exit {
        switch age {
        case ..<5: rng.pick([(.adoption, 0.3), (.guardianship, 0.15), (.home, 0.2), (.longTermFostering, 0.35)])
        case 5..<14: rng.pick([(.home, 0.3), (.guardianship, 0.1), (.longTermFostering, 0.6)])
        default: rng.pick([(.home, 0.25), (.adulthood, 0.75)])
        }
    }

    func newEntryExit(age: Int, rng: inout SeededRandom) -> Exit {
        switch age {
        case ..<5: rng.pick([(.adoption, 0.33), (.guardianship, 0.14), (.home, 0.41), (.longTermFostering, 0.12)])
        case 5..<14: rng.pick([(.home, 0.62), (.guardianship, 0.08), (.longTermFostering, 0.30)])
        default: rng.pick([(.home, 0.45), (.adulthood, 0.55)])
        }
    }

    func firstPlacement(age: Int, exit: Exit, rng: inout SeededRandom) -> String {
        switch age {
        case ..<10: rng.pick([("U6", 47.0), ("U3", 16), ("U5", exit == .adoption ? 6 : 0.5), ("P1", 7), ("K2", 2), ("R3", 5), ("U2", 1), ("Z1", 4)])
        case 10..<16: rng.pick([("U6", 50.0), ("U3", 10), ("K2", 16), ("P1", 5), ("S1", 7), ("K1", 1), ("R1", 1), ("R5", 1), ("Z1", 4)])
        default: rng.pick([("U6", 38.0), ("U3", 6), ("K2", 15), ("K3", 33), ("P1", 4), ("R5", 2), ("S1", 1), ("P3", 1)])
        }
    }

    func movePlacement(from type: String, age: Int, rng: inout SeededRandom) -> String {
        if type.hasPrefix("U") { return rng.chance(0.6) ? "U6" : (age >= 16 ? "K3" : age >= 10 ? "K2" : "U3") }
        if type == "K2" { return rng.chance(0.35) ? "K2" : (age >= 16 ? "K3" : "U6") }
        return firstPlacement(age: age, exit: .home, rng: &rng)
    }

    static func provider(_ type: String, _ rng: inout SeededRandom) -> String {
        switch type {
        case "P1": "PR0"
        // NHS settings and young offender institutions are other public provision (rule 527).
        case "R2", "R5": "PR3"
        case "K1", "K2", "K3", "R1", "S1": rng.pick([("PR4", 7.0), ("PR1", 2), ("PR5", 1)])
        default: rng.pick([("PR1", 6.0), ("PR4", 3), ("PR5", 0.5), ("PR2", 0.5)])
        }
    }

    /// The steps to adoption. A child who comes into care already under a placement order
    /// had the decision to place for adoption made before.
    /// The match records the adopters, as the SSDA903 AD1 table asks: whether they are the
    /// child's foster carers, how many, their sex and their legal status, consistent with each other.
    /// `placed` is the day the placements put the child with the adopters, when they did.
    func adoptionSteps(_ child: inout SyntheticChild, start: Day, ceased: Day, orderAtStart: Bool, fosterCarers: Bool,
                       placed placedOn: Day?, rng: inout SeededRandom) {
        let order = ceased
        let drawn = order.adding(days: -rng.int(180...300))
        let placed = placedOn ?? drawn
        let decisionDays = rng.int(90...200)
        let steps: [(String, Day)] = [
            ("decision-to-place-for-adoption", start.adding(days: orderAtStart ? -decisionDays : decisionDays)),
            ("placement-order", placed.adding(days: -rng.int(90...200))),
            ("matched-for-adoption", placed.adding(days: -rng.int(14...60))),
            ("placed-for-adoption", placed),
            ("adoption-order", order),
        ]
        let (sex, legal) = rng.pick([(("MF", "L11"), 55.0), (("MF", "L3"), 12), (("FF", "L12"), 5), (("FF", "L2"), 3), (("FF", "L4"), 2),
                                     (("MM", "L12"), 4), (("MM", "L2"), 2), (("MM", "L4"), 1), (("F1", "L0"), 14), (("M1", "L0"), 2)])
        let adopters: FieldValues = ["adopted_by_foster_carer": .bool(fosterCarers), "number_of_adopters": .integer(legal == "L0" ? 1 : 2),
                                     "adopter_sex": .code(sex), "adopter_legal_status": .code(legal)]
        for (step, day) in steps where day <= end && (day >= start || orderAtStart && step == "decision-to-place-for-adoption") {
            var values: FieldValues = ["step": .code(step), "step_date": .day(day)]
            if step == "matched-for-adoption" { values.merge(adopters) { a, _ in a } }
            child.events.append((.permanence, values))
        }
    }

    func reviewsAndHealth(_ child: inout SyntheticChild, start: Day, lastDay: Day, dob: Day, rng: inout SeededRandom) {
        // Reviews: within 20 working days, then 3 months, then every 6 months (96% in time).
        var review = Self.addWorkingDays(start, rng.chance(0.96) ? rng.int(10...20) : rng.int(21...40))
        var gap = 91
        while review <= lastDay {
            let age = dob.age(on: review)
            child.events.append((.lookedAfterReview, ["review_date": .day(review),
                                                      "participation": .code(age < 4 ? "PN0" : rng.pick([("PN1", 6.0), ("PN2", 1), ("PN3", 1),
                                                                                                        ("PN4", 0.5), ("PN5", 1), ("PN6", 1), ("PN7", 1)]))]))
            review = review.adding(days: rng.chance(0.96) ? rng.int(gap - 14...gap) : rng.int(gap + 1...gap + 45))
            gap = 182
        }
        // Health: initial assessment in 20 working days (84%), then yearly (87%); dental yearly (55%).
        var health = Self.addWorkingDays(start, rng.chance(0.84) ? rng.int(5...20) : rng.int(21...60))
        var kind = "initial"
        while health <= lastDay {
            child.events.append((.healthAssessment, ["assessment_date": .day(health), "assessment_type": .code(kind)]))
            kind = "review"
            health = health.adding(days: rng.chance(0.87) ? rng.int(300...365) : rng.int(366...500))
        }
        var dental = start.adding(days: rng.int(30...200))
        while dental <= lastDay {
            if rng.chance(0.55) { child.events.append((.dentalCheck, ["check_date": .day(dental)])) }
            dental = dental.adding(days: rng.int(300...420))
        }
        // Personal education plans each term for children of school age (89% done).
        var pep = start.adding(days: rng.int(10...40))
        while pep <= lastDay {
            if (5...17).contains(dob.age(on: pep)), rng.chance(0.89) {
                child.events.append((.personalEducationPlan, ["pep_date": .day(pep), "school": .text(Names.surname(&rng) + " Academy")]))
            }
            pep = pep.adding(days: rng.int(100...130))
        }
    }

    /// The yearly outcomes record (SSDA903 OC2) made on 31 March for a child looked after since
    /// 1 April: an SDQ score from 4 to 16 (or why there is none), conviction and substance misuse
    /// from 10, health surveillance under 5, immunisations. It draws on a generator of its own,
    /// so the rest of the child's journey is as it was before outcomes were generated.
    func healthOutcomes(_ child: inout SyntheticChild, start: Day, lastDay: Day, dob: Day) {
        guard start.year + 1 <= lastDay.year else { return }
        for year in (start.year + 1)...lastDay.year {
            guard let march = Day(year: year, month: 3, day: 31), let april = Day(year: year - 1, month: 4, day: 1),
                  start <= april, march <= lastDay else { continue }
            var rng = SeededRandom(seed: UInt64(march.ordinal) &* 0x2545_F491_4F6C_DD1D &+ UInt64(dob.ordinal) &+ UInt64(start.ordinal) << 20)
            let age = dob.age(on: march)
            var v: FieldValues = ["record_date": .day(march), "immunisations": .bool(rng.chance(0.88))]
            switch age {
            case ..<4: break
            case 4...16:
                if rng.chance(0.85) { v["sdq_score"] = .integer(rng.int(3...30)) }
                else { v["sdq_reason"] = .code(rng.pick([("SDQ2", 2.0), ("SDQ5", 3), ("SDQ3", 1), ("SDQ4", 1)])) }
            default: v["sdq_reason"] = .code("SDQ1")
            }
            if age < 5 { v["health_assessment"] = .bool(rng.chance(0.9)) }
            if age >= 10 {
                v["convicted"] = .bool(rng.chance(0.03))
                let misuse = rng.chance(0.04)
                v["substance_misuse"] = .bool(misuse)
                if misuse {
                    let offered = rng.chance(0.9)
                    let received = offered && rng.chance(0.7)
                    v["intervention_received"] = .bool(received)
                    // Whether one was offered is asked only of a child who did not receive one.
                    if !received { v["intervention_offered"] = .bool(offered) }
                }
            } else {
                v["substance_misuse"] = .bool(false)
            }
            child.events.append((.healthOutcomes, v))
        }
    }

    func missingEpisodes(_ child: inout SyntheticChild, start: Day, lastDay: Day, dob: Day, rng: inout SeededRandom) {
        let female = child.values["sex"] == .code("F")
        guard rng.chance(female ? 0.43 : 0.25) else { return }
        var day = max(start, dob.adding(days: 11 * 365)).adding(days: rng.days(mean: 150))
        while day <= lastDay && dob.age(on: day) < 18 {
            let back = day.adding(days: rng.int(0...3))
            var v: FieldValues = ["missing_type": .code(rng.chance(0.75) ? "M" : "A"), "start_date": .day(day)]
            if back <= end {
                v["end_date"] = .day(back)
                let offered = rng.chance(0.9)
                v["interview_offered"] = .bool(offered)
                if offered {
                    let accepted = rng.chance(0.6)
                    v["interview_accepted"] = .bool(accepted)
                    // Within 72 hours of return: 36% at the start of the record, about 80% by its end.
                    let hours = rng.chance(0.36 + 0.44 * progress(back)) ? rng.int(2...71) : rng.int(73...240)
                    if accepted, let at = LondonTime.instant(day: back, hour: 10, minute: 0)?.addingTimeInterval(Double(hours) * 3600),
                       LondonTime.day(of: at) <= end {
                        v["interview_at"] = .instant(at)
                    }
                }
            }
            child.events.append((.missingEpisode, v))
            day = back.adding(days: rng.days(mean: 130, minimum: 3))
        }
    }

    /// Care leaver records as the Children (Leaving Care) Act 2000 defines the statuses:
    /// eligible (16-17, in care 13 weeks since 14), relevant (left care at 16-17), former
    /// relevant (18-21, was eligible or relevant), qualifying (left care after 16 otherwise).
    mutating func leavingCare(_ child: inout SyntheticChild, start: Day, ceased: Day?, reason: String, dob: Day, rng: inout SeededRandom) {
        let sixteen = Day(year: dob.year + 16, month: dob.month, day: min(dob.day, 28))!
        let fourteen = Day(year: dob.year + 14, month: dob.month, day: min(dob.day, 28))!
        let leftAt = ceased ?? end.adding(days: 1)
        let weeksSince14 = max(start, fourteen).days(until: min(leftAt, sixteen.adding(days: 365 * 2)))
        guard leftAt > sixteen, weeksSince14 >= 91 else {
            if let ceased, dob.age(on: ceased) >= 16, reason.hasPrefix("E4") == false {
                record(&child, on: ceased, status: "qualifying", dob: dob, rng: &rng)
            }
            return
        }
        let adviser = rng.element(leavingCare)
        record(&child, on: max(sixteen, start.adding(days: 91)), status: "eligible", dob: dob, rng: &rng)
        guard let ceased else { return }
        let ageLeft = dob.age(on: ceased)
        if ageLeft < 18 {
            if reason.hasPrefix("E4") { return }
            record(&child, on: ceased, status: "relevant", dob: dob, rng: &rng)
        }
        allocate(&child, worker: adviser, from: ceased, to: Day(year: dob.year + 21, month: dob.month, day: min(dob.day, 28)),
                 role: "personal-adviser")
        // Former relevant to 21, and to 25 while in higher education.
        for age in 18...24 {
            let birthday = Day(year: dob.year + age, month: dob.month, day: min(dob.day, 28))!
            if age > 21, !Self.inEducation(child.events.last { $0.kind == .careLeaver }?.values) { break }
            if birthday >= ceased { record(&child, on: birthday, status: "former-relevant", dob: dob, rng: &rng) }
        }
    }

    static func inEducation(_ values: FieldValues?) -> Bool {
        ["F1", "P1"].contains(values?["activity"]?.code ?? "")
    }

    func record(_ child: inout SyntheticChild, on day: Day, status: String, dob: Day, rng: inout SeededRandom) {
        guard day <= end else { return }
        let inTouch = rng.chance(0.9) ? "YES" : rng.pick([("NO", 5.0), ("REFU", 2), ("NREQ", 1)])
        var v: FieldValues = ["record_date": .day(day), "status": .code(status), "in_touch": .code(inTouch),
                              "pathway_plan_date": .day(max(dob.adding(days: 16 * 365 + 30), day.adding(days: -rng.int(30...300))))]
        if inTouch == "YES" {
            v["activity"] = .code(rng.chance(0.34) ? rng.pick([("G5", 5.0), ("G4", 2), ("G6", 2)])
                                  : rng.pick([("F2", 5.0), ("P2", 2), ("F1", 1), ("F4", 1), ("F5", 2), ("P5", 2)]))
            v["accommodation"] = .code(rng.chance(0.85) ? rng.pick([("Z1", 3.0), ("D1", 3), ("U1", 3), ("B1", 2), ("E1", 1), ("T1", 1)])
                                       : rng.pick([("W2", 1.0), ("S2", 1), ("X2", 1), ("V2", 1)]))
            v["pathway_plan_review_date"] = .day(day)
            v["personal_adviser"] = .text("Personal adviser")
        } else {
            v["activity"] = .code("0")
            v["accommodation"] = .code("0")
        }
        if v["pathway_plan_date"]!.day! > day { v["pathway_plan_date"] = .day(day) }
        child.events.append((.careLeaver, v))
    }

    // MARK: Children known only through contacts

    func contactOnlyChild(first: Day, rng: inout SeededRandom) -> SyntheticChild {
        let age = rng.int(0...17)
        let sex = rng.chance(0.5) ? "F" : "M"
        var child = newChild(dob: first.adding(days: -(age * 365 + rng.int(0...364))), expected: nil, sex: sex, rng: &rng)
        var day = first
        repeat {
            if day > end { break }
            child.events.append((.contact, ["contact_date": .day(day), "source": .code(rng.pick(Self.sources)),
                                            "decision": .code(rng.pick([("no-further-action", 5.0), ("information-and-advice", 4),
                                                                        ("early-help", 4), ("already-open", 0.2)])),
                                            "decision_date": .day(rng.chance(0.7) ? day : Self.addWorkingDays(day, rng.int(1...3)))]))
            day = day.adding(days: rng.int(30...400))
        } while rng.chance(0.25)
        earlyHelp(&child, age: age)
        return child
    }

    /// An early help assessment after about half the contacts passed to early help (1,542 a
    /// year at scale 1, 77% held by the council's own service). It draws on a generator of its
    /// own, so the rest of the council is as it was before early help was generated.
    func earlyHelp(_ child: inout SyntheticChild, age: Int) {
        let passed = child.events.compactMap { kind, values -> Day? in
            kind == .contact && values["decision"]?.code == "early-help" ? values["contact_date"]?.day : nil
        }
        for contact in passed {
            var rng = SeededRandom(seed: UInt64(contact.ordinal) &* 0x2545_F491_4F6C_DD1D &+ UInt64(age))
            guard rng.chance(0.5) else { continue }
            let start = contact.adding(days: rng.int(3...15))
            let done = start.adding(days: rng.int(15...45))
            guard start <= end else { continue }
            let council = rng.chance(0.77)
            var values: FieldValues = ["start_date": .day(start), "held_by_council": .bool(council),
                                       "organisation": .text(council ? "Council early help service"
                                           : rng.pick([("A primary school", 4.0), ("A secondary school", 3), ("Health visiting service", 3)]))]
            if done <= end { values["completion_date"] = .day(done) }
            child.events.append((.earlyHelpAssessment, values))
        }
    }
}
