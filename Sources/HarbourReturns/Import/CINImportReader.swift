import HarbourCore

/// Reads the CIN census's tables into drafts of each child's records (see `ReturnImport`).
struct CINImportReader {
    let `import`: ReturnImport
    let census: CINReturn

    /// Rows of a table by the values of some of its columns.
    private static func index(_ table: ReturnTable, _ names: [String]) -> [[String]: [Int]] {
        let columns = names.map(table.column)
        var index = [[String]: [Int]]()
        for (i, row) in table.rows.enumerated() { index[columns.map { row[$0] }, default: []].append(i) }
        return index
    }

    /// An enquiry as the conferences need it.
    private struct Enquiry {
        let start: Day
        let notRequired: Bool
        let conference: Day?
    }

    /// A conference the census implies, before it is typed and given an outcome.
    private struct Conference {
        var type: ConferenceType
        let day: Day
        let source: ImportSource
    }

    func read() -> (children: [ImportChildDraft], general: [ReturnImportProblem]) {
        let ids = census.childIdentifiers
        let idColumn = ids.column("LAchildID")
        var seen = [String: SourceLocation]()
        var order = [String]()
        var duplicates = [String: [SourceLocation]]()
        for row in ids.rows {
            let id = row[idColumn]
            if seen[id] == nil {
                seen[id] = row.location
                order.append(id)
            } else {
                duplicates[id, default: []].append(row.location)
            }
        }
        let byChild = (
            ids: Self.index(ids, ["LAchildID"]),
            characteristics: Self.index(census.childCharacteristics, ["LAchildID"]),
            disabilities: Self.index(census.disabilities, ["LAchildID"]),
            details: Self.index(census.cinDetails, ["LAchildID"]),
            assessments: Self.index(census.assessments, ["LAchildID", "CINdetailsID"]),
            factors: Self.index(census.assessmentFactors, ["LAchildID", "CINdetailsID", "AssessmentID"]),
            plans: Self.index(census.cinPlanDates, ["LAchildID", "CINdetailsID"]),
            enquiries: Self.index(census.section47, ["LAchildID", "CINdetailsID"]),
            protection: Self.index(census.childProtectionPlans, ["LAchildID", "CINdetailsID"]),
            reviews: Self.index(census.reviews, ["LAchildID", "CINdetailsID", "CPPID"])
        )

        var children = [ImportChildDraft]()
        for id in order {
            let rawID = id
            var draft = ImportChildDraft(id: id, at: seen[id]!)
            for location in duplicates[id] ?? [] {
                draft.refuse(location, "LAchildID", "Another child in the census has the same LAchildID; each child must have their own")
            }
            readChild(rawID, into: &draft, byChild.ids[[rawID]] ?? [], byChild.characteristics[[rawID]] ?? [],
                      byChild.disabilities[[rawID]] ?? [])

            var enquiries = [Enquiry]()
            var conferences = [Conference]()
            var episodeConferences = [Conference]()
            var plans = [(draft: ImportDraft, previous: ReturnRow)]()
            let details = census.cinDetails
            let dc = (id: details.column("CINdetailsID"), conference: details.column("DateOfInitialCPC"))
            for index in byChild.details[[rawID]] ?? [] {
                let row = details.rows[index]
                let detailsID = row[dc.id]
                var referral = ImportDraft(.referral, child: id, at: row.location)
                referral.take("referral_date", row, details.column("CINreferralDate"))
                referral.take("source", row, details.column("ReferralSource"))
                referral.take("primary_need", row, details.column("PrimaryNeedCode"))
                referral.take("closure_date", row, details.column("CINclosureDate"))
                referral.take("closure_reason", row, details.column("ReasonForClosure"))
                referral.take("nfa", row, details.column("ReferralNFA"))
                draft.add(referral)
                if let conference = conferenceDay(row, dc.conference, into: &draft) {
                    episodeConferences.append(Conference(type: .initial, day: conference,
                                                         source: ImportSource(item: dc.conference.name, location: row.location)))
                }
                let key = [rawID, detailsID]
                for a in byChild.assessments[key] ?? [] {
                    draft.add(assessment(census.assessments.rows[a], rawID, detailsID, byChild.factors))
                }
                let planTable = census.cinPlanDates
                for p in byChild.plans[key] ?? [] {
                    let row = planTable.rows[p]
                    var plan = ImportDraft(.childInNeedPlan, child: id, at: row.location)
                    plan.take("start_date", row, planTable.column("CINPlanStartDate"))
                    plan.take("end_date", row, planTable.column("CINPlanEndDate"))
                    draft.add(plan)
                }
                for s in byChild.enquiries[key] ?? [] {
                    let (enquiry, facts, conference) = section47(census.section47.rows[s], id: id)
                    draft.add(enquiry)
                    if let facts { enquiries.append(facts) }
                    if let conference { conferences.append(conference) }
                }
                let cpp = census.childProtectionPlans
                for c in byChild.protection[key] ?? [] {
                    let row = cpp.rows[c]
                    var plan = ImportDraft(.childProtectionPlan, child: id, at: row.location)
                    plan.take("start_date", row, cpp.column("CPPstartDate"))
                    plan.take("end_date", row, cpp.column("CPPendDate"))
                    plan.take("initial_category", row, cpp.column("InitialCategoryOfAbuse"))
                    plan.take("latest_category", row, cpp.column("LatestCategoryOfAbuse"))
                    plans.append((plan, row))
                    let reviewTable = census.reviews
                    let reviewDate = reviewTable.column("CPPreviewDate")
                    for r in byChild.reviews[[rawID, detailsID, row[cpp.column("CPPID")]]] ?? [] {
                        if let day = conferenceDay(reviewTable.rows[r], reviewDate, into: &draft) {
                            conferences.append(Conference(type: .review, day: day,
                                                          source: ImportSource(item: reviewDate.name, location: reviewTable.rows[r].location)))
                        }
                    }
                }
            }

            // An episode's own DateOfInitialCPC is the enquiry's conference when an enquiry gives
            // the same date; otherwise a conference of its own, a transfer-in when the enquiry
            // before it had said no conference was required.
            let initialDays = Set(conferences.filter { $0.type == .initial }.map(\.day))
            let ordered = enquiries.sorted { $0.start < $1.start }
            for var conference in episodeConferences where !initialDays.contains(conference.day) {
                if let enquiry = ordered.last(where: { $0.start <= conference.day }),
                   enquiry.conference.map({ $0 > conference.day }) ?? true, enquiry.notRequired {
                    conference.type = .transferIn
                }
                conferences.append(conference)
            }

            for (plan, row) in plans {
                draft.add(plan)
                previousPlans(plan, row, among: plans.map(\.draft), into: &draft)
            }
            var added = Set<[String]>()
            for conference in conferences where added.insert([conference.type.rawValue, conference.day.iso]).inserted {
                draft.add(conferenceRecord(conference, id: id, plans: plans.map(\.draft)))
            }
            children.append(draft)
        }
        var general = [ReturnImportProblem]()
        if let row = census.header.rows.first, let reference = census.referenceDate, reference != self.import.collectionEnd {
            general.append(ReturnImportProblem(child: "", location: row.location, item: "ReferenceDate",
                message: "The census's reference date is \(reference.long), not the end of the collection year being imported (\(self.import.collectionEnd.long)); the census is read as it is", refuses: false))
        }
        return (children, general)
    }

    /// The child's identifiers and characteristics.
    private func readChild(_ rawID: String, into draft: inout ImportChildDraft, _ idRows: [Int], _ characteristics: [Int],
                           _ disabilities: [Int]) {
        let ids = census.childIdentifiers
        guard let first = idRows.first else { return }
        let row = ids.rows[first]
        draft.hasIdentity = true
        var child = draft.child
        child.sources["la_child_id"] = ImportSource(item: "LAchildID", location: row.location)
        child.take("upn", row, ids.column("UPN"))
        child.take("former_upn", row, ids.column("FormerUPN"))
        for field in ["upn", "former_upn"] {
            if let upn = child.text(field) { child.json[field] = .string(upn.uppercased()) }
        }
        child.take("upn_unknown", row, ids.column("UPNunknown"))
        child.take("date_of_birth", row, ids.column("PersonBirthDate"))
        child.take("expected_date_of_birth", row, ids.column("ExpectedPersonBirthDate"))
        child.take("date_of_death", row, ids.column("PersonDeathDate"))
        // The census's Sex, or before 2025 GenderCurrent, in the older numeric codes.
        let numeric: [String: Sex] = ["1": .male, "2": .female, "0": .unknown, "9": .unknown]
        let sexColumn = ids.column("Sex"), sexCode = String(row[sexColumn].trimmingSpaces)
        if let mapped = numeric[sexCode] {
            child.set("sex", .string(mapped.rawValue), item: sexColumn.name, at: row.location)
            child.note(row.location, sexColumn.name, "Sex in the older codes (1 male, 2 female, 0 or 9 not known) is read as M, F or U")
        } else {
            child.take("sex", row, sexColumn)
        }
        let gender = ids.column("GenderCurrent")
        let genderCode = String(row[gender].trimmingSpaces)
        if child.json["sex"] == nil, child.failed.isDisjoint(with: ["sex"]), !genderCode.isEmpty {
            if let mapped = numeric[genderCode] {
                child.set("sex", .string(mapped.rawValue), item: gender.name, at: row.location)
                child.note(row.location, gender.name, genderCode == "9"
                    ? "GenderCurrent 9 (indeterminate) is read as sex U; the census now takes Sex"
                    : "GenderCurrent is read as Sex (1 M, 2 F, 0 U); the census now takes Sex")
            } else {
                child.refuse("sex", row.location, gender.name, "\"\(genderCode)\" is not a GenderCurrent code (1, 2, 0 or 9)")
            }
        } else if child.json["sex"] == nil {
            child.sources["sex"] = ImportSource(item: "Sex", location: row.location)
        }

        let table = census.childCharacteristics
        if let c = characteristics.first {
            child.take("ethnicity", table.rows[c], table.column("Ethnicity"))
        } else {
            child.sources["ethnicity"] = ImportSource(item: "Ethnicity", location: row.location)
        }
        let disability = census.disabilities.column("Disability")
        let codes = disabilities.map { String(census.disabilities.rows[$0][disability].trimmingSpaces) }.filter { !$0.isEmpty }
        if let d = disabilities.first, !codes.isEmpty {
            child.set("disabilities", .array(codes.map(JSONValue.string)), item: disability.name, at: census.disabilities.rows[d].location)
        }
        draft.child = child
    }

    /// A conference date (an episode's or enquiry's DateOfInitialCPC, a CPPreviewDate).
    private func conferenceDay(_ row: ReturnRow, _ column: ReturnTable.Column, into draft: inout ImportChildDraft) -> Day? {
        let raw = String(row[column].trimmingSpaces)
        guard !raw.isEmpty else { return nil }
        guard let day = ReturnDate.parse(raw) else {
            draft.refuse(row.location, column.name, "\"\(raw)\" is not a real date")
            return nil
        }
        return day
    }

    private func assessment(_ row: ReturnRow, _ rawID: String, _ detailsID: String, _ factorRows: [[String]: [Int]]) -> ImportDraft {
        let table = census.assessments
        var assessment = ImportDraft(.assessment, child: rawID, at: row.location)
        assessment.take("start_date", row, table.column("AssessmentActualStartDate"))
        assessment.take("authorisation_date", row, table.column("AssessmentAuthorisationDate"))
        let review = table.column("AssessmentInternalReviewDate")
        if !row.isBlank(review) {
            assessment.note(row.location, review.name, "Harbour does not hold an assessment's internal review date; it is left out")
        }
        let list = census.assessmentFactors, factor = list.column("AssessmentFactor")
        let rows = factorRows[[rawID, detailsID, row[table.column("AssessmentID")]]] ?? []
        var codes = rows.map { String(list.rows[$0][factor].trimmingSpaces) }
        var location = rows.first.map { list.rows[$0].location } ?? row.location
        if rows.isEmpty {
            codes = row[table.column("AssessmentFactors")].split(separator: ",").map { String(String($0).trimmingSpaces) }
            location = row.location
        }
        codes = codes.filter { !$0.isEmpty }
        if !codes.isEmpty {
            assessment.set("factors", .array(codes.map(JSONValue.string)), item: rows.isEmpty ? "AssessmentFactors" : factor.name, at: location)
        }
        return assessment
    }

    /// A section 47 enquiry; its initial conference when the census gives one.
    private func section47(_ row: ReturnRow, id: String) -> (ImportDraft, Enquiry?, Conference?) {
        let table = census.section47
        var enquiry = ImportDraft(.section47, child: id, at: row.location)
        enquiry.take("start_date", row, table.column("S47ActualStartDate"))
        enquiry.take("conference_not_required", row, table.column("ICPCnotRequired"))
        let held = table.column("DateOfInitialCPC")
        var conference: Conference?
        let raw = String(row[held].trimmingSpaces)
        if !raw.isEmpty {
            if let day = ReturnDate.parse(raw) {
                conference = Conference(type: .initial, day: day, source: ImportSource(item: held.name, location: row.location))
                enquiry.set("outcome", .string(Section47Outcome.substantiatedConference.rawValue), item: held.name, at: row.location)
            } else {
                enquiry.refuse(nil, row.location, held.name, "\"\(raw)\" is not a real date")
            }
        }
        guard let start = enquiry.day("start_date") else { return (enquiry, nil, conference) }
        let target = table.column("InitialCPCtarget")
        if let given = row.day(target), given != self.import.calendar.adding(workingDays: 15, to: start) {
            enquiry.note(row.location, target.name,
                         "Harbour works out the conference target from the strategy discussion (15 working days); the census's target is left out")
        }
        let facts = Enquiry(start: start, notRequired: enquiry.json["conference_not_required"] == .bool(true), conference: conference?.day)
        return (enquiry, facts, conference)
    }

    /// NumberOfPreviousCPP: Harbour counts the plans it holds, so a different number is a note.
    private func previousPlans(_ plan: ImportDraft, _ row: ReturnRow, among plans: [ImportDraft], into draft: inout ImportChildDraft) {
        let column = census.childProtectionPlans.column("NumberOfPreviousCPP")
        guard !row.isBlank(column), let start = plan.day("start_date") else { return }
        let earlier = Set(plans.compactMap { $0.day("start_date") }.filter { $0 < start }).count
        if row.int(column) != earlier {
            draft.note(row.location, column.name,
                       "Harbour counts the child protection plans it holds; the census's earlier plans are not all in this return, so the number is not kept")
        }
    }

    /// A conference record, with the outcome the plans show.
    private func conferenceRecord(_ conference: Conference, id: String, plans: [ImportDraft]) -> ImportDraft {
        var record = ImportDraft(.conference, child: id, at: conference.source.location)
        record.set("conference_type", .string(conference.type.rawValue), item: conference.source.item, at: conference.source.location)
        record.set("conference_date", .string(conference.day.iso), item: conference.source.item, at: conference.source.location)
        let day = conference.day
        var outcome: ConferenceOutcome?
        if conference.type == .review {
            if plans.contains(where: { $0.day("end_date") == day }) {
                outcome = .planEnded
            } else if plans.contains(where: { p in p.day("start_date").map { $0 < day } ?? false && p.day("end_date").map { $0 > day } ?? true }) {
                outcome = .planContinued
            }
        } else if plans.contains(where: { $0.day("start_date") == day }) {
            outcome = .childProtectionPlan
        }
        if let outcome { record.set("outcome", .string(outcome.rawValue), item: nil, at: conference.source.location) }
        return record
    }
}
