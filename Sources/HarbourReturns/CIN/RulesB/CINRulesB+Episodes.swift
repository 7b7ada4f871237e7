import HarbourCore

/// Rules on CIN episodes (CINdetails): referral and closure, their codes, open episodes, and
/// activity recorded against referrals with no further action.
extension CINRules {
    static let r8620 = Rule<CINReturn>(
        "8620", "CIN Closure Date present and does not fall within the Census year",
        fields: ["CINclosureDate"]
    ) { ret, findings in
        guard let year = CINSupportB.censusYear(ret) else { return }
        let table = ret.cinDetails, closure = table.column("CINclosureDate")
        for (index, row) in table.rows.enumerated() {
            if let day = row.day(closure), !year.contains(day) { findings.flag(table, row: index) }
        }
    }

    static let r8630 = Rule<CINReturn>(
        "8630", "CIN Closure Date is before CIN Referral Date for the same CIN episode",
        fields: ["CINreferralDate", "CINclosureDate"]
    ) { ret, findings in
        let table = ret.cinDetails
        let referral = table.column("CINreferralDate"), closure = table.column("CINclosureDate")
        for (index, row) in table.rows.enumerated() {
            if let closed = row.day(closure), let referred = row.day(referral), closed < referred {
                findings.flag(table, row: index)
            }
        }
    }

    static let r8640 = Rule<CINReturn>(
        "8640", "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)",
        fields: ["ReasonForClosure"]
    ) { ret, findings in
        let valid: Set<String> = ["RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9"]
        let table = ret.cinDetails, reason = table.column("ReasonForClosure")
        for (index, row) in table.rows.enumerated() where !row[reason].isEmpty && !valid.contains(row[reason]) {
            findings.flag(table, row: index)
        }
    }

    static let r8650 = Rule<CINReturn>(
        "8650", "Primary Need Code invalid (see Primary Need table in CIN census code set)",
        fields: ["PrimaryNeedCode"]
    ) { ret, findings in
        let valid: Set<String> = ["N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"]
        let table = ret.cinDetails, need = table.column("PrimaryNeedCode")
        for (index, row) in table.rows.enumerated() where !row[need].isEmpty && !valid.contains(row[need]) {
            findings.flag(table, row: index)
        }
    }

    static let r8772 = Rule<CINReturn>(
        "8772",
        "UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action",
        fields: ["UPNunknown", "ReferralNFA"]
    ) { ret, findings in
        let children = ret.childIdentifiers, details = ret.cinDetails
        let unknown = children.column("UPNunknown"), nfa = details.column("ReferralNFA")
        let episodes = details.groups(by: details.column("LAchildID"))
        let child = children.column("LAchildID")
        var childRows = Set<Int>(), episodeRows = Set<Int>()
        for (index, row) in children.rows.enumerated() where row[unknown] == "UN7" {
            // A child with no CIN details at all is flagged too: the validator's left join leaves ReferralNFA missing.
            guard let rows = episodes[row[child]] else { childRows.insert(index); continue }
            for episode in rows where !["true", "1"].contains(details.rows[episode][nfa].lowercased()) {
                childRows.insert(index)
                episodeRows.insert(episode)
            }
        }
        CINSupportB.flag(childRows, in: children, &findings, fields: ["UPNunknown"])
        CINSupportB.flag(episodeRows, in: details, &findings, fields: ["ReferralNFA"])
    }

    static let r8805 = Rule<CINReturn>(
        "8805", "A CIN case cannot have a CIN closure date without a Reason for Closure",
        fields: ["CINclosureDate", "ReasonForClosure"]
    ) { ret, findings in
        let table = ret.cinDetails
        let closure = table.column("CINclosureDate"), reason = table.column("ReasonForClosure")
        for (index, row) in table.rows.enumerated() where row.day(closure) != nil && row[reason].isEmpty {
            findings.flag(table, row: index)
        }
    }

    static let r8810 = Rule<CINReturn>(
        "8810", "A CIN case cannot have a Reason for Closure without a CIN Closure Date",
        fields: ["ReasonForClosure", "CINclosureDate"]
    ) { ret, findings in
        let table = ret.cinDetails
        let closure = table.column("CINclosureDate"), reason = table.column("ReasonForClosure")
        for (index, row) in table.rows.enumerated() where !row[reason].isEmpty && row.day(closure) == nil {
            findings.flag(table, row: index)
        }
    }

    static let r8815 = Rule<CINReturn>(
        "8815",
        "More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.",
        fields: ["ReferralNFA", "CINclosureDate"]
    ) { ret, findings in
        let table = ret.cinDetails
        let closure = table.column("CINclosureDate"), nfa = table.column("ReferralNFA")
        let childColumn = table.column("LAchildID"), episode = table.column("CINdetailsID")
        var failing = Set<CINSupportB.EpisodeKey>()
        for rows in table.groups(by: childColumn).values {
            let open = rows.filter { table.rows[$0].day(closure) == nil }
            guard open.count(where: { ["false", "0"].contains(table.rows[$0][nfa]) }) > 1 else { continue }
            // Every open episode of the child is flagged, referrals with no further action included.
            for row in open { failing.insert(CINSupportB.EpisodeKey(table.rows[row], child: childColumn, episode: episode)) }
        }
        for (index, row) in table.rows.enumerated()
        where failing.contains(CINSupportB.EpisodeKey(row, child: childColumn, episode: episode)) {
            findings.flag(table, row: index, fields: ["CINclosureDate"])
        }
    }

    static let r8816 = Rule<CINReturn>(
        "8816",
        "An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.",
        fields: ["CINreferralDate", "ReferralNFA"]
    ) { ret, findings in
        let table = ret.cinDetails
        let referral = table.column("CINreferralDate"), closure = table.column("CINclosureDate")
        let nfa = table.column("ReferralNFA")
        var flagged = Set<Int>()
        for rows in table.groups(by: table.column("LAchildID")).values {
            let dated = rows.compactMap { row in table.rows[row].day(referral).map { (row, $0) } }
            // The latest referral is the first row holding the latest date.
            guard let latest = dated.max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) })?.0 else { continue }
            for (row, _) in dated where row != latest {
                let episode = table.rows[row]
                if episode.day(closure) == nil && ["false", "0"].contains(episode[nfa]) {
                    flagged.insert(row)
                    flagged.insert(latest)
                }
            }
        }
        CINSupportB.flag(flagged, in: table, &findings, fields: ["CINreferralDate"])
    }

    static let r8820 = Rule<CINReturn>(
        "8820", "The dates on the CIN episodes for this child overlap",
        fields: ["CINreferralDate", "CINclosureDate"]
    ) { ret, findings in
        guard let year = CINSupportB.censusYear(ret) else { return }
        let table = ret.cinDetails
        let referral = table.column("CINreferralDate"), closure = table.column("CINclosureDate")
        let nfa = table.column("ReferralNFA")
        var flagged = Set<Int>()
        for rows in table.groups(by: table.column("LAchildID")).values where rows.count > 1 {
            let episodes = rows.compactMap { row -> (row: Int, start: Day, end: Day?, open: Bool)? in
                let episode = table.rows[row]
                guard let start = episode.day(referral) else { return nil }
                return (row, start, episode.day(closure), ["false", "0"].contains(episode[nfa].lowercased()))
            }
            for a in episodes {
                for b in episodes where a.row != b.row && a.start >= b.start {
                    let overlaps: Bool
                    if let end = b.end {
                        overlaps = a.start < end
                    } else if let reference = year.end {
                        overlaps = a.start < reference && b.open
                    } else {
                        overlaps = false
                    }
                    if overlaps {
                        flagged.insert(a.row)
                        flagged.insert(b.row)
                    }
                }
            }
        }
        CINSupportB.flag(flagged, in: table, &findings)
    }

    static let r8825Q = Rule<CINReturn>(
        "8825Q",
        "Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode.",
        .query, fields: ["ReasonForClosure"]
    ) { ret, findings in
        let assessed = Set(CINSupportB.episodes(ret.assessments).keys)
        let table = ret.cinDetails, reason = table.column("ReasonForClosure")
        let child = table.column("LAchildID"), episode = table.column("CINdetailsID")
        for (index, row) in table.rows.enumerated()
        where ["RC8", "RC9"].contains(row[reason]) && !assessed.contains(CINSupportB.EpisodeKey(row, child: child, episode: episode)) {
            findings.flag(table, row: index)
        }
    }

    static let r8831 = Rule<CINReturn>(
        "8831", "Activity is recorded against a case marked as a referral with no further action",
        fields: ["AssessmentActualStartDate", "AssessmentAuthorisationDate", "S47ActualStartDate", "DateOfInitialCPC"]
    ) { ret, findings in
        let details = ret.cinDetails, enquiries = ret.section47, assessments = ret.assessments
        let nfa = details.column("ReferralNFA"), conference = details.column("DateOfInitialCPC")
        let child = details.column("LAchildID"), episode = details.column("CINdetailsID")
        let enquiryStart = enquiries.column("S47ActualStartDate")
        let assessmentStart = assessments.column("AssessmentActualStartDate")
        let authorised = assessments.column("AssessmentAuthorisationDate")
        let enquiriesByEpisode = CINSupportB.episodes(enquiries)
        let assessmentsByEpisode = CINSupportB.episodes(assessments)
        var detailRows = Set<Int>(), enquiryRows = Set<Int>(), assessmentRows = Set<Int>()
        for (index, row) in details.rows.enumerated() where ["true", "1"].contains(row[nfa]) {
            let key = CINSupportB.EpisodeKey(row, child: child, episode: episode)
            let hasConference = row.day(conference) != nil
            if let rows = enquiriesByEpisode[key] {
                for enquiry in rows where hasConference || enquiries.rows[enquiry].day(enquiryStart) != nil {
                    detailRows.insert(index)
                    enquiryRows.insert(enquiry)
                }
            } else if hasConference {
                detailRows.insert(index)
            }
            for assessment in assessmentsByEpisode[key] ?? [] {
                let item = assessments.rows[assessment]
                if item.day(assessmentStart) != nil || item.day(authorised) != nil {
                    detailRows.insert(index)
                    assessmentRows.insert(assessment)
                }
            }
        }
        CINSupportB.flag(detailRows, in: details, &findings, fields: ["DateOfInitialCPC"])
        CINSupportB.flag(assessmentRows, in: assessments, &findings,
                         fields: ["AssessmentActualStartDate", "AssessmentAuthorisationDate"])
        CINSupportB.flag(enquiryRows, in: enquiries, &findings, fields: ["S47ActualStartDate"])
    }

    static let r8832 = Rule<CINReturn>(
        "8832", "Child Protection details provided for a referral with no further action.",
        fields: ["CINdetailsID", "ReferralNFA"]
    ) { ret, findings in
        let details = ret.cinDetails, plans = ret.childProtectionPlans
        let nfa = details.column("ReferralNFA")
        let child = details.column("LAchildID"), episode = details.column("CINdetailsID")
        let plansByEpisode = CINSupportB.episodes(plans)
        let noFurtherAction = Set(details.rows.indices.filter {
            details.rows[$0][nfa].lowercased() == "true" || details.rows[$0][nfa] == "1"
        })
        // The validator's join swaps the two tables' row numbers: it flags the plan whose row
        // number is the episode's, and the episode whose row number is the plan's. Followed here.
        var planRows = Set<Int>(), detailRows = Set<Int>()
        for index in noFurtherAction.sorted() {
            let key = CINSupportB.EpisodeKey(details.rows[index], child: child, episode: episode)
            for plan in plansByEpisode[key] ?? [] {
                if plans.rows.indices.contains(index) { planRows.insert(index) }
                if noFurtherAction.contains(plan) { detailRows.insert(plan) }
            }
        }
        CINSupportB.flag(planRows, in: plans, &findings, fields: ["CINdetailsID"])
        CINSupportB.flag(detailRows, in: details, &findings, fields: ["ReferralNFA"])
    }

    static let r8866 = Rule<CINReturn>(
        "8866", "Source of Referral is missing or an invalid code",
        fields: ["CINreferralDate", "ReferralSource"]
    ) { ret, findings in
        let valid: Set<String> = ["1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F",
                                  "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10"]
        let from = Day(year: 2013, month: 4, day: 1)!
        let table = ret.cinDetails
        let referral = table.column("CINreferralDate"), source = table.column("ReferralSource")
        for (index, row) in table.rows.enumerated() {
            if let referred = row.day(referral), referred >= from, !valid.contains(row[source]) {
                findings.flag(table, row: index)
            }
        }
    }

    static let r8867 = Rule<CINReturn>(
        "8867", "CIN episode is shown as closed, however Assessment is not shown as completed",
        fields: ["CINclosureDate", "AssessmentAuthorisationDate"]
    ) { ret, findings in
        let details = ret.cinDetails, assessments = ret.assessments
        let closure = details.column("CINclosureDate"), authorised = assessments.column("AssessmentAuthorisationDate")
        let child = details.column("LAchildID"), episode = details.column("CINdetailsID")
        let byEpisode = CINSupportB.episodes(assessments)
        var detailRows = Set<Int>(), assessmentRows = Set<Int>()
        for (index, row) in details.rows.enumerated() where row.day(closure) != nil {
            for assessment in byEpisode[CINSupportB.EpisodeKey(row, child: child, episode: episode)] ?? []
            where assessments.rows[assessment].day(authorised) == nil {
                detailRows.insert(index)
                assessmentRows.insert(assessment)
            }
        }
        CINSupportB.flag(detailRows, in: details, &findings, fields: ["CINclosureDate"])
        CINSupportB.flag(assessmentRows, in: assessments, &findings, fields: ["AssessmentAuthorisationDate"])
    }

    static let r8868 = Rule<CINReturn>(
        "8868",
        "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag",
        fields: ["ICPCnotRequired", "CINclosureDate", "DateOfInitialCPC"]
    ) { ret, findings in
        let details = ret.cinDetails, enquiries = ret.section47
        let closure = details.column("CINclosureDate")
        let conference = enquiries.column("DateOfInitialCPC"), notRequired = enquiries.column("ICPCnotRequired")
        let child = details.column("LAchildID"), episode = details.column("CINdetailsID")
        let byEpisode = CINSupportB.episodes(enquiries)
        var detailRows = Set<Int>(), enquiryRows = Set<Int>()
        for (index, row) in details.rows.enumerated() where row.day(closure) != nil {
            for enquiry in byEpisode[CINSupportB.EpisodeKey(row, child: child, episode: episode)] ?? [] {
                let item = enquiries.rows[enquiry]
                // Open without a conference and not marked "not required", or both a conference and the mark.
                if (item.day(conference) == nil) != ["1", "true"].contains(item[notRequired]) {
                    detailRows.insert(index)
                    enquiryRows.insert(enquiry)
                }
            }
        }
        CINSupportB.flag(enquiryRows, in: enquiries, &findings, fields: ["DateOfInitialCPC", "ICPCnotRequired"])
        CINSupportB.flag(detailRows, in: details, &findings, fields: ["CINclosureDate"])
    }
}
