import HarbourCore

/// How each episode follows the one before it, reviews and ages, and UPNs.
extension SSDA903Rules {
    private typealias S = SSDA903SupportB

    /// Calls `check` with each episode and the one before it for the same child, in the
    /// validator's order (by start date, undated last).
    private static func eachWithPrevious(_ episodes: ReturnTable, _ check: (_ current: Int, _ previous: Int) -> Void) {
        let decoms = S.days(episodes, episodes.column("DECOM"))
        for rows in S.sequences(episodes, by: decoms) where rows.count > 1 {
            for position in 1..<rows.count { check(rows[position], rows[position - 1]) }
        }
    }

    static let r431 = Rule<SSDA903Return>(
        "431", "The reason for new episode is started to be looked after, but the previous episode ended on the same day.",
        fields: ["RNE", "DECOM"]
    ) { ret, findings in
        let episodes = ret.episodes
        let rne = episodes.column("RNE"), decom = episodes.column("DECOM"), dec = episodes.column("DEC")
        var flagged: [Int] = []
        eachWithPrevious(episodes) { current, previous in
            let row = episodes.rows[current]
            guard S.code(row[rne]) == "S", let start = row.day(decom), let ended = episodes.rows[previous].day(dec) else { return }
            if start <= ended { flagged.append(current) }
        }
        S.flag(flagged, in: episodes, &findings)
    }

    static let r432 = Rule<SSDA903Return>(
        "432", "The child ceased to be looked after at the end of the previous episode but the reason for the new episode is not started to be looked after.",
        fields: ["RNE"]
    ) { ret, findings in
        let episodes = ret.episodes
        let rne = episodes.column("RNE"), rec = episodes.column("REC")
        let leftCare: Set<String> = [
            "E2", "E3", "E4A", "E4B", "E5", "E6", "E7", "E8", "E9", "E11",
            "E12", "E13", "E14", "E15", "E16", "E17", "E41", "E45", "E46", "E47", "E48",
        ]
        var flagged: [Int] = []
        eachWithPrevious(episodes) { current, previous in
            if leftCare.contains(S.code(episodes.rows[previous][rec])) && S.code(episodes.rows[current][rne]) != "S" {
                flagged.append(current)
            }
        }
        S.flag(flagged, in: episodes, &findings)
    }

    /// Compares the dates as written, as the validator does.
    static let r433 = Rule<SSDA903Return>(
        "433", "The reason for new episode suggests that this is a continuation episode, but the episode does not start on the same day as the last episode finished.",
        fields: ["RNE", "DECOM"]
    ) { ret, findings in
        let episodes = ret.episodes
        let rne = episodes.column("RNE"), decom = episodes.column("DECOM"), dec = episodes.column("DEC")
        let decoms = S.days(episodes, decom), decs = S.days(episodes, dec)
        var flagged: [Int] = []
        for rows in S.sequences(episodes, by: decoms, then: decs) where rows.count > 1 {
            for position in 1..<rows.count {
                let row = episodes.rows[rows[position]]
                guard ["P", "L", "T", "U", "B"].contains(S.code(row[rne])) else { continue }
                let previousEnd = episodes.rows[rows[position - 1]][dec]
                if previousEnd.isEmpty || row[decom].isEmpty || previousEnd != row[decom] { flagged.append(rows[position]) }
            }
        }
        S.flag(flagged, in: episodes, &findings)
    }

    /// The placement items compared by 434, 435 and 436.
    private static let placementItems = ["PLACE", "PL_POST", "URN", "PLACE_PROVIDER"]

    static let r434 = Rule<SSDA903Return>(
        "434", "Reason for new episode is that child's legal status has changed but not the placement, but this is not reflected in the episode data.",
        fields: ["RNE", "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER"]
    ) { ret, findings in
        let episodes = ret.episodes
        let rne = episodes.column("RNE"), ls = episodes.column("LS")
        let items = placementItems.map(episodes.column)
        var flagged: [Int] = []
        eachWithPrevious(episodes) { current, previous in
            let row = episodes.rows[current], before = episodes.rows[previous]
            guard S.code(row[rne]) == "L" else { return }
            let sameStatus = !row[ls].isEmpty && S.code(row[ls]) == S.code(before[ls])
            let placementChanged = items.contains { S.code(row[$0]) != S.code(before[$0]) }
            if sameStatus || placementChanged { flagged.append(current) }
        }
        S.flag(flagged, in: episodes, &findings)
    }

    static let r435 = Rule<SSDA903Return>(
        "435", "Reason for new episode is that child’s placement has changed but not the legal status, but this is not reflected in the episode data recorded.",
        fields: ["LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER"]
    ) { ret, findings in
        let episodes = ret.episodes
        let rne = episodes.column("RNE"), ls = episodes.column("LS")
        let items = placementItems.map(episodes.column)
        var flagged: [Int] = []
        eachWithPrevious(episodes) { current, previous in
            let row = episodes.rows[current], before = episodes.rows[previous]
            guard ["P", "T"].contains(S.code(row[rne])) else { return }
            // Blank items never match, as in the validator.
            let statusChanged = row[ls].isEmpty || before[ls].isEmpty || S.code(row[ls]) != S.code(before[ls])
            let placementSame = items.allSatisfy { !row[$0].isEmpty && S.code(row[$0]) == S.code(before[$0]) }
            if statusChanged || placementSame { flagged.append(current) }
        }
        S.flag(flagged, in: episodes, &findings)
    }

    static let r436 = Rule<SSDA903Return>(
        "436", "Reason for new episode is that both child’s placement and legal status have changed, but this is not reflected in the episode data.",
        fields: ["RNE", "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER"]
    ) { ret, findings in
        let episodes = ret.episodes
        let rne = episodes.column("RNE"), ls = episodes.column("LS")
        let items = placementItems.map(episodes.column)
        var flagged: [Int] = []
        eachWithPrevious(episodes) { current, previous in
            let row = episodes.rows[current], before = episodes.rows[previous]
            guard ["U", "B"].contains(S.code(row[rne])) else { return }
            // Blank items match each other, as in the validator.
            let sameStatus = S.code(row[ls]) == S.code(before[ls])
            let placementSame = items.allSatisfy { S.code(row[$0]) == S.code(before[$0]) }
            if sameStatus || placementSame { flagged.append(current) }
        }
        S.flag(flagged, in: episodes, &findings)
    }

    static let r437 = Rule<SSDA903Return>(
        "437", "Reason episode ceased is child has died or is aged 18 or over but there are further episodes.",
        fields: ["REC"]
    ) { ret, findings in
        let episodes = ret.episodes
        let rec = episodes.column("REC")
        let decoms = S.days(episodes, episodes.column("DECOM"))
        var flagged: [Int] = []
        for rows in S.sequences(episodes, by: decoms) {
            for index in rows.dropLast() where decoms[index] != nil && ["E2", "E15"].contains(S.code(episodes.rows[index][rec])) {
                flagged.append(index)
            }
        }
        S.flag(flagged, in: episodes, &findings)
    }

    static let r440 = Rule<SSDA903Return>(
        "440", "Participation method indicates child was under 4 years old at the time of the review, but date of birth and review date indicates the child was 4 years old or over.",
        fields: ["DOB", "REVIEW", "REVIEW_CODE"]
    ) { ret, findings in
        let reviews = ret.reviews
        let dob = reviews.column("DOB"), review = reviews.column("REVIEW"), code = reviews.column("REVIEW_CODE")
        for (index, row) in reviews.rows.enumerated() where S.code(row[code]) == "PN0" {
            guard let birth = row.day(dob), let held = row.day(review) else { continue }
            if held > S.adding(years: 4, to: birth) { findings.flag(reviews, row: index) }
        }
    }

    static let r441 = Rule<SSDA903Return>(
        "441", "Participation method indicates child was 4 years old or over at the time of the review, but the date of birth and review date indicates the child was under 4 years old.",
        fields: ["DOB", "REVIEW", "REVIEW_CODE"]
    ) { ret, findings in
        let reviews = ret.reviews
        let dob = reviews.column("DOB"), review = reviews.column("REVIEW"), code = reviews.column("REVIEW_CODE")
        let participation: Set<String> = ["PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"]
        for (index, row) in reviews.rows.enumerated() where participation.contains(S.code(row[code])) {
            guard let birth = row.day(dob), let held = row.day(review) else { continue }
            if held < S.adding(years: 4, to: birth) { findings.flag(reviews, row: index) }
        }
    }

    static let r442 = Rule<SSDA903Return>(
        "442", "Unique Pupil Number (UPN) field is not completed.",
        fields: ["UPN"]
    ) { ret, findings in
        let episodes = ret.episodes
        let eChild = episodes.column("CHILD"), ls = episodes.column("LS")
        var lookedAfter: Set<String> = []
        for row in episodes.rows where !["V3", "V4"].contains(S.code(row[ls])) { lookedAfter.insert(row[eChild]) }
        let header = ret.header
        let child = header.column("CHILD"), upn = header.column("UPN")
        for (index, row) in header.rows.enumerated() where row[upn].isEmpty && lookedAfter.contains(row[child]) {
            findings.flag(header, row: index)
        }
    }

    static let r444 = Rule<SSDA903Return>(
        "444", "Duplicate UPN has been reported",
        fields: ["UPN"]
    ) { ret, findings in
        let header = ret.header
        let upn = header.column("UPN")
        let exempt: Set<String> = ["UN1", "UN2", "UN3", "UN4", "UN5"]
        var counts: [String: Int] = [:]
        let upns = S.codes(header, upn)
        for value in upns where !value.isEmpty && !exempt.contains(value) { counts[value, default: 0] += 1 }
        for (index, value) in upns.enumerated() where (counts[value] ?? 0) > 1 { findings.flag(header, row: index) }
    }

    static let r446 = Rule<SSDA903Return>(
        "446", "E1 is not a valid code for episodes starting before December 2005.",
        fields: ["LS", "DECOM"]
    ) { ret, findings in
        let episodes = ret.episodes
        let ls = episodes.column("LS"), decom = episodes.column("DECOM")
        let introduced = Day(year: 2005, month: 12, day: 1)!
        for (index, row) in episodes.rows.enumerated() where S.code(row[ls]) == "E1" {
            if let start = row.day(decom), start < introduced { findings.flag(episodes, row: index) }
        }
    }

    static let r460 = Rule<SSDA903Return>(
        "460", "Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged under 18.",
        fields: ["DEC", "REC"]
    ) { ret, findings in
        let header = ret.header
        let hChild = header.column("CHILD"), hDob = header.column("DOB")
        var eighteenths: [String: [Day]] = [:]
        for row in header.rows {
            if let birth = row.day(hDob) { eighteenths[row[hChild], default: []].append(S.adding(years: 18, to: birth)) }
        }
        let episodes = ret.episodes
        let child = episodes.column("CHILD"), rec = episodes.column("REC"), dec = episodes.column("DEC")
        for (index, row) in episodes.rows.enumerated() where S.code(row[rec]) == "E17" {
            guard let ceased = row.day(dec) else { continue }
            if (eighteenths[row[child]] ?? []).contains(where: { $0 > ceased }) { findings.flag(episodes, row: index) }
        }
    }

    static let r501 = Rule<SSDA903Return>(
        "501", "A new episode has started before the end date of the previous episode.",
        fields: ["DECOM", "DEC"]
    ) { ret, findings in
        let episodes = ret.episodes
        let decom = episodes.column("DECOM"), dec = episodes.column("DEC")
        var flagged: [Int] = []
        eachWithPrevious(episodes) { current, previous in
            guard let start = episodes.rows[current].day(decom), let ended = episodes.rows[previous].day(dec) else { return }
            if start < ended { flagged.append(current) }
        }
        S.flag(flagged, in: episodes, &findings)
    }

    /// Each child's first episode this year (earliest start; children with no dated episode
    /// are left out).
    private static func firstEpisodes(_ episodes: ReturnTable, _ decoms: [Day?]) -> [String: Int] {
        var first: [String: Int] = [:]
        for (id, rows) in episodes.groups(by: episodes.column("CHILD")) {
            if let row = S.earliest(rows, by: decoms) { first[id] = row }
        }
        return first
    }

    static let r502 = Rule<SSDA903Return>(
        "502", "Last year's record ended with an open episode. The date on which that episode started does not match the start date of the first episode on this year’s record.",
        fields: ["DECOM"]
    ) { ret, findings in
        guard let last = ret.last?.episodes else { return }
        let episodes = ret.episodes
        let decoms = S.days(episodes, episodes.column("DECOM"))
        let lastChild = last.column("CHILD"), lastDecom = last.column("DECOM"), lastDec = last.column("DEC")
        var openStarts: [String: [Day?]] = [:]
        for row in last.rows where row[lastDec].isEmpty { openStarts[row[lastChild], default: []].append(row.day(lastDecom)) }
        var flagged: [Int] = []
        for (id, row) in firstEpisodes(episodes, decoms) {
            if (openStarts[id] ?? []).contains(where: { $0 == nil || $0 != decoms[row] }) { flagged.append(row) }
        }
        S.flag(flagged, in: episodes, &findings)
    }

    /// 503A to 503F: the child's first episode this year differs in `item` from last year's
    /// latest episode, when that was still open (no readable end date). Blank matches blank.
    private static func flagChangedSinceLastYear(_ item: String, _ ret: SSDA903Return, _ findings: inout Findings) {
        guard let last = ret.last?.episodes else { return }
        let episodes = ret.episodes
        let decoms = S.days(episodes, episodes.column("DECOM"))
        let lastDecoms = S.days(last, last.column("DECOM"))
        let value = episodes.column(item), lastValue = last.column(item), lastDec = last.column("DEC")
        var latest: [String: Int] = [:]
        for (id, rows) in last.groups(by: last.column("CHILD")) {
            if let row = S.latest(rows, by: lastDecoms) { latest[id] = row }
        }
        var flagged: [Int] = []
        for (id, row) in firstEpisodes(episodes, decoms) {
            guard let previous = latest[id], last.rows[previous].day(lastDec) == nil else { continue }
            let now = S.code(episodes.rows[row][value]), before = S.code(last.rows[previous][lastValue])
            guard now != before else { continue }
            if item == "PLACE" {
                // The validator's allowances for placement types retired in those years.
                let year = ret.collectionYear
                if (year == 2024 || year == 2025) && now == "K3" && before == "H5" { continue }
                if year == 2026 && ["Z11", "Z12", "Z13", "Z14"].contains(now) && before == "Z1" { continue }
            }
            flagged.append(row)
        }
        S.flag(flagged, in: episodes, &findings)
    }

    static let r503A = Rule<SSDA903Return>(
        "503A", "The reason for new episode in the first episode does not match open episode at end of last year.",
        fields: ["RNE"]
    ) { ret, findings in
        flagChangedSinceLastYear("RNE", ret, &findings)
    }

    static let r503B = Rule<SSDA903Return>(
        "503B", "The legal status in the first episode does not match open episode at end of last year.",
        fields: ["LS"]
    ) { ret, findings in
        flagChangedSinceLastYear("LS", ret, &findings)
    }

    static let r503C = Rule<SSDA903Return>(
        "503C", "The category of need in the first episode does not match open episode at end of last year.",
        fields: ["CIN"]
    ) { ret, findings in
        flagChangedSinceLastYear("CIN", ret, &findings)
    }

    static let r503D = Rule<SSDA903Return>(
        "503D", "The placement type in the first episode does not match open episode at end of last year",
        fields: ["PLACE"]
    ) { ret, findings in
        flagChangedSinceLastYear("PLACE", ret, &findings)
    }

    static let r503E = Rule<SSDA903Return>(
        "503E", "The placement provider in the first episode does not match open episode at end of last year.",
        fields: ["PLACE_PROVIDER"]
    ) { ret, findings in
        flagChangedSinceLastYear("PLACE_PROVIDER", ret, &findings)
    }

    static let r503F = Rule<SSDA903Return>(
        "503F", "The Ofsted URN in the  first episode does not match open episode at end of last year.",
        fields: ["URN"]
    ) { ret, findings in
        flagChangedSinceLastYear("URN", ret, &findings)
    }

    static let r504 = Rule<SSDA903Return>(
        "504", "The category of need code differs from that reported at start of current period of being looked after",
        fields: ["CIN"]
    ) { ret, findings in
        let episodes = ret.episodes
        let cin = episodes.column("CIN"), rec = episodes.column("REC"), decom = episodes.column("DECOM"), dec = episodes.column("DEC")
        var flagged: [Int] = []
        eachWithPrevious(episodes) { current, previous in
            let row = episodes.rows[current], before = episodes.rows[previous]
            guard S.code(before[rec]) == "X1", let ended = before.day(dec), ended == row.day(decom) else { return }
            if row[cin].isEmpty || before[cin].isEmpty || S.code(row[cin]) != S.code(before[cin]) { flagged.append(current) }
        }
        S.flag(flagged, in: episodes, &findings)
    }
}
