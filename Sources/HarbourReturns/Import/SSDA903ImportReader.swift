import HarbourCore

/// Reads a year's SSDA903 tables into drafts of each child's records (see `ReturnImport`).
struct SSDA903ImportReader {
    let `import`: ReturnImport
    let tables: SSDA903Tables

    /// A period of care as read from its episodes.
    private struct Period {
        var draft: ImportDraft
        var end: (day: Day, reason: String, row: ReturnRow)?
    }

    func read() -> (children: [ImportChildDraft], general: [ReturnImportProblem]) {
        var order = [String]()
        var byChild = [String: [String: [Int]]]()
        var firstSeen = [String: SourceLocation]()
        for table in tables.all {
            let child = table.column("CHILD")
            for (i, row) in table.rows.enumerated() {
                let id = row[child]
                if firstSeen[id] == nil {
                    firstSeen[id] = row.location
                    order.append(id)
                }
                byChild[id, default: [:]][table.name, default: []].append(i)
            }
        }
        let children = order.map { id in readChild(id, rows: byChild[id]!, at: firstSeen[id]!) }
        return (children, [])
    }

    private func readChild(_ id: String, rows: [String: [Int]], at location: SourceLocation) -> ImportChildDraft {
        var draft = ImportChildDraft(id: id, at: location)
        func rowsOf(_ table: ReturnTable) -> [ReturnRow] { (rows[table.name] ?? []).map { table.rows[$0] } }
        // Tables with one row per child.
        for table in [tables.header, tables.uasc, tables.oc2, tables.oc3, tables.ad1, tables.prevPerm] {
            for row in rowsOf(table).dropFirst() {
                draft.refuse(row.location, "CHILD", "The child has more than one row in \(table.name); it takes one")
            }
        }

        let header = tables.header
        var born: Day?
        if let row = rowsOf(header).first {
            draft.hasIdentity = true
            var child = draft.child
            child.sources["la_child_id"] = ImportSource(item: "CHILD", location: row.location)
            let sex = header.column("SEX"), code = String(row[sex].trimmingSpaces)
            if code == "1" || code == "2" {
                child.set("sex", .string(code == "1" ? Sex.male.rawValue : Sex.female.rawValue), item: sex.name, at: row.location)
                child.note(row.location, sex.name, "SEX 1 and 2 (before 2024-25) are read as M and F")
            } else {
                child.take("sex", row, sex)
            }
            child.take("date_of_birth", row, header.column("DOB"))
            child.take("ethnicity", row, header.column("ETHNIC"))
            let upn = header.column("UPN"), value = String(row[upn].trimmingSpaces)
            if UPNUnknown(rawValue: value) != nil {
                child.take("upn_unknown", row, upn)
            } else {
                child.take("upn", row, upn)
            }
            child.take("is_mother", row, header.column("MOTHER"))
            child.take("mother_child_dob", row, header.column("MC_DOB"))
            born = child.day("date_of_birth")
            draft.child = child
        }

        // The date of birth repeated in the other tables should be the Header's.
        if let born {
            for table in tables.all where table.name != "Header" && table.hasColumn("DOB") {
                let dob = table.column("DOB")
                for row in rowsOf(table) where !row.isBlank(dob) && row.day(dob) != born {
                    draft.note(row.location, dob.name, "DOB is not the Header's; the Header's is kept")
                }
            }
        }

        let periods = readEpisodes(rowsOf(tables.episodes), into: &draft)
        var periodDrafts = periods.map(\.draft)

        if let row = rowsOf(tables.uasc).first {
            for i in periodDrafts.indices {
                periodDrafts[i].set("uasc", .bool(true), item: nil, at: row.location)
            }
            let duc = tables.uasc.column("DUC")
            if periodDrafts.isEmpty {
                draft.note(row.location, nil, "The child has no episodes in the return, so there is no period of care to record as UASC")
            } else if let ceased = row.day(duc), ceased > self.import.today {
                if ceased != born?.birthday(18) {
                    draft.note(row.location, duc.name, "DUC is still to come, so it is left out: Harbour takes the 18th birthday until the date is recorded")
                }
            } else {
                periodDrafts[periodDrafts.count - 1].take("uasc_ceased_date", row, duc)
            }
        }

        if let row = rowsOf(tables.prevPerm).first {
            let table = tables.prevPerm
            if periodDrafts.isEmpty {
                draft.note(row.location, nil, "The child has no episodes in the return, so there is no period of care to record the previous permanence on")
            } else {
                let last = periodDrafts.count - 1
                periodDrafts[last].take("previous_permanence", row, table.column("PREV_PERM"))
                periodDrafts[last].take("previous_permanence_la", row, table.column("LA_PERM"))
                periodDrafts[last].take("previous_permanence_date", row, table.column("DATE_PERM"))
            }
        }
        for period in periodDrafts { draft.add(period) }

        let reviews = tables.reviews
        for row in rowsOf(reviews) {
            var review = ImportDraft(.lookedAfterReview, child: id, at: row.location)
            review.take("review_date", row, reviews.column("REVIEW"))
            review.take("participation", row, reviews.column("REVIEW_CODE"))
            draft.add(review)
        }

        let missing = tables.missing
        for row in rowsOf(missing) {
            var episode = ImportDraft(.missingEpisode, child: id, at: row.location)
            episode.take("missing_type", row, missing.column("MISSING"))
            episode.take("start_date", row, missing.column("MIS_START"))
            episode.take("end_date", row, missing.column("MIS_END"))
            draft.add(episode)
        }

        if let row = rowsOf(tables.oc2).first { draft.add(healthOutcomes(row, id: id)) }
        if let row = rowsOf(tables.oc3).first {
            if let record = careLeaver(row, id: id, born: born, into: &draft) {
                draft.add(record)
                if rowsOf(tables.episodes).isEmpty {
                    draft.note(row.location, nil, "The young person's time in care is not in the return: Harbour holds the care leaver record, and returns it in OC3 once their period of care is recorded")
                }
            }
        }
        permanence(rowsOf(tables.ad1).first, rowsOf(tables.placedAdoption), periods: periods, into: &draft)

        let sw = tables.swEpisodes
        for row in rowsOf(sw) {
            let swID = String(row[sw.column("SW_ID")].trimmingSpaces)
            guard let worker = self.import.workers[swID] else {
                draft.note(row.location, "SW_ID", "The SW_ID is not one of the council's Harbour workers, so the social worker episode is left out")
                continue
            }
            var allocation = ImportDraft(.allocation, child: id, at: row.location)
            allocation.set("worker_id", .number(Double(worker)), item: "SW_ID", at: row.location)
            allocation.set("allocation_role", .string(AllocationRole.socialWorker.rawValue), item: nil, at: row.location)
            allocation.take("start_date", row, sw.column("SW_DECOM"))
            allocation.take("end_date", row, sw.column("SW_DEC"))
            allocation.take("change_reason", row, sw.column("SW_REASON"))
            draft.add(allocation)
        }

        for row in rowsOf(tables.dolo) {
            draft.note(row.location, nil, "Harbour does not record deprivation of liberty orders; the row is left out")
        }
        return draft
    }

    /// The child's episodes as periods of care and placements. Each period starts with an
    /// episode whose RNE is S, runs through episodes ending X1 on the day the next starts, and
    /// ends with the episode whose REC is another reason.
    private func readEpisodes(_ rows: [ReturnRow], into draft: inout ImportChildDraft) -> [Period] {
        let table = tables.episodes
        let c = (decom: table.column("DECOM"), rne: table.column("RNE"), ls: table.column("LS"), cin: table.column("CIN"),
                 place: table.column("PLACE"), provider: table.column("PLACE_PROVIDER"), dec: table.column("DEC"),
                 rec: table.column("REC"), change: table.column("REASON_PLACE_CHANGE"), home: table.column("HOME_POST"),
                 postcode: table.column("PL_POST"), urn: table.column("URN"))
        var dated = [(row: ReturnRow, start: Day)]()
        for row in rows {
            guard let start = row.day(c.decom) else {
                let raw = String(row[c.decom].trimmingSpaces)
                draft.refuse(row.location, c.decom.name, raw.isEmpty ? "Enter the date the episode started" : "\"\(raw)\" is not a real date")
                continue
            }
            dated.append((row, start))
        }
        guard dated.count == rows.count else { return [] }
        dated.sort { $0.start < $1.start }

        var periods = [Period]()
        var open: Period?
        var previous: (row: ReturnRow, end: Day?, rec: String)?
        for (n, (row, start)) in dated.enumerated() {
            let rne = String(row[c.rne].trimmingSpaces), rec = String(row[c.rec].trimmingSpaces)
            var placement = ImportDraft(.placement, child: draft.id, at: row.location)
            placement.take("start_date", row, c.decom)
            placement.take("reason_new_episode", row, c.rne)
            placement.take("legal_status", row, c.ls)
            placement.take("placement_type", row, c.place)
            placement.take("provider", row, c.provider)
            placement.take("placement_postcode", row, c.postcode)
            placement.take("home_postcode", row, c.home)
            if row[c.urn].trimmingSpaces != "XXXXXXX" { placement.take("urn", row, c.urn) }
            placement.take("end_date", row, c.dec)
            placement.take("reason_place_change", row, c.change)
            let end = placement.day("end_date")

            if var period = open {
                if let previous, previous.rec == ReasonEpisodeCeased.newEpisodeSameDay.rawValue, let ended = previous.end, ended != start {
                    draft.refuse(previous.row.location, c.rec.name,
                                 "REC is X1 (a new episode the same day) but the next episode starts on \(start.long)")
                }
                if rne == ReasonForNewEpisode.startedToBeLookedAfter.rawValue {
                    draft.refuse(row.location, c.rne.name, "RNE is S (started to be looked after) but the episode before continues into this one (REC X1)")
                }
                if row[c.cin] != period.draft.text("category_of_need") ?? "" {
                    period.draft.note(row.location, c.cin.name,
                                      "Harbour holds one category of need for a period of care, the first episode's; this episode's is left out")
                }
                open = period
            } else {
                if rne != ReasonForNewEpisode.startedToBeLookedAfter.rawValue {
                    if n == 0 {
                        draft.note(row.location, c.rne.name,
                                   "The period of care began before this episode (RNE is not S): Harbour records it from this episode's DECOM, the earliest the return shows")
                    } else {
                        draft.refuse(row.location, c.rne.name,
                                     "A new period of care starts with RNE S; the episode before ended the period (REC \(previous?.rec ?? ""))")
                    }
                }
                var period = Period(draft: ImportDraft(.periodOfCare, child: draft.id, at: row.location))
                period.draft.take("start_date", row, c.decom)
                period.draft.take("legal_status", row, c.ls)
                period.draft.take("category_of_need", row, c.cin)
                open = period
            }

            let last = n == dated.count - 1
            if rec == ReasonEpisodeCeased.newEpisodeSameDay.rawValue {
                if last {
                    draft.refuse(row.location, c.rec.name, "REC is X1 (a new episode the same day) but no episode follows")
                } else if end == nil {
                    draft.refuse(row.location, c.dec.name, "REC is X1 but the episode has no DEC")
                }
            } else if !rec.isEmpty {
                open!.draft.take("end_date", row, c.dec)
                open!.draft.take("reason_ceased", row, c.rec)
                if let end { open!.end = (end, rec, row) }
                periods.append(open!)
                open = nil
            } else if !row.isBlank(c.dec) {
                draft.refuse(row.location, c.rec.name, "DEC is given without REC, the reason the episode ceased")
            } else if !last {
                draft.refuse(row.location, c.dec.name, "The episode has no DEC but a later episode starts on \(dated[n + 1].start.long)")
            }
            draft.add(placement)
            previous = (row, end, rec)
        }
        if let open { periods.append(open) }
        return periods
    }

    /// OC2 as the year's health outcomes record, dated at the year's end. The DfE's
    /// HEALTH_CHECK (health surveillance under 5) is Harbour's "health_assessment" and its
    /// HEALTH_ASSESSMENT (the annual assessment) Harbour's "health_check". A 0 for an
    /// intervention received where there is no substance misuse says only that the question
    /// does not arise, so it is not recorded.
    private func healthOutcomes(_ row: ReturnRow, id: String) -> ImportDraft {
        let table = tables.oc2
        var record = ImportDraft(.healthOutcomes, child: id, at: row.location)
        record.set("record_date", .string(min(self.import.collectionEnd, self.import.today).iso), item: nil, at: row.location)
        for (field, column) in [("sdq_score", "SDQ_SCORE"), ("sdq_reason", "SDQ_REASON"), ("convicted", "CONVICTED"),
                                ("health_assessment", "HEALTH_CHECK"), ("immunisations", "IMMUNISATIONS"), ("teeth_check", "TEETH_CHECK"),
                                ("health_check", "HEALTH_ASSESSMENT"), ("substance_misuse", "SUBSTANCE_MISUSE"),
                                ("intervention_received", "INTERVENTION_RECEIVED"), ("intervention_offered", "INTERVENTION_OFFERED")] {
            record.take(field, row, table.column(column))
        }
        if record.json["intervention_received"] == .bool(false), record.json["substance_misuse"] != .bool(true) {
            record.remove("intervention_received")
        }
        return record
    }

    /// OC3 as a care leaver record on the birthday (17th to 21st) in the year: relevant at
    /// 17, former relevant from 18, as the OC3 cohort is defined.
    private func careLeaver(_ row: ReturnRow, id: String, born: Day?, into draft: inout ImportChildDraft) -> ImportDraft? {
        let table = tables.oc3
        let start = self.import.collectionStart, end = self.import.collectionEnd
        guard let born else {
            draft.refuse(row.location, "DOB", "OC3 is dated by the young person's birthday, and the Header gives no date of birth")
            return nil
        }
        guard let age = (17...21).first(where: { (start...end).contains(born.birthday($0)) }) else {
            draft.refuse(row.location, "DOB", "OC3 is for a young person whose 17th to 21st birthday is in the year; this date of birth gives none from \(start.long) to \(end.long)")
            return nil
        }
        var record = ImportDraft(.careLeaver, child: id, at: row.location)
        record.set("record_date", .string(min(born.birthday(age), self.import.today).iso), item: "DOB", at: row.location)
        record.set("status", .string((age == 17 ? CareLeaverStatus.relevant : .formerRelevant).rawValue), item: nil, at: row.location)
        record.take("in_touch", row, table.column("IN_TOUCH"))
        record.take("activity", row, table.column("ACTIV"))
        record.take("accommodation", row, table.column("ACCOM"))
        return record
    }

    /// Permanence steps from AD1, PlacedAdoption and the orders that end periods of care.
    private func permanence(_ ad1: ReturnRow?, _ placed: [ReturnRow], periods: [Period], into draft: inout ImportChildDraft) {
        var steps = [ImportDraft]()
        /// The step on a day, made once.
        func step(_ step: PermanenceStep, _ row: ReturnRow, _ column: ReturnTable.Column) -> Int? {
            var record = ImportDraft(.permanence, child: draft.id, at: row.location)
            record.set("step", .string(step.rawValue), item: column.name, at: row.location)
            record.take("step_date", row, column)
            guard record.json["step_date"] != nil || !record.issues.isEmpty else { return nil }
            if let same = steps.firstIndex(where: { $0.json["step"] == record.json["step"] && $0.json["step_date"] == record.json["step_date"] }) {
                return same
            }
            steps.append(record)
            return steps.count - 1
        }
        let orders: [String: PermanenceStep] = [
            "E11": .adoptionOrder, "E12": .adoptionOrder, "E41": .childArrangementsOrder,
            "E45": .specialGuardianshipOrder, "E46": .specialGuardianshipOrder, "E47": .specialGuardianshipOrder, "E48": .specialGuardianshipOrder,
        ]
        var adoption: Int?
        for period in periods {
            guard let end = period.end, let order = orders[end.reason] else { continue }
            let made = step(order, end.row, tables.episodes.column("DEC"))
            if order == .adoptionOrder { adoption = made }
        }

        if let row = ad1 {
            let table = tables.ad1
            let decided = step(.decisionToPlaceForAdoption, row, table.column("DATE_INT"))
            let matched = step(.matchedForAdoption, row, table.column("DATE_MATCH"))
            let details = [("adopted_by_foster_carer", "FOSTER_CARE"), ("number_of_adopters", "NB_ADOPTR"),
                           ("adopter_sex", "SEX_ADOPTR"), ("adopter_legal_status", "LS_ADOPTR")]
            if let holder = adoption ?? matched ?? decided {
                for (field, column) in details { steps[holder].take(field, row, table.column(column)) }
            } else if details.contains(where: { !row.isBlank(table.column($0.1)) }) {
                draft.note(row.location, nil, "The adopters' details need a date to be recorded on (an adoption order, match or decision), and the return gives none; they are left out")
            }
        }

        let table = tables.placedAdoption
        for row in placed {
            _ = step(.decisionToPlaceForAdoption, row, table.column("DATE_PLACED"))
            let ceased = table.column("DATE_PLACED_CEASED"), reason = table.column("REASON_PLACED_CEASED")
            if row.isBlank(ceased) {
                if !row.isBlank(reason) {
                    draft.refuse(row.location, reason.name, "REASON_PLACED_CEASED is given without DATE_PLACED_CEASED")
                }
                continue
            }
            if let index = step(.decisionNoLongerAdoption, row, ceased) {
                steps[index].take("reason_no_longer_adoption", row, reason)
            }
        }
        for record in steps { draft.add(record) }
    }
}
