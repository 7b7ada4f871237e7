import HarbourCore

/// Builds the DfE's SSDA903 return (children looked after) for one collection year from
/// Harbour's records, following the SSDA903 guide. The Header holds every child looked after
/// at any time in the year and every care leaver with an OC3 due; each placement record of a
/// period of care is an episode, and the episodes open at any time in the year are returned,
/// back to their start. Only what had happened by 31 March is returned.
///
/// Where Harbour records an item differently, the return's value is worked out:
/// - DEC is the placement's end, or the end of the period of care for its last placement; REC
///   is X1 when the next placement of the period starts that day, and the period's reason
///   ceased when the period ends that day. REASON_PLACE_CHANGE is given only when the next
///   episode changes the placement (RNE P, B, T or U).
/// - OC2: HEALTH_ASSESSMENT (the annual health assessment) and TEETH_CHECK come from the yearly
///   health outcomes record, or else from whether a health assessment or dental check is
///   recorded in the year. HEALTH_CHECK (health surveillance) is given only for children under 5.
/// - OC3: the young person's care leaver record nearest the birthday, from three months
///   before to one month after it; only young people who were eligible, relevant or former
///   relevant and had left care before the birthday (not through death or a transfer to another
///   council) are included. Without a record near the birthday the council was not in touch:
///   IN_TOUCH NO, ACTIV and ACCOM 0.
/// - AD1: for children adopted in the year (REC E11, E12); the adopters' details come from
///   the latest permanence step that records them.
/// - SWEpisodes: for children looked after on 31 March (the DfE's rules SW11b, SW12 and SW17
///   are written for them, and its social worker statistics count them), who held their case (a
///   social worker, or a manager holding it) at any time in the year, also before the child was
///   looked after, one episode per worker: where allocations overlap, the one that started later
///   holds the case from its start, and the earlier one ends that day. SW_REASON, when the
///   allocation does not record it, is FCONTA for the child's first worker, one starting on a
///   referral or after a gap of more than 7 days, and TSPROC when the case moved from another
///   team; otherwise blank.
///
/// - HOME_POST is left out for a child who was an unaccompanied asylum seeker this year or last
///   (in either year's UASC table): the DfE wants no distance from home for them (rule 406).
///
/// Harbour does not record these items, so they are blank or the return's "not known" value:
/// - URN, when not recorded: XXXXXXX for foster and adoption placements (the value the DfE
///   allows for them), blank for other placement types.
/// - SW_ID, when the council has not given the worker's Social Work England registration
///   number: XX followed by Harbour's worker number.
/// - PREV_PERM, when not recorded: P4 (not known).
/// - OC2 SDQ_SCORE, SDQ_REASON, CONVICTED, HEALTH_CHECK, IMMUNISATIONS, SUBSTANCE_MISUSE,
///   INTERVENTION_RECEIVED and INTERVENTION_OFFERED, without a health outcomes record for the year.
/// - AD1 FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR and LS_ADOPTR, when no permanence step records them.
/// - PlacedAdoption, for a child placed for adoption without a recorded decision to place.
/// - DoLo: Harbour does not record deprivation of liberty orders; the table is empty.
public struct SSDA903Builder: Sendable {
    /// The year the collection ends: 2026 for 2025-26.
    public var collectionYear: Int
    /// Harbour's workers by id, for SW_ID and for the teams cases move between.
    public var workers: [Int: ReturnWorker]

    public init(collectionYear: Int, workers: [Int: ReturnWorker] = [:]) {
        self.collectionYear = collectionYear
        self.workers = workers
    }

    public var collectionStart: Day { Day(year: collectionYear - 1, month: 4, day: 1)! }
    public var collectionEnd: Day { Day(year: collectionYear, month: 3, day: 31)! }

    /// The year's tables.
    public func build(_ children: [ReturnChild]) -> SSDA903Tables {
        var tables = SSDA903Tables()
        for child in children {
            add(ExportRecords(child, asAt: collectionEnd), to: &tables)
        }
        return tables
    }

    /// The year's return, with last year's tables when the council has them.
    public func buildReturn(_ children: [ReturnChild], last: SSDA903Tables? = nil, localAuthority: String = "") -> SSDA903Return {
        SSDA903Return(current: build(children), last: last, collectionYear: collectionYear, localAuthority: localAuthority)
    }

    private func add(_ r: ExportRecords, to tables: inout SSDA903Tables) {
        let start = collectionStart, end = collectionEnd
        let periods = r.carePeriods.filter { $0.period.exportOverlaps(start, end) }
        let careLeaver = oc3(r)
        guard !periods.isEmpty || careLeaver != nil else { return }
        let id = r.id
        let dob = r.dateOfBirth?.ukSlashed ?? ""
        let sex = r.code("sex") ?? ""
        func append(_ table: inout ReturnTable, _ values: [String]) {
            table.append(values, at: SourceLocation(file: "\(table.name).csv", line: table.rows.count + 2))
        }

        let lookedAfter = !periods.isEmpty
        let upnUnknown = r.code("upn_unknown").flatMap { ["UN1", "UN2", "UN3", "UN4", "UN5"].contains($0) ? $0 : nil }
        let isMother = r.child.values["is_mother"]?.bool == true
        let mother = lookedAfter && sex == Sex.female.rawValue ? (isMother ? "1" : "0") : ""
        let motherChild = lookedAfter && isMother ? (r.child.values["mother_child_dob"]?.day?.ukSlashed ?? "") : ""
        append(&tables.header, [id, sex, dob, r.code("ethnicity") ?? "", r.text("upn")?.uppercased() ?? upnUnknown ?? "",
                                mother, motherChild])

        if let careLeaver {
            append(&tables.oc3, [id, dob, careLeaver.inTouch, careLeaver.activity, careLeaver.accommodation])
        }
        guard lookedAfter else { return }

        // No home postcode for a child the return or last year's lists as an unaccompanied asylum
        // seeker: the DfE wants no distance from home for them (rule 406).
        let lastYearStart = start.adding(months: -12)
        let asylumSeeker = r.carePeriods.contains { $0.period.exportOverlaps(lastYearStart, end) && $0.period.exportBool("uasc") == true }
        for care in periods {
            let need = care.period.exportCode("category_of_need") ?? ""
            for episode in care.episodes where episode.end.map({ $0 >= start }) ?? true {
                let p = episode.placement
                let type = p.exportCode("placement_type") ?? ""
                var urn = p.values["urn"]?.text ?? ""
                if urn.isEmpty, type.hasPrefix("A") || type.hasPrefix("U") { urn = "XXXXXXX" }
                append(&tables.episodes, [
                    id, episode.start.ukSlashed, p.exportCode("reason_new_episode") ?? "", p.exportCode("legal_status") ?? "", need,
                    type, p.exportCode("provider") ?? "", episode.end?.ukSlashed ?? "", episode.reasonEnded, episode.reasonPlaceChange,
                    asylumSeeker ? "" : p.values["home_postcode"]?.text ?? "", p.values["placement_postcode"]?.text ?? "", urn,
                ])
            }
        }

        for review in r[.lookedAfterReview] where review.date! >= start {
            append(&tables.reviews, [id, dob, review.date!.ukSlashed, review.exportCode("participation") ?? ""])
        }

        if let uasc = periods.last(where: { $0.period.exportBool("uasc") == true })?.period {
            let ceased = uasc.exportDay("uasc_ceased_date") ?? r.dateOfBirth?.birthday(18)
            append(&tables.uasc, [id, sex, dob, ceased?.ukSlashed ?? ""])
        }

        if continuouslyLookedAfter(periods) {
            append(&tables.oc2, oc2(r, id: id, dob: dob))
        }

        let steps = r[.permanence]
        func latestStep(_ step: PermanenceStep, by day: Day) -> JourneyEvent? {
            steps.last { $0.exportCode("step") == step.rawValue && $0.date! <= day }
        }
        if let adopted = periods.last(where: { p in
            p.period.endDate.map { $0 >= start } ?? false && ["E11", "E12"].contains(p.period.exportCode("reason_ceased") ?? "")
        })?.period, let on = adopted.endDate {
            let recorded = steps.filter { $0.date! <= on }
            func last(_ field: String) -> FieldValue? { recorded.last { $0.values[field] != nil }?.values[field] }
            append(&tables.ad1, [
                id, dob, latestStep(.decisionToPlaceForAdoption, by: on)?.date!.ukSlashed ?? "",
                latestStep(.matchedForAdoption, by: on)?.date!.ukSlashed ?? "", last("adopted_by_foster_carer")?.bool.exportFlag ?? "",
                last("number_of_adopters")?.integer.map(String.init) ?? "", last("adopter_sex")?.code ?? "",
                last("adopter_legal_status")?.code ?? "",
            ])
        }

        let decisions = steps.filter { $0.exportCode("step") == PermanenceStep.decisionToPlaceForAdoption.rawValue }
        for (i, decision) in decisions.enumerated() {
            let next = i + 1 < decisions.count ? decisions[i + 1].date : nil
            let ceased = steps.first { s in
                s.exportCode("step") == PermanenceStep.decisionNoLongerAdoption.rawValue && s.date! >= decision.date!
                    && next.map { s.date! < $0 } ?? true
            }
            guard ceased.map({ $0.date! >= start }) ?? true else { continue }
            append(&tables.placedAdoption, [id, dob, decision.date!.ukSlashed, ceased?.date!.ukSlashed ?? "",
                                            ceased?.exportCode("reason_no_longer_adoption") ?? ""])
        }

        if let entered = periods.last(where: { $0.period.date! >= start })?.period {
            let previous = entered.exportCode("previous_permanence") ?? PreviousPermanence.unknown.rawValue
            let hadOrder = ["P1", "P2", "P3"].contains(previous)
            append(&tables.prevPerm, [id, dob, previous, hadOrder ? (entered.values["previous_permanence_la"]?.text ?? "") : "",
                                      hadOrder ? (entered.exportDay("previous_permanence_date")?.ukSlashed ?? "") : ""])
        }

        for missing in r[.missingEpisode] where missing.exportOverlaps(start, end) {
            append(&tables.missing, [id, dob, missing.exportCode("missing_type") ?? "", missing.date!.ukSlashed,
                                     missing.endDate?.ukSlashed ?? ""])
        }

        let inCareAtEnd = periods.contains { $0.period.date! <= end && $0.period.endDate.map { $0 > end } ?? true }
        let referralDays = Set(r[.referral].compactMap(\.date))
        var previous: ExportWorkerSpell?
        for spell in inCareAtEnd ? r.caseHolderSpells : [] {
            defer { previous = spell }
            guard spell.end.map({ $0 >= start }) ?? true else { continue }
            var reason = spell.reason ?? ""
            if reason.isEmpty {
                if let previous, let ended = previous.end, !referralDays.contains(spell.start), ended.adding(days: 7) >= spell.start {
                    if let before = workers[previous.worker]?.team, let now = workers[spell.worker]?.team, before != now {
                        reason = SocialWorkerChangeReason.standardTransfer.rawValue
                    }
                } else {
                    reason = SocialWorkerChangeReason.firstContact.rawValue
                }
            }
            append(&tables.swEpisodes, [id, dob, socialWorkerID(spell.worker), spell.start.ukSlashed, spell.end?.ukSlashed ?? "", reason])
        }
    }

    /// SW_ID: the registration number, or XX and Harbour's worker number.
    public func socialWorkerID(_ worker: Int) -> String {
        if let registration = workers[worker]?.registration, !registration.isEmpty { return registration }
        let digits = String(worker)
        return "XX" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Looked after throughout the year (OC2), as the DfE's validator decides it: in care on
    /// 1 April, not leaving before 31 March, and never under a short-breaks legal status.
    func continuouslyLookedAfter(_ periods: [ExportCarePeriod]) -> Bool {
        let shortBreaks: Set<String> = [LegalStatus.shortBreaksIndividualEpisodes.rawValue, LegalStatus.shortBreaksAgreement.rawValue]
        let throughout = periods.contains { $0.period.date! <= collectionStart && $0.period.endDate.map { $0 >= collectionEnd } ?? true }
        let leftInYear = periods.contains { $0.period.endDate.map { $0 < collectionEnd } ?? false }
        let shortBreak = periods.contains { care in
            care.episodes.contains { e in
                shortBreaks.contains(e.placement.exportCode("legal_status") ?? "") && (e.end.map { $0 >= collectionStart } ?? true)
            }
        }
        return throughout && !leftInYear && !shortBreak
    }

    /// The OC2 items. The DfE's HEALTH_CHECK is the health surveillance checks of a child under
    /// 5 (Harbour's "health_assessment" field) and HEALTH_ASSESSMENT the annual health assessment
    /// (Harbour's "health_check" field).
    func oc2(_ r: ExportRecords, id: String, dob: String) -> [String] {
        let record = r[.healthOutcomes].last { $0.date! >= collectionStart }
        func flag(_ name: String) -> String { record?.exportBool(name).exportFlag ?? "" }
        func checked(_ name: String, _ kind: EventKind) -> String {
            let recorded = flag(name)
            if !recorded.isEmpty { return recorded }
            return r[kind].contains { $0.date! >= collectionStart } ? "1" : "0"
        }
        let underFive = r.dateOfBirth.map { $0.age(on: collectionEnd) < 5 } ?? false
        return [
            id, dob, record?.values["sdq_score"]?.integer.map(String.init) ?? "", record?.exportCode("sdq_reason") ?? "",
            flag("convicted"), underFive ? flag("health_assessment") : "", flag("immunisations"),
            checked("teeth_check", .dentalCheck), checked("health_check", .healthAssessment), flag("substance_misuse"),
            flag("intervention_received"), flag("intervention_offered"),
        ]
    }

    /// The OC3 items for a care leaver whose 17th to 21st birthday falls in the year.
    func oc3(_ r: ExportRecords) -> (inTouch: String, activity: String, accommodation: String)? {
        guard let born = r.dateOfBirth,
              let birthday = (17...21).map({ born.birthday($0) }).first(where: { $0 >= collectionStart && $0 <= collectionEnd })
        else { return nil }
        let periods = r[.periodOfCare]
        let inCare = periods.contains { $0.date! <= birthday && $0.endDate.map { $0 >= birthday } ?? true }
        guard !inCare, let left = periods.last(where: { $0.endDate != nil }),
              !["E2", "E3"].contains(left.exportCode("reason_ceased") ?? "") else { return nil }
        let leaving: Set<String> = [CareLeaverStatus.eligible.rawValue, CareLeaverStatus.relevant.rawValue, CareLeaverStatus.formerRelevant.rawValue]
        let records = r[.careLeaver]
        guard records.contains(where: { $0.date! <= birthday && leaving.contains($0.exportCode("status") ?? "") }) else { return nil }
        let from = birthday.adding(months: -3), to = birthday.adding(months: 1)
        let near = records.filter { $0.date! >= from && $0.date! <= to }
            .min { (abs($0.date!.days(until: birthday)), -$0.id) < (abs($1.date!.days(until: birthday)), -$1.id) }
        // No contact recorded near the birthday: the council was not in touch.
        guard let near else { return (CareLeaverInTouch.no.rawValue, "0", "0") }
        let inTouch = near.exportCode("in_touch") ?? ""
        if inTouch == CareLeaverInTouch.died.rawValue || inTouch == CareLeaverInTouch.returnedHome.rawValue { return (inTouch, "", "") }
        return (inTouch, near.exportCode("activity") ?? "", near.exportCode("accommodation") ?? "")
    }
}

/// A period of care with its SSDA903 episodes.
struct ExportCarePeriod {
    let period: JourneyEvent
    let episodes: [ExportEpisode]
}

/// One SSDA903 episode: a placement record, with when and why it ceased.
struct ExportEpisode {
    let placement: JourneyEvent
    let start: Day
    let end: Day?
    /// REC: X1, the period's reason ceased, or "".
    let reasonEnded: String
    let reasonPlaceChange: String
}

extension ExportRecords {
    /// Each period of care with the placement records that start within it.
    var carePeriods: [ExportCarePeriod] {
        let placements = self[.placement]
        return self[.periodOfCare].map { period in
            let begun = period.date!, ceased = period.endDate
            let own = placements.filter { p in p.date! >= begun && (ceased.map { p.date! < $0 } ?? true || p.date! == begun) }
            let episodes = own.enumerated().map { j, placement -> ExportEpisode in
                let next = j + 1 < own.count ? own[j + 1] : nil
                let end = placement.endDate ?? next?.date ?? (next == nil ? ceased : nil)
                var rec = "", change = ""
                if let end {
                    if let next, next.date! == end {
                        rec = ReasonEpisodeCeased.newEpisodeSameDay.rawValue
                        if ["P", "B", "T", "U"].contains(next.exportCode("reason_new_episode") ?? "") {
                            change = placement.exportCode("reason_place_change") ?? ""
                        }
                    } else if end == ceased {
                        rec = period.exportCode("reason_ceased") ?? ""
                    }
                }
                return ExportEpisode(placement: placement, start: placement.date!, end: end, reasonEnded: rec, reasonPlaceChange: change)
            }
            return ExportCarePeriod(period: period, episodes: episodes)
        }
    }
}
