import HarbourCore

/// Episode dates, legal statuses with time limits, and respite care.
extension SSDA903Rules {
    private typealias S = SSDA903SupportB

    static let r354 = Rule<SSDA903Return>(
        "354", "Date episode ceased must be on or before the end of the current collection year.",
        fields: ["DECOM"]
    ) { ret, findings in
        let episodes = ret.episodes
        let decom = episodes.column("DECOM")
        let end = ret.collectionEnd
        for (index, row) in episodes.rows.enumerated() {
            if let start = row.day(decom), start > end { findings.flag(episodes, row: index) }
        }
    }

    /// Compares the two dates as written, as the validator does (so two blank dates match).
    static let r355 = Rule<SSDA903Return>(
        "355", "Episode appears to have lasted for less than 24 hours",
        fields: ["DECOM", "DEC"]
    ) { ret, findings in
        let episodes = ret.episodes
        let decom = episodes.column("DECOM"), dec = episodes.column("DEC")
        for (index, row) in episodes.rows.enumerated() where row[decom] == row[dec] {
            findings.flag(episodes, row: index)
        }
    }

    static let r356 = Rule<SSDA903Return>(
        "356", "The date the episode ceased is before the date the same episode started.",
        fields: ["DECOM"]
    ) { ret, findings in
        let episodes = ret.episodes
        let decom = episodes.column("DECOM"), dec = episodes.column("DEC")
        for (index, row) in episodes.rows.enumerated() {
            if let end = row.day(dec), let start = row.day(decom), end < start { findings.flag(episodes, row: index) }
        }
    }

    static let r357 = Rule<SSDA903Return>(
        "357", "If this is the first episode ever for this child, reason for new episode must be S.  Check whether there is an episode immediately preceding this one, which has been left out.  If not the reason for new episode code must be amended to S.",
        fields: ["RNE"]
    ) { ret, findings in
        let episodes = ret.episodes
        let rne = episodes.column("RNE")
        let decoms = S.days(episodes, episodes.column("DECOM"))
        let start = ret.collectionStart
        var flagged: [Int] = []
        for (_, rows) in episodes.groups(by: episodes.column("CHILD")) {
            guard let first = S.earliest(rows, by: decoms), let decom = decoms[first], decom >= start else { continue }
            if S.code(episodes.rows[first][rne]) != "S" { flagged.append(first) }
        }
        S.flag(flagged, in: episodes, &findings)
    }

    static let r358 = Rule<SSDA903Return>(
        "358", "Child with this legal status should not be under 10.",
        fields: ["DECOM", "DOB", "LS"]
    ) { ret, findings in
        let episodes = ret.episodes, header = ret.header
        let headerByChild = header.groups(by: header.column("CHILD"))
        let dobs = S.days(header, header.column("DOB"))
        let child = episodes.column("CHILD"), ls = episodes.column("LS"), decom = episodes.column("DECOM")
        var flaggedEpisodes: [Int] = [], flaggedHeader: [Int] = []
        for (index, row) in episodes.rows.enumerated() where ["J1", "J2", "J3"].contains(S.code(row[ls])) {
            guard let start = row.day(decom) else { continue }
            for headerRow in headerByChild[row[child]] ?? [] {
                guard let birth = dobs[headerRow], S.adding(years: 10, to: birth) >= start else { continue }
                flaggedEpisodes.append(index)
                flaggedHeader.append(headerRow)
            }
        }
        S.flag(flaggedEpisodes, in: episodes, &findings)
        S.flag(flaggedHeader, in: header, &findings)
    }

    static let r359 = Rule<SSDA903Return>(
        "359", "Child being looked after following 18th birthday must be accommodated under section 20(5) of the Children Act 1989 in a community home.",
        fields: ["DEC", "LS", "PLACE"]
    ) { ret, findings in
        let episodes = ret.episodes, header = ret.header
        let end = ret.collectionEnd
        let hChild = header.column("CHILD"), hDob = header.column("DOB")
        var adults: Set<String> = []
        for row in header.rows {
            if let birth = row.day(hDob), S.adding(years: 18, to: birth) < end { adults.insert(row[hChild]) }
        }
        let child = episodes.column("CHILD"), dec = episodes.column("DEC")
        let ls = episodes.column("LS"), place = episodes.column("PLACE")
        for (index, row) in episodes.rows.enumerated() where row[dec].isEmpty && adults.contains(row[child]) {
            if !(S.code(row[ls]) == "V2" && S.code(row[place]) == "K2") { findings.flag(episodes, row: index) }
        }
    }

    /// Runs of consecutive episodes under one legal status for 361 and 362, as the validator
    /// builds them: each child's episodes in start order, an open episode ending at the end of
    /// the collection year, a run continuing while an episode under the status ends on the day
    /// the episode after it starts. Flags every episode of a run spanning more than `days` days.
    private static func flagRuns(of status: String, over days: Int, _ ret: SSDA903Return, _ findings: inout Findings) {
        let episodes = ret.episodes
        let ls = episodes.column("LS")
        let decoms = S.days(episodes, episodes.column("DECOM"))
        let end = ret.collectionEnd
        let decs = S.days(episodes, episodes.column("DEC")).map { $0 ?? end }
        var flagged: [Int] = []
        for (_, rows) in episodes.groups(by: episodes.column("CHILD")) {
            let ordered = S.ordered(rows, by: decoms)
            var run: [Int] = []
            var previousFlowed = false
            func close() {
                let starts = run.compactMap { decoms[$0] }
                if let first = starts.min(), let last = run.map({ decs[$0] }).max(), first.days(until: last) > days {
                    flagged.append(contentsOf: run)
                }
                run = []
            }
            for (position, index) in ordered.enumerated() where S.code(episodes.rows[index][ls]) == status {
                if !previousFlowed { close() }
                run.append(index)
                let next = position + 1 < ordered.count ? decoms[ordered[position + 1]] : nil
                previousFlowed = next == decs[index]
            }
            close()
        }
        S.flag(flagged, in: episodes, &findings)
    }

    static let r361 = Rule<SSDA903Return>(
        "361", "Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989.",
        fields: ["DECOM", "LS", "DEC"]
    ) { ret, findings in
        flagRuns(of: "L1", over: 3, ret, &findings)
    }

    static let r362 = Rule<SSDA903Return>(
        "362", "Emergency protection order (EPO) lasted longer than 21 days",
        fields: ["DECOM", "LS", "DEC"]
    ) { ret, findings in
        flagRuns(of: "L2", over: 21, ret, &findings)
    }

    /// Periods under a legal status for 363 and 364, as the validator builds them: the
    /// status's dated episodes in row order (the validator's sort is not kept), a new period
    /// when the child changes or an episode starts after the previous one ended. Flags every
    /// episode of a period whose episodes add up to more than `days` days.
    private static func flagPeriods(of status: String, over days: Int, _ ret: SSDA903Return, _ findings: inout Findings) {
        let episodes = ret.episodes
        let child = episodes.column("CHILD"), ls = episodes.column("LS")
        let decom = episodes.column("DECOM"), dec = episodes.column("DEC")
        let end = ret.collectionEnd
        var period: [Int] = [], total = 0
        var previous: (child: String, end: Day?)?
        var flagged: [Int] = []
        func close() {
            if total > days { flagged.append(contentsOf: period) }
            period = []
            total = 0
        }
        for (index, row) in episodes.rows.enumerated() where S.code(row[ls]) == status {
            guard let start = row.day(decom) else { continue }
            let finish = row[dec].isEmpty ? end : row.day(dec)
            if let previous, previous.child == row[child], !(previous.end.map { start > $0 } ?? false) {
                // Same period.
            } else {
                close()
            }
            period.append(index)
            if let finish { total += start.days(until: finish) }
            previous = (row[child], finish)
        }
        close()
        S.flag(flagged, in: episodes, &findings)
    }

    static let r363 = Rule<SSDA903Return>(
        "363", "Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.",
        fields: ["LS", "DECOM", "DEC"]
    ) { ret, findings in
        flagPeriods(of: "L3", over: 7, ret, &findings)
    }

    static let r364 = Rule<SSDA903Return>(
        "364", "Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can be detained in custody in Local Authority (LA) accommodation.",
        fields: ["LS", "DECOM", "DEC"]
    ) { ret, findings in
        flagPeriods(of: "J2", over: 21, ret, &findings)
    }

    static let r365 = Rule<SSDA903Return>(
        "365", "Any individual short- term respite placement must not exceed 17 days.",
        fields: ["LS", "DECOM", "DEC"]
    ) { ret, findings in
        let episodes = ret.episodes
        let ls = episodes.column("LS"), decom = episodes.column("DECOM"), dec = episodes.column("DEC")
        let end = ret.collectionEnd
        for (index, row) in episodes.rows.enumerated() where S.code(row[ls]) == "V3" {
            guard let start = row.day(decom), let finish = row[dec].isEmpty ? end : row.day(dec) else { continue }
            if finish > start.adding(days: 17) { findings.flag(episodes, row: index) }
        }
    }

    static let r366 = Rule<SSDA903Return>(
        "366", "A child cannot change placement during the course of an individual short-term respite break.",
        fields: ["RNE"]
    ) { ret, findings in
        let episodes = ret.episodes
        let ls = episodes.column("LS"), rne = episodes.column("RNE")
        for (index, row) in episodes.rows.enumerated() where S.code(row[ls]) == "V3" && S.code(row[rne]) != "S" {
            findings.flag(episodes, row: index)
        }
    }

    static let r367 = Rule<SSDA903Return>(
        "367", "The maximum amount of respite care allowable is 75 days in any 12-month period.",
        fields: ["LS", "DECOM", "DEC"]
    ) { ret, findings in
        let episodes = ret.episodes
        let child = episodes.column("CHILD"), ls = episodes.column("LS")
        let decom = episodes.column("DECOM"), dec = episodes.column("DEC")
        let start = ret.collectionStart, end = ret.collectionEnd
        var spells: [String: [(row: Int, days: Int)]] = [:]
        for (index, row) in episodes.rows.enumerated() where S.code(row[ls]) == "V3" {
            guard var from = row.day(decom) else { continue }
            if from < start { from = start }
            var to: Day
            if row[dec].isEmpty {
                to = end
            } else if let ceased = row.day(dec) {
                to = min(ceased, end)
            } else {
                continue
            }
            let days = from.days(until: to)
            if days > 0 { spells[row[child], default: []].append((index, days)) }
        }
        var flagged: [Int] = []
        for (_, list) in spells where list.reduce(0, { $0 + $1.days }) > 75 {
            flagged.append(contentsOf: list.map(\.row))
        }
        S.flag(flagged, in: episodes, &findings)
    }
}
