import HarbourCore

/// Builds Ofsted's Annex A child-level lists 1 to 11 (inspection of local authority children's
/// services) from Harbour's records, for a date: each list covers the months before it (12 by
/// default; a council asked for six sets `months`), and only what had happened by the date is
/// shown. Column headings and codes are Ofsted's; dates are dd/mm/yyyy; ages are in whole
/// years on the date. Allocated team and worker are those holding the case on the date, or the
/// last to hold it in the period.
///
/// How each list is drawn, where Ofsted's wording leaves a choice:
/// - List 1 contacts, list 3 referrals: dated in the period. List 2 early help assessments,
///   list 4 assessments, list 6 children in need (referrals that were not NFA), list 7 child
///   protection plans: open at any time in the period. List 5: enquiries started, or whose
///   initial conference was held, in the period. List 8: children looked after at any time in
///   the period, not counting short breaks (V3, V4), one row for their latest period of care.
///   List 9: young people with a care leaver record in the period, or aged under 21. List 10:
///   children whose adoption plan (decision, order, match or placement) was live in the period.
/// - "In the last 12 months" and "in the last six months" counts and flags look back from the
///   date of the list.
/// - Placements (list 8) are changes of placement: episodes other than a change of legal status
///   only (RNE L), leaving out temporary placements (T0 to T4).
/// - "Was an ICPC deemed unnecessary?" follows the CIN census's ICPCnotRequired (`CINCensusBuilder`).
/// - Disability is True when the child has a disability code other than NONE, False otherwise.
/// - List 10's fostering for adoption date is the recorded step, or else the child's first
///   placement with foster carers approved as adopters (U2, U5) in that period of care.
///
/// Harbour does not record these items, so they are blank or partial:
/// - List 7 emergency protection or police protection covers only children accommodated under
///   it (legal status L1, L2): police protection without accommodation is not recorded.
/// - List 7 Number of Previous Child Protection Plans counts only the plans Harbour holds.
/// - List 8 Placement Location and LA of Placement (Harbour holds no postcode-to-council lookup).
/// - List 10 Family identifier (Harbour holds no adopter families).
/// - List 11 (adopters) is empty: Harbour holds no records of adopters or prospective adopters.
public struct AnnexABuilder: Sendable {
    /// The date the lists are for; the period ends on it.
    public var date: Day
    /// How many months before the date the lists cover.
    public var months: Int
    /// Harbour's workers by id, for the allocated worker, team and personal adviser.
    public var workers: [Int: ReturnWorker]

    public init(date: Day, months: Int = 12, workers: [Int: ReturnWorker] = [:]) {
        self.date = date
        self.months = months
        self.workers = workers
    }

    /// The first day of the period.
    public var periodStart: Day { date.adding(months: -months).adding(days: 1) }

    static let child = ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)"]
    static let disability = "Does the Child have a Disability"
    static let allocated = ["Allocated Team", "Allocated Worker"]

    /// Each list's name and Ofsted's column headings.
    public static let columns: [(list: String, columns: [String])] = [
        ("list_1", child + ["Date of Contact", "Contact Source"]),
        ("list_2", child + ["Assessment start date", "Assessment completion date", "Organisation completing assessment"]),
        ("list_3", child + ["Date of referral", "Referral Source", "Referral NFA?", "Number of Referrals in Last 12 Months"] + allocated),
        ("list_4", child + [disability, "Continuous Assessment Start Date", "Child Seen During Continuous Assessment",
                            "Continuous Assessment Date of Authorisation",
                            "Was the child assessed as requiring LA children's social care support?"] + allocated),
        ("list_5", child + [disability, "Strategy discussion initiating Section 47 Enquiry Start Date",
                            "Was an Initial Child Protection Conference deemed unnecessary?",
                            "Date of Initial Child Protection Conference",
                            "Did the Initial Child Protection Conference Result in a Child Protection Plan",
                            "Number of Section 47 Enquiries in the last 12 months", "Number of ICPCs in the last 12 months"] + allocated),
        ("list_6", child + [disability, "CIN Start Date", "Primary Need Code", "Date Child Was Last Seen", "CIN Closure Date",
                            "Reason for Closure", "Case Status"] + allocated),
        ("list_7", child + [disability, "Child Protection Plan Start Date", "Initial Category of Abuse", "Latest Category of Abuse",
                            "Date of the Last Statutory Visit", "Was the Child Seen Alone?", "Date of latest review conference",
                            "Child Protection Plan End Date",
                            "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
                            "Number of Previous Child Protection Plans"] + allocated),
        ("list_8", child + ["Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", disability,
                            "Date Started to be Looked After", "Child's Category of Need",
                            "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
                            "Start date of current legal status", "Child's Legal Status", "Date of Latest Statutory Review",
                            "Date of Last Social Work Visit", "What is the permanence plan for this child?",
                            "Date of Last IRO Visit / Contact to the Child", "Date of Last Health Assessment", "Date of Last Dental Check",
                            "Number of Placements in the Last 12 months", "Date Ceased to be Looked After", "Reason Ceased to be Looked After",
                            "Start Date of Most Recent Placement", "Placement Type", "Placement Provider", "Placement postcode",
                            "URN of Placement", "Placement Location", "LA of Placement",
                            "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
                            "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
                            "Was the child offered a Return Interview after their last missing episode (Y/N)?",
                            "Did the child accept a Return Interview after their last missing episode (Y/N)?"] + allocated),
        ("list_9", child + ["Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)", disability]
            + allocated + ["Allocated Personal Advisor", "Eligibility Category", "Latest Pathway Plan Review Date", "LA in Touch",
                           "Latest Date of Contact", "Type of Accommodation", "Suitability of Accommodation", "Activity Status"]),
        ("list_10", ["Child Unique ID", "Family identifier", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)", disability,
                     "Date the Child Entered Care", "Date of Decision that Child Should be Placed for Adoption", "Date of Placement Order",
                     "Date of Matching Child and Prospective Adopters", "Date Placed for Adoption", "Date of Adoption Order",
                     "Date of Decision that Child Should No Longer be Placed for Adoption", "Reason Why Child No Longer Placed for Adoption",
                     "Date the child was placed for fostering in FFA or concurrent planning placement"]),
        ("list_11", ["Individual adopter identifier", "Family identifier", "Gender", "Ethnicity", "Disability",
                     "Is the (prospective) adopter fostering for adoption?", "Date enquiry received", "Date Stage 1 started",
                     "Date Stage 1 ended", "Date Stage 2 started", "Date Stage 2 ended", "Date application submitted",
                     "Date application approved", "Date adopter matched with child(ren)", "Date child/children placed with adopter(s)",
                     "No. of children placed", "Date of Adoption Order", "Date of leaving adoption process", "Reason for leaving adoption process"]),
    ]

    /// Lists 1 to 11, in order.
    public func build(_ children: [ReturnChild]) -> [ReturnTable] {
        var lists = Self.columns.map { ReturnTable(name: $0.list, columns: $0.columns) }
        for child in children {
            let rows = ExportAnnexAChild(ExportRecords(child, asAt: date), builder: self).rows()
            for (i, list) in rows.enumerated() {
                for values in list {
                    lists[i].append(values, at: SourceLocation(file: "\(lists[i].name).csv", line: lists[i].rows.count + 2))
                }
            }
        }
        return lists
    }
}

/// One child's rows in each Annex A list.
struct ExportAnnexAChild {
    typealias Codes = ExportAnnexACodes

    let r: ExportRecords
    let builder: AnnexABuilder
    let date: Day
    let start: Day

    init(_ r: ExportRecords, builder: AnnexABuilder) {
        self.r = r
        self.builder = builder
        date = builder.date
        start = builder.periodStart
    }

    func slashed(_ day: Day?) -> String { day?.ukSlashed ?? "" }
    func truth(_ value: Bool?, unknown: String = "") -> String { value.map { $0 ? "True" : "False" } ?? unknown }
    var yearBefore: Day { date.adding(months: -12).adding(days: 1) }

    var child: [String] {
        let born = r.dateOfBirth
        return [r.id, Codes.gender(r.code("sex")), Codes.ethnicity(r.code("ethnicity")), slashed(born),
                born.map { String($0.age(on: date)) } ?? ""]
    }

    var disabled: String { truth(!r.disabilities.isEmpty) }

    var allocated: [String] {
        guard let worker = r.caseHolder(on: date, since: start).flatMap({ builder.workers[$0] }) else { return ["", ""] }
        return [worker.team, worker.name]
    }

    func rows() -> [[[String]]] {
        [contacts(), earlyHelp(), referrals(), assessments(), enquiries(), childrenInNeed(), protection(), lookedAfter(),
         careLeaver(), adoption(), []]
    }

    // MARK: Lists 1 to 4

    func contacts() -> [[String]] {
        r[.contact].filter { $0.date! >= start }.map { contact in
            child + [slashed(contact.date), Codes.source(contact.exportCode("source"))]
        }
    }

    func earlyHelp() -> [[String]] {
        r[.earlyHelpAssessment].filter { $0.exportOpen(on: start) || $0.date! >= start }.map { eh in
            child + [slashed(eh.date), slashed(eh.endDate), eh.values["organisation"]?.text ?? ""]
        }
    }

    func referrals() -> [[String]] {
        let referrals = r[.referral]
        let inYear = referrals.filter { $0.date! >= yearBefore }.count
        return referrals.filter { $0.date! >= start }.map { referral in
            child + [slashed(referral.date), Codes.source(referral.exportCode("source")), truth(referral.exportBool("nfa")),
                     String(inYear)] + allocated
        }
    }

    func assessments() -> [[String]] {
        r[.assessment].filter { $0.exportOpen(on: start) || $0.date! >= start }.map { a in
            let done = a.endDate
            return child + [disabled, slashed(a.date), truth(a.exportBool("child_seen"), unknown: "Unknown"), slashed(done),
                            done == nil ? "" : truth(a.exportBool("needs_services"))] + allocated
        }
    }

    // MARK: Lists 5 to 7

    func enquiries() -> [[String]] {
        let enquiries = r[.section47]
        let initial = r[.conference].filter { $0.exportCode("conference_type") == ConferenceType.initial.rawValue }
        let enquiriesInYear = enquiries.filter { $0.date! >= yearBefore }.count
        let conferencesInYear = initial.filter { $0.date! >= yearBefore }.count
        return enquiries.enumerated().compactMap { i, enquiry in
            let begun = enquiry.date!
            let next = i + 1 < enquiries.count ? enquiries[i + 1].date : nil
            let conference = initial.first { c in c.date! >= begun && next.map { c.date! < $0 } ?? true }
            guard begun >= start || conference.map({ $0.date! >= start }) ?? false else { return nil }
            let outcome = enquiry.exportCode("outcome")
            let unnecessary = conference == nil && (enquiry.exportBool("conference_not_required") == true
                || (outcome != nil && outcome != Section47Outcome.substantiatedConference.rawValue))
            let plan: String
            if let conference {
                let result = conference.exportCode("outcome")
                plan = result.map { truth($0 == ConferenceOutcome.childProtectionPlan.rawValue) } ?? "Unknown"
            } else {
                plan = ""
            }
            return child + [disabled, slashed(begun), truth(unnecessary), slashed(conference?.date), plan, String(enquiriesInYear),
                            String(conferencesInYear)] + allocated
        }
    }

    func childrenInNeed() -> [[String]] {
        let seen = r[.visit].filter { $0.exportBool("child_seen") == true }.compactMap(\.date)
        return r[.referral].filter { $0.exportBool("nfa") != true && ($0.exportOpen(on: start) || $0.date! >= start) }.map { referral in
            let begun = referral.date!, closed = referral.endDate
            let until = closed ?? date
            let lastSeen = seen.last { $0 >= begun && $0 <= until }
            let reason = closed == nil ? "" : Codes.closure(referral.exportCode("closure_reason"))
            return child + [disabled, slashed(begun), Codes.need(referral.exportCode("primary_need")), slashed(lastSeen),
                            slashed(closed), reason, status(referred: begun, closed: closed)] + allocated
        }
    }

    /// Case Status of a CIN episode on the date (list 6).
    func status(referred: Day, closed: Day?) -> String {
        if closed != nil { return "e) Closed episode" }
        if r[.periodOfCare].contains(where: { $0.exportOpen(on: date) }) { return "a) Looked after child" }
        if r[.childProtectionPlan].contains(where: { $0.exportOpen(on: date) }) { return "b) Child Protection plan" }
        if r[.childInNeedPlan].contains(where: { $0.exportOpen(on: date) }) { return "c) Child in need plan" }
        if r[.assessment].contains(where: { $0.date! >= referred && $0.endDate == nil }) { return "d) Open assessment" }
        return ""
    }

    func protection() -> [[String]] {
        let plans = r[.childProtectionPlan]
        let visits = r[.visit].filter { $0.exportCode("visit_type") == VisitType.childProtection.rawValue }
        let reviews = r[.conference].filter { $0.exportCode("conference_type") == ConferenceType.review.rawValue }.compactMap(\.date)
        let sixMonths = date.adding(months: -6).adding(days: 1)
        let protective: Set<String> = [LegalStatus.policeProtection.rawValue, LegalStatus.emergencyProtectionOrder.rawValue]
        let protectedRecently = (r[.periodOfCare] + r[.placement]).contains { e in
            protective.contains(e.exportCode("legal_status") ?? "") && e.exportOverlaps(sixMonths, date)
        }
        return plans.enumerated().compactMap { i, plan in
            guard plan.exportOpen(on: start) || plan.date! >= start else { return nil }
            let begun = plan.date!, until = plan.endDate ?? date
            let visit = visits.last { $0.date! >= begun && $0.date! <= until }
            let seenAlone = visit.map { truth($0.exportBool("seen_alone"), unknown: "Unknown") } ?? ""
            let review = reviews.last { $0 > begun && $0 <= until }
            return child + [disabled, slashed(begun), Codes.abuse(plan.exportCode("initial_category")),
                            Codes.abuse(plan.exportCode("latest_category")), slashed(visit?.date), seenAlone, slashed(review),
                            slashed(plan.endDate), truth(protectedRecently), String(i)] + allocated
        }
    }

    // MARK: List 8

    func lookedAfter() -> [[String]] {
        let shortBreaks: Set<String> = [LegalStatus.shortBreaksIndividualEpisodes.rawValue, LegalStatus.shortBreaksAgreement.rawValue]
        let cares = r.carePeriods.filter { !shortBreaks.contains($0.period.exportCode("legal_status") ?? "") }
        guard let index = cares.lastIndex(where: { $0.period.exportOpen(on: start) || $0.period.date! >= start }) else { return [] }
        let care = cares[index], period = care.period
        let begun = period.date!, ceased = period.endDate
        let until = ceased ?? date
        let uasc = cares.contains { c in
            c.period.exportBool("uasc") == true && c.period.exportOverlaps(yearBefore, date)
                && (c.period.exportDay("uasc_ceased_date").map { $0 >= yearBefore } ?? true)
        }
        let again = cares[..<index].contains { $0.period.endDate.map { $0 >= yearBefore } ?? true }
        let episodes = care.episodes
        let current = episodes.last { $0.start <= until }
        let status = current?.placement.exportCode("legal_status")
        var statusFrom = current?.start
        if let status, let at = episodes.lastIndex(where: { $0.start <= until }) {
            var j = at
            while j > 0, episodes[j - 1].placement.exportCode("legal_status") == status { j -= 1 }
            statusFrom = episodes[j].start
        }
        func isPlacement(_ e: ExportEpisode) -> Bool {
            e.placement.exportCode("reason_new_episode") != ReasonForNewEpisode.legalStatusChangeOnly.rawValue
                && PlacementType(rawValue: e.placement.exportCode("placement_type") ?? "")?.isTemporary != true
        }
        let placements = cares.flatMap(\.episodes).filter(isPlacement)
        let placementsInYear = placements.filter { e in e.start <= date && (e.end.map { $0 >= yearBefore } ?? true) }.count
        let latestPlacement = episodes.filter(isPlacement).last { $0.start <= until }
        func latest(_ kind: EventKind, type: VisitType? = nil, from: Day? = nil) -> Day? {
            r[kind].last { e in
                (type.map { e.exportCode("visit_type") == $0.rawValue } ?? true) && e.date! <= until && (from.map { e.date! >= $0 } ?? true)
            }?.date
        }
        let missing = r[.missingEpisode]
        let missingInYear = missing.filter { $0.date! >= yearBefore }
        let lastMissing = missing.last { $0.exportCode("missing_type") == MissingType.missing.rawValue && $0.endDate != nil }
        let p = current?.placement
        return [child + [
            truth(uasc), disabled, slashed(begun), Codes.need(period.exportCode("category_of_need")), truth(again),
            slashed(statusFrom), Codes.legalStatus(status), slashed(latest(.lookedAfterReview, from: begun)),
            slashed(latest(.visit, type: .lookedAfterStatutory, from: begun)), Codes.permanencePlan(period.exportCode("permanence_plan")),
            slashed(latest(.visit, type: .iroContact, from: begun)), slashed(latest(.healthAssessment)), slashed(latest(.dentalCheck)),
            String(placementsInYear), slashed(ceased), ceased == nil ? "" : Codes.ceased(period.exportCode("reason_ceased")),
            slashed(latestPlacement?.start), Codes.placement(p?.exportCode("placement_type")),
            Codes.provider(p?.exportCode("provider")), p?.values["placement_postcode"]?.text ?? "", p?.values["urn"]?.text ?? "",
            "", "",
            String(missingInYear.filter { $0.exportCode("missing_type") == MissingType.missing.rawValue }.count),
            String(missingInYear.filter { $0.exportCode("missing_type") == MissingType.away.rawValue }.count),
            truth(lastMissing?.exportBool("interview_offered")), truth(lastMissing?.exportBool("interview_accepted")),
        ] + allocated]
    }

    // MARK: Lists 9 and 10

    func careLeaver() -> [[String]] {
        let records = r[.careLeaver]
        guard let latest = records.last else { return [] }
        let young = r.dateOfBirth.map { $0.age(on: date) < 21 } ?? false
        guard latest.date! >= start || young else { return [] }
        let uasc = r[.periodOfCare].contains { $0.exportBool("uasc") == true }
        let adviser = r.caseHolder(on: date, since: start, roles: [AllocationRole.personalAdviser.rawValue]).flatMap { builder.workers[$0]?.name }
            ?? records.last { $0.values["personal_adviser"] != nil }?.values["personal_adviser"]?.text ?? ""
        let reviewed = records.compactMap { $0.exportDay("pathway_plan_review_date") }.max()
        let contacted = r[.visit].last { $0.exportCode("visit_type") == VisitType.personalAdviser.rawValue }?.date
            ?? records.last { $0.exportCode("in_touch") == CareLeaverInTouch.yes.rawValue }?.date
        let inTouch = Codes.inTouch(latest.exportCode("in_touch"))
        let accommodation = latest.exportCode("accommodation")
        return [child + [truth(uasc), disabled] + allocated + [
            adviser, Codes.eligibility(latest.exportCode("status")), slashed(reviewed), inTouch, slashed(contacted),
            Codes.accommodation(accommodation), Codes.suitability(accommodation, inTouch: inTouch),
            Codes.activity(latest.exportCode("activity")),
        ]]
    }

    func adoption() -> [[String]] {
        let steps = r[.permanence]
        let adoptionSteps: Set<String> = [PermanenceStep.decisionToPlaceForAdoption, .placementOrder, .matchedForAdoption,
                                          .placedForAdoption, .adoptionOrder].map(\.rawValue).reduce(into: []) { $0.insert($1) }
        guard let first = steps.first(where: { adoptionSteps.contains($0.exportCode("step") ?? "") }) else { return [] }
        func last(_ step: PermanenceStep) -> Day? { steps.last { $0.exportCode("step") == step.rawValue && $0.date! >= first.date! }?.date }
        let ended = [last(.adoptionOrder), last(.decisionNoLongerAdoption)].compactMap { $0 }.min()
        guard ended.map({ $0 >= start }) ?? true else { return [] }
        let entered = r[.periodOfCare].last { $0.date! <= first.date! }
        let noLonger = steps.last { $0.exportCode("step") == PermanenceStep.decisionNoLongerAdoption.rawValue && $0.date! >= first.date! }
        let fosteringForAdoption = last(.fosteringForAdoptionPlacement) ?? r[.placement].first { p in
            ["U2", "U5"].contains(p.exportCode("placement_type") ?? "") && entered.map { p.date! >= $0.date! } ?? false
        }?.date
        let born = r.dateOfBirth
        return [[r.id, "", Codes.gender(r.code("sex")), Codes.ethnicity(r.code("ethnicity")), slashed(born),
                 born.map { String($0.age(on: date)) } ?? "", disabled, slashed(entered?.date), slashed(last(.decisionToPlaceForAdoption)),
                 slashed(last(.placementOrder)), slashed(last(.matchedForAdoption)), slashed(last(.placedForAdoption)),
                 slashed(last(.adoptionOrder)), slashed(noLonger?.date), Codes.noLongerAdoption(noLonger?.exportCode("reason_no_longer_adoption")),
                 slashed(fosteringForAdoption)]]
    }
}

/// Ofsted's Annex A codes for Harbour's (DfE) codes.
enum ExportAnnexACodes {
    static func gender(_ sex: String?) -> String {
        switch sex {
        case "M": "a) Male"
        case "F": "b) Female"
        default: "c) Not stated/recorded"
        }
    }

    static func ethnicity(_ code: String?) -> String {
        guard let code, code != "REFU", code != "NOBT" else { return "f) Not stated" }
        switch code.first {
        case "W": return "a) White"
        case "M": return "b) Mixed"
        case "A": return "c) Asian or Asian British"
        case "B": return "d) Black or black British"
        default: return "e) Other ethnic group"
        }
    }

    static func source(_ code: String?) -> String {
        guard let code else { return "" }
        switch code {
        case "1A", "1B", "1C", "1D": return "a) Individual"
        case "2A": return "b) Schools"
        case "2B": return "c) Education services"
        case "3A", "3B", "3C", "3D", "3E", "3F": return "d) Health services"
        case "4": return "e) Housing"
        case "5A", "5B", "5C", "5D": return "f) LA services"
        case "6": return "g) Police"
        case "7": return "h) Other legal agency"
        case "8": return "i) Other"
        case "9": return "j) Anonymous"
        default: return "k) Unknown"
        }
    }

    static func need(_ code: String?) -> String {
        switch code {
        case "N1": "a) Abuse or neglect"
        case "N2": "b) Child's disability"
        case "N3": "c) Parents illness or disability"
        case "N4": "d) Family in acute stress"
        case "N5": "e) Family dysfunction"
        case "N6": "f) Socially unacceptable behaviour"
        case "N7": "g) Low income"
        case "N8": "h) Absent parenting"
        case "N9": "i) Not CIN"
        default: "j) Not stated"
        }
    }

    static func closure(_ code: String?) -> String {
        switch code {
        case "RC1": "a) Adopted"
        case "RC2": "b) Died"
        case "RC3": "c) Residence Order"
        case "RC4": "d) Special Guardianship Order"
        case "RC5": "e) Transfer to another LA"
        case "RC6": "f) Transfer to Adult Social Services"
        case "RC7": "g) 'Other' incl. Child no longer in need"
        case "RC8", "RC9": "h) Child not in need after assessment"
        default: "i) Not Stated"
        }
    }

    static func abuse(_ code: String?) -> String {
        switch code {
        case "NEG": "a) Neglect"
        case "PHY": "b) Physical Abuse"
        case "SAB": "c) Sexual Abuse"
        case "EMO": "d) Emotional Abuse"
        case "MUL": "e) Multiple"
        default: ""
        }
    }

    static func legalStatus(_ code: String?) -> String {
        switch code {
        case "C1": "a) Interim care orders"
        case "C2": "b) Full care orders"
        case "D1": "c) Freed for  Adoption"
        case "E1": "d) Placement order granted"
        case "V2": "e) Accommodated under S20"
        case "L1", "L2", "L3": "f) Detained on child protection grounds in LA accommodation"
        case "J1": "J1: Remanded to LA or youth detention"
        case "J2": "J2: LA accommodation under PACE"
        case "J3": "g) Youth justice legal Statuses"
        default: ""
        }
    }

    static func permanencePlan(_ code: String?) -> String {
        switch code {
        case "return-to-family": "a) Return to family"
        case "adoption": "b) Adoption"
        case "sgo-or-cao": "c) SGO/CAO"
        case "supported-living": "d) Supported living in the community"
        case "long-term-residential": "e) Long-term residential placement"
        case "long-term-fostering": "f) Long-term fostering"
        case "other": "g) Other"
        default: ""
        }
    }

    static func ceased(_ code: String?) -> String {
        switch code {
        case "E11", "E12": "a) Adopted"
        case "E2": "b) Died"
        case "E3": "c) Care taken by another LA"
        case "E4A", "E4B": "d) Returned home to live with parents or relatives"
        case "E13": "e) Left care to live with parents, relatives or other person with no parental responsibility"
        case "E41": "f) Residence order granted"
        case "E45", "E46", "E47", "E48": "g) Special Guardianship Orders"
        case "E5", "E6": "h) Moved into independent living"
        case "E7": "i) Transferred to residential care funded by adult social services"
        case "E9": "j) Sentenced to custody"
        case "E14": "k) Accommodation on remand ended"
        case "E15": "l) Age assessment determined child was 18 or over"
        case "E16": "m) Child moved abroad"
        case nil: ""
        default: "n) Care ceased for any other reason"
        }
    }

    static func placement(_ code: String?) -> String {
        guard let code else { return "" }
        switch code {
        case "U1", "U2", "U3", "U4", "U5", "U6": return "a) Foster placement"
        case "A3", "A4", "A5", "A6": return "b) Placed for adoption"
        case "P1": return "c) Placed with parents"
        case "P2": return "d) Independent living"
        case "P3": return "e) Residential employment"
        case "H5", "K3": return "f) Residential accommodation"
        case "K1": return "g) Secure Children’s Homes"
        case "K2": return "h) Children’s Homes"
        case "R1": return "i) Residential Care Home"
        case "R2": return "j) NHS/Health Trust"
        case "R3": return "k) Family Centre or Mother and Baby Unit"
        case "R5": return "l) Young Offender Institution"
        case "S1": return "m) Residential school"
        case "T0", "T1", "T2", "T3", "T4": return "o) Temporary placement"
        default: return "n) Other placements"
        }
    }

    static func provider(_ code: String?) -> String {
        switch code {
        case nil: ""
        case "PR1": "a) Own LA"
        case "PR4": "b) Private"
        default: "c) Other"
        }
    }

    static func eligibility(_ status: String?) -> String {
        switch status {
        case "relevant": "a) Relevant"
        case "former-relevant": "b) Former relevant"
        case "qualifying": "c) Qualifying"
        case "eligible": "d) Eligible"
        default: "e) Other"
        }
    }

    static func inTouch(_ code: String?) -> String {
        switch code {
        case "YES": "a) In touch"
        case "NO", "REFU": "b) Not in touch"
        case nil: "c) Not recorded"
        default: "d) Exclude"
        }
    }

    static func accommodation(_ code: String?) -> String {
        switch code?.first {
        case "B": "a) With parents or relatives"
        case "C": "b) Community home"
        case "D": "c) Semi-independent transitional accommodation"
        case "E": "d) Supported lodgings"
        case "G": "e) Gone abroad"
        case "H": "f) Deported"
        case "K": "g) Ordinary lodgings"
        case "R": "h) Residence not known"
        case "S": "i) No fixed abode / homeless"
        case "T": "j) Foyers"
        case "U": "k) Independent living"
        case "V": "l) Emergency accommodation"
        case "W": "m) Bed and breakfast"
        case "X": "n) In custody"
        case "Z": "o) With Former Foster Carer"
        case "Y": "p) Other accommodation"
        default: ""
        }
    }

    static func suitability(_ code: String?, inTouch: String) -> String {
        if inTouch == "d) Exclude" { return inTouch }
        guard inTouch == "a) In touch" else { return "c) Not in touch or not recorded" }
        switch code?.last {
        case "1": return "a) Suitable"
        case "2": return "b) Not suitable"
        default: return "c) Not in touch or not recorded"
        }
    }

    static let activities: [String: String] = [
        "F1": "F1: Full time in higher education", "P1": "P1: Part time in higher education",
        "F2": "F2: Full time in education other than higher", "P2": "P2: Part time in education other than higher",
        "F3": "F3: Full time in training or employment", "P3": "P3: Part time in training or employment",
        "F4": "F4: Young person engaged full time in an apprenticeship", "P4": "P4: Young person engaged part time in an apprenticeship",
        "F5": "F5: Young person engaged full time in training or employment (not apprenticeship)",
        "P5": "P5: Young person engaged part time in training or employment (not apprenticeship)",
        "G4": "G4: Not in education, employment or training - illness or disability",
        "G5": "G5: Not in education, employment or training - other",
        "G6": "G6: Not in education, employment or training - pregnancy or parenting",
    ]

    static func activity(_ code: String?) -> String { code.flatMap { activities[$0] } ?? "" }

    static func noLongerAdoption(_ code: String?) -> String {
        switch code {
        case "RD1": "a) Child’s needs changed"
        case "RD2": "b) Court did not make a PO"
        case "RD3": "c) Prospective adopters cannot be found"
        case "RD4": "d) Any other reason"
        default: ""
        }
    }
}
