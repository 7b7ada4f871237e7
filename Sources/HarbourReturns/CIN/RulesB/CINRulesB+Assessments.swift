import HarbourCore

/// Rules on assessments: their dates, open assessments, and the parental or child factors
/// recorded at them.
///
/// The validator's tests give an assessment's factors one code to a row; Harbour's Assessments
/// row holds them joined by ",". Rules that read AssessmentFactors therefore look at each code
/// of the row in turn, as the validator does at each of its rows. (On an XML census the
/// validator holds the codes as a list, which its checks for "21", "18A" and "19A" never equal,
/// and rules 8614, 8897Q and 8898 stop with an error when they would flag such a row.)
extension CINRules {
    static let r8614 = Rule<CINReturn>(
        "8614", "Parental or child factors at assessment should only be present for a completed assessment.",
        fields: ["AssessmentAuthorisationDate", "AssessmentFactors"]
    ) { ret, findings in
        let table = ret.assessments
        let authorised = table.column("AssessmentAuthorisationDate"), factors = table.column("AssessmentFactors")
        for (index, row) in table.rows.enumerated() where row.day(authorised) == nil && !row[factors].isEmpty {
            findings.flag(table, row: index)
        }
    }

    static let r8670Q = Rule<CINReturn>(
        "8670Q",
        "Please check and either amend data or provide a reason: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.",
        .query, fields: ["AssessmentActualStartDate"]
    ) { ret, findings in
        guard let year = CINSupportB.censusYear(ret), let end = year.end else { return }
        let latest = CINSupportB.workingDays(45, before: end)
        let table = ret.assessments
        let start = table.column("AssessmentActualStartDate"), authorised = table.column("AssessmentAuthorisationDate")
        for (index, row) in table.rows.enumerated() where row.day(authorised) == nil {
            if let started = row.day(start), started < latest {
                findings.flag(table, row: index, fields: ["AssessmentAuthorisationDate", "AssessmentActualStartDate"])
            }
        }
    }

    static let r8696 = Rule<CINReturn>(
        "8696", "Assessment end date must fall within the census year",
        fields: ["AssessmentAuthorisationDate", "ReferenceDate"]
    ) { ret, findings in
        guard let year = CINSupportB.censusYear(ret) else { return }
        let table = ret.assessments, authorised = table.column("AssessmentAuthorisationDate")
        for (index, row) in table.rows.enumerated() {
            if let day = row.day(authorised), year.isOutside(day) {
                findings.flag(table, row: index, fields: ["AssessmentAuthorisationDate"])
            }
        }
    }

    static let r8736 = Rule<CINReturn>(
        "8736", "For an Assessment that has not been completed, the start date must fall within the census year",
        fields: ["AssessmentAuthorisationDate", "AssessmentActualStartDate"]
    ) { ret, findings in
        guard let year = CINSupportB.censusYear(ret) else { return }
        let table = ret.assessments
        let start = table.column("AssessmentActualStartDate"), authorised = table.column("AssessmentAuthorisationDate")
        let episode = table.column("CINdetailsID")
        // A missing or unreadable start date is flagged too: it is not within the year.
        for (index, row) in table.rows.enumerated() where !row[episode].isEmpty && row.day(authorised) == nil {
            if !(row.day(start).map(year.contains) ?? false) { findings.flag(table, row: index) }
        }
    }

    static let r8863Q = Rule<CINReturn>(
        "8863Q", "An Assessment is shown as starting when there is another Assessment ongoing.",
        .query, fields: ["AssessmentActualStartDate", "AssessmentAuthorisationDate"]
    ) { ret, findings in
        guard let year = CINSupportB.censusYear(ret) else { return }
        let table = ret.assessments
        let start = table.column("AssessmentActualStartDate"), authorised = table.column("AssessmentAuthorisationDate")
        var flagged = Set<Int>()
        for rows in CINSupportB.episodes(table).values where rows.count > 1 {
            let assessments = rows.compactMap { row -> (row: Int, start: Day, end: Day?)? in
                let item = table.rows[row]
                return item.day(start).map { (row, $0, item.day(authorised)) }
            }
            for a in assessments {
                // Assessments with the same start and end dates are taken as the same assessment.
                for b in assessments where a.start >= b.start && !(a.start == b.start && a.end == b.end) {
                    let ongoing: Bool
                    if let end = b.end {
                        ongoing = a.start <= end
                    } else if let reference = year.end {
                        ongoing = a.start <= reference
                    } else {
                        ongoing = false
                    }
                    if ongoing {
                        flagged.insert(a.row)
                        flagged.insert(b.row)
                    }
                }
            }
        }
        CINSupportB.flag(flagged, in: table, &findings)
    }

    static let r8869 = Rule<CINReturn>(
        "8869", "The assessment factors code “21” cannot be used in conjunction with any other assessment factors.",
        fields: ["AssessmentFactors"]
    ) { ret, findings in
        let table = ret.assessments
        let child = table.column("LAchildID"), episode = table.column("CINdetailsID")
        let authorised = table.column("AssessmentAuthorisationDate"), factors = table.column("AssessmentFactors")
        // The validator takes factors recorded in one episode with the same end date as one assessment.
        struct Group: Hashable { let child: String, episode: String, end: Day? }
        var groups: [Group: [Int]] = [:]
        var codes: [(has21: Bool, hasOther: Bool)] = []
        codes.reserveCapacity(table.rows.count)
        for (index, row) in table.rows.enumerated() {
            groups[Group(child: row[child], episode: row[episode], end: row.day(authorised)), default: []].append(index)
            codes.append(CINSupportB.scanForNoFactors(row[factors]))
        }
        var flagged = Set<Int>()
        for rows in groups.values where rows.contains(where: { codes[$0].has21 }) {
            flagged.formUnion(rows.filter { codes[$0].hasOther })
        }
        CINSupportB.flag(flagged, in: table, &findings)
    }

    static let r8873Q = Rule<CINReturn>(
        "8873Q",
        "Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used.",
        .query, fields: ["ReasonForClosure", "AssessmentFactors"]
    ) { ret, findings in
        let assessments = ret.assessments, list = ret.assessmentFactors, details = ret.cinDetails
        let assessmentID = assessments.column("AssessmentID")
        let listChild = list.column("LAchildID"), listEpisode = list.column("CINdetailsID")
        let listAssessment = list.column("AssessmentID"), factor = list.column("AssessmentFactor")
        let reason = details.column("ReasonForClosure")
        // Assessments recorded with a factor containing "21", by episode and assessment.
        struct Assessment: Hashable { let episode: CINSupportB.EpisodeKey, id: String }
        var codedNoFactors = Set<Assessment>()
        for row in list.rows where CINSupportB.contains21(row[factor]) {
            let key = CINSupportB.EpisodeKey(row, child: listChild, episode: listEpisode)
            codedNoFactors.insert(Assessment(episode: key, id: row[listAssessment]))
        }
        let detailsByEpisode = CINSupportB.episodes(details)
        var assessmentRows = Set<Int>(), detailRows = Set<Int>()
        for (key, rows) in CINSupportB.episodes(assessments) {
            // Only an episode's sole assessment counts (rows sharing its AssessmentID are the same one).
            for row in rows {
                let id = assessments.rows[row][assessmentID]
                guard rows.allSatisfy({ assessments.rows[$0][assessmentID] == id }),
                      codedNoFactors.contains(Assessment(episode: key, id: id)) else { continue }
                guard let episodes = detailsByEpisode[key] else {
                    assessmentRows.insert(row)
                    continue
                }
                for detail in episodes where !["RC8", "RC9"].contains(details.rows[detail][reason]) {
                    assessmentRows.insert(row)
                    detailRows.insert(detail)
                }
            }
        }
        CINSupportB.flag(assessmentRows, in: assessments, &findings, fields: ["AssessmentFactors"])
        CINSupportB.flag(detailRows, in: details, &findings, fields: ["ReasonForClosure"])
    }

    static let r8896 = Rule<CINReturn>(
        "8896", "Within one CINDetails group there are 2 or more open Assessments groups",
        fields: ["AssessmentAuthorisationDate"]
    ) { ret, findings in
        let table = ret.assessments, authorised = table.column("AssessmentAuthorisationDate")
        var flagged = Set<Int>()
        for rows in CINSupportB.episodes(table).values where rows.count > 1 {
            // Every assessment of the episode is flagged, completed ones included.
            if rows.count(where: { table.rows[$0].day(authorised) == nil }) > 1 { flagged.formUnion(rows) }
        }
        CINSupportB.flag(flagged, in: table, &findings)
    }

    static let r8897Q = Rule<CINReturn>(
        "8897Q", "Parental or child factors at assessment information is missing from a completed assessment",
        .query, fields: ["AssessmentAuthorisationDate", "AssessmentFactors"]
    ) { ret, findings in
        guard let year = CINSupportB.censusYear(ret), let start = year.start else { return }
        let valid: Set<String> = [
            "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C",
            "6A", "6B", "6C", "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A",
            "15A", "16A", "17A", "18A", "18B", "18C", "19A", "19B", "19C", "20", "21", "22A", "23A", "24A",
        ]
        let table = ret.assessments, list = ret.assessmentFactors
        let child = table.column("LAchildID"), assessmentID = table.column("AssessmentID")
        let authorised = table.column("AssessmentAuthorisationDate"), factors = table.column("AssessmentFactors")
        let listChild = list.column("LAchildID"), listAssessment = list.column("AssessmentID")
        let factor = list.column("AssessmentFactor")
        // The validator matches factors to an assessment by child and AssessmentID only, so an
        // assessment also sees the factors of same-numbered assessments in the child's other episodes.
        struct Key: Hashable { let child: String, id: String }
        var codes: [Key: [String]] = [:]
        for row in list.rows { codes[Key(child: row[listChild], id: row[listAssessment]), default: []].append(row[factor]) }
        for (index, row) in table.rows.enumerated() {
            guard let day = row.day(authorised), day >= start else { continue }
            let matched = codes[Key(child: row[child], id: row[assessmentID])] ?? []
            if matched.isEmpty || row[factors].isEmpty || matched.contains(where: { !valid.contains($0) }) {
                findings.flag(table, row: index)
            }
        }
    }

    static let r8898 = Rule<CINReturn>(
        "8898",
        " The assessment has more than one parental or child factors with the same code",
        fields: ["AssessmentFactors"]
    ) { ret, findings in
        let table = ret.assessments, list = ret.assessmentFactors
        let child = table.column("LAchildID"), episode = table.column("CINdetailsID")
        let assessmentID = table.column("AssessmentID")
        let listChild = list.column("LAchildID"), listEpisode = list.column("CINdetailsID")
        let listAssessment = list.column("AssessmentID"), factor = list.column("AssessmentFactor")
        struct Key: Hashable { let episode: CINSupportB.EpisodeKey, id: String }
        var recorded: [Key: Int] = [:]
        for row in table.rows {
            recorded[Key(episode: CINSupportB.EpisodeKey(row, child: child, episode: episode), id: row[assessmentID]), default: 0] += 1
        }
        var factorRows: [Key: [Int]] = [:]
        for (index, row) in list.rows.enumerated() {
            let key = Key(episode: CINSupportB.EpisodeKey(row, child: listChild, episode: listEpisode), id: row[listAssessment])
            factorRows[key, default: []].append(index)
        }
        // A code counts twice when it is recorded twice, or when the assessment itself is.
        var failing = Set<Key>()
        for (key, rows) in factorRows {
            guard let times = recorded[key] else { continue }
            var seen = Set<String>()
            if times > 1 || rows.contains(where: { !seen.insert(list.rows[$0][factor]).inserted }) { failing.insert(key) }
        }
        guard !failing.isEmpty else { return }
        for (index, row) in table.rows.enumerated()
        where failing.contains(Key(episode: CINSupportB.EpisodeKey(row, child: child, episode: episode), id: row[assessmentID])) {
            findings.flag(table, row: index)
        }
    }

    static let r8945Q = Rule<CINReturn>(
        "8945Q",
        "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)",
        .query, fields: ["AssessmentFactors"]
    ) { ret, findings in
        CINSupportB.flagFactor("18A", ret.assessments, &findings)
    }

    static let r8950Q = Rule<CINReturn>(
        "8950Q",
        "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead)",
        .query, fields: ["AssessmentFactors"]
    ) { ret, findings in
        CINSupportB.flagFactor("19A", ret.assessments, &findings)
    }
}

extension CINSupportB {
    /// Whether an Assessments row's codes include "21" (no factors identified), and any other
    /// code or none at all.
    static func scanForNoFactors(_ text: String) -> (has21: Bool, hasOther: Bool) {
        if text.isEmpty { return (false, true) }
        if text == "21" { return (true, false) }
        var has21 = false, hasOther = false
        for code in text.split(separator: ",", omittingEmptySubsequences: false) {
            if code == "21" { has21 = true } else { hasOther = true }
        }
        return (has21, hasOther)
    }

    /// Whether a factor code contains "21" anywhere, as the validator's `str.contains("21")`.
    static func contains21(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "2") && byte == UInt8(ascii: "1") { return true }
            previous = byte
        }
        return false
    }

    /// Flags assessments recording `code` (in any case).
    static func flagFactor(_ code: String, _ table: ReturnTable, _ findings: inout Findings) {
        let factors = table.column("AssessmentFactors")
        for (index, row) in table.rows.enumerated()
        where row[factors].split(separator: ",").contains(where: { $0.uppercased() == code }) {
            findings.flag(table, row: index)
        }
    }
}
