import HarbourCore

/// The social worker episodes (SWEpisodes): who the child's social worker was, from when to
/// when, and why it changed, across the collection year and the year before it.
extension SSDA903Rules {
    private typealias S = SSDA903SupportC

    static let rSW02STG1 = Rule<SSDA903Return>(
        "SW02STG1", "Social worker ID does not begin with the characters ‘SW’ or ‘XX’.",
        fields: ["SW_ID"]
    ) { ret, findings in
        let episodes = ret.swEpisodes
        let id = episodes.column("SW_ID")
        for (index, row) in episodes.rows.enumerated() {
            let value = S.code(row, id)
            if !(value.hasPrefix("SW") || value.hasPrefix("XX")) || value.count < 4 { findings.flag(episodes, row: index) }
        }
    }

    static let rSW04STG1 = Rule<SSDA903Return>(
        "SW04STG1", "Date social worker episode began is not a valid date..",
        fields: ["SW_DECOM"]
    ) { ret, findings in
        let episodes = ret.swEpisodes
        let decom = episodes.column("SW_DECOM")
        for (index, row) in episodes.rows.enumerated() where S.has(row, decom) && row.day(decom) == nil {
            findings.flag(episodes, row: index)
        }
    }

    static let rSW05STG1 = Rule<SSDA903Return>(
        "SW05STG1", "Date social worker episode began is not a valid date.",
        fields: ["SW_DEC"]
    ) { ret, findings in
        let episodes = ret.swEpisodes
        let dec = episodes.column("SW_DEC")
        for (index, row) in episodes.rows.enumerated() where S.has(row, dec) && row.day(dec) == nil {
            findings.flag(episodes, row: index)
        }
    }

    static let rSW06STG2 = Rule<SSDA903Return>(
        "SW06STG2", "Social worker episode data should be within the social worker data reporting year.",
        fields: ["SW_DECOM"]
    ) { ret, findings in
        let episodes = ret.swEpisodes
        let decom = episodes.column("SW_DECOM")
        let yearEnd = ret.collectionEnd
        for (index, row) in episodes.rows.enumerated() {
            if let started = row.day(decom), started > yearEnd { findings.flag(episodes, row: index) }
        }
    }

    static let rSW07STG2 = Rule<SSDA903Return>(
        "SW07STG2", "Social worker episode end date should be on or after the start of the social worker reporting period, and should be on or before the collection end date.",
        fields: ["SW_DEC"]
    ) { ret, findings in
        let episodes = ret.swEpisodes
        let dec = episodes.column("SW_DEC")
        // The reporting period starts a year before the collection year: the validator takes
        // 365.2425 days off 1 April, so the first day it accepts is 365 days before it.
        let periodStart = ret.collectionStart.adding(days: -365), yearEnd = ret.collectionEnd
        for (index, row) in episodes.rows.enumerated() {
            if let ended = row.day(dec), ended < periodStart || ended > yearEnd { findings.flag(episodes, row: index) }
        }
    }

    static let rSW08STG2 = Rule<SSDA903Return>(
        "SW08STG2", "A new social worker episode has started, but the previous episode has not ended.",
        fields: ["SW_DEC"]
    ) { ret, findings in
        let episodes = ret.swEpisodes
        let child = episodes.column("CHILD"), decom = episodes.column("SW_DECOM"), dec = episodes.column("SW_DEC")
        var flagged: [Int] = []
        for (id, rows) in episodes.groups(by: child) where !id.isEmpty {
            // The child's last episode by start date (one without a readable start counts as last).
            let starts = rows.map { episodes.rows[$0].day(decom) }
            var latest = 0
            for position in 1..<rows.count where S.missingLast(starts[position], starts[latest]) != true { latest = position }
            for (position, index) in rows.enumerated() where position != latest {
                if starts[position] != nil && episodes.rows[index].day(dec) == nil { flagged.append(index) }
            }
        }
        S.flag(&findings, episodes, rows: flagged)
    }

    /// Harbour follows the DfE's text: an episode that ended the day it started lasted less than
    /// 24 hours. The DfE's validator (from 2025-26) flags any episode shorter than three days,
    /// which takes in a real allocation of a day or two; its 2023-24 version flagged the same day only.
    static let rSW09STG2 = Rule<SSDA903Return>(
        "SW09STG2", "Social worker episode appears to have lasted for less than 24 hours.",
        fields: ["SW_DECOM", "SW_DEC"]
    ) { ret, findings in
        let episodes = ret.swEpisodes
        let decom = episodes.column("SW_DECOM"), dec = episodes.column("SW_DEC")
        for (index, row) in episodes.rows.enumerated() {
            if let started = row.day(decom), let ended = row.day(dec), ended == started { findings.flag(episodes, row: index) }
        }
    }

    /// Each social worker episode paired with the child's one before it, by start then end date.
    private static func swPairsC(_ episodes: ReturnTable) -> (pairs: [(previous: Int, current: Int)], starts: [Day?], ends: [Day?]) {
        let decom = episodes.column("SW_DECOM"), dec = episodes.column("SW_DEC")
        let starts = episodes.rows.map { $0.day(decom) }, ends = episodes.rows.map { $0.day(dec) }
        let pairs = S.consecutivePairs(episodes, pairingMissingChild: true, first: { starts[$0] }, second: { ends[$0] })
        return (pairs, starts, ends)
    }

    /// Episodes other than first contacts that start more than 7 days either side of the end of
    /// the child's episode before them (or where either date is missing).
    private static func notWithinAWeekC(_ ret: SSDA903Return, _ findings: inout Findings) {
        let episodes = ret.swEpisodes
        let reason = episodes.column("SW_REASON")
        let (pairs, starts, ends) = swPairsC(episodes)
        var flagged: [Int] = []
        for (previous, current) in pairs where S.code(episodes.rows[current], reason) != "FCONTA" {
            guard let started = starts[current], let previousEnd = ends[previous],
                  abs(previousEnd.days(until: started)) <= 7 else { flagged.append(current); continue }
        }
        // When no episode has a child id, the validator also pairs the first episode with an
        // empty one before it, and so flags it unless it is a first contact.
        let child = episodes.column("CHILD")
        if !episodes.rows.isEmpty, episodes.rows.allSatisfy({ $0[child].isEmpty }) {
            let first = episodes.rows.indices.min { a, b in
                if let order = S.missingLast(starts[a], starts[b]) { return order }
                if let order = S.missingLast(ends[a], ends[b]) { return order }
                return a < b
            }!
            if S.code(episodes.rows[first], reason) != "FCONTA" { flagged.append(first) }
        }
        S.flag(&findings, episodes, rows: flagged)
    }

    static let rSW10STG2 = Rule<SSDA903Return>(
        "SW10STG2", "A new social worker episode has started before the end date of the previous social worker episode.",
        fields: ["SW_DECOM"]
    ) { ret, findings in
        notWithinAWeekC(ret, &findings)
    }

    static let rSW10aSTG2 = Rule<SSDA903Return>(
        "SW10aSTG2", "A new social worker episode has started and it is not within +/- 7 days of a previous episode.",
        fields: ["SW_DECOM"]
    ) { ret, findings in
        notWithinAWeekC(ret, &findings)
    }

    static let rSW10bSTG2 = Rule<SSDA903Return>(
        "SW10bSTG2", "A new social worker episode has started with a reason of first contact before the previous episode has ended.",
        fields: ["SW_DECOM", "SW_REASON"]
    ) { ret, findings in
        let episodes = ret.swEpisodes
        let reason = episodes.column("SW_REASON")
        let (pairs, starts, ends) = swPairsC(episodes)
        var flagged: [Int] = []
        for (previous, current) in pairs where S.code(episodes.rows[current], reason) == "FCONTA" {
            if let started = starts[current], let previousEnd = ends[previous], started <= previousEnd { flagged.append(current) }
        }
        S.flag(&findings, episodes, rows: flagged)
    }

    static let rSW11bSTG2 = Rule<SSDA903Return>(
        "SW11bSTG2", "Social worker episode has ended before 31 March and no subsequent social worker episode has been provided.",
        fields: ["SW_DEC"]
    ) { ret, findings in
        let episodes = ret.swEpisodes
        let child = episodes.column("CHILD"), decom = episodes.column("SW_DECOM"), dec = episodes.column("SW_DEC")
        let starts = episodes.rows.map { $0.day(decom) }, ends = episodes.rows.map { $0.day(dec) }
        // Ended in the last five days of the collection year.
        let yearEnd = ret.collectionEnd, windowStart = yearEnd.adding(days: -5)
        func lateEnd(_ index: Int) -> Bool { ends[index].map { $0 >= windowStart && $0 <= yearEnd } ?? false }
        var flagged: [Int] = []
        for (id, rows) in episodes.groups(by: child) {
            if !id.isEmpty && rows.count == 1 && lateEnd(rows[0]) { flagged.append(rows[0]) }
            guard rows.count > 1 else { continue }
            // By start date, missing starts last, ties in row order.
            let ascending = rows.sorted { a, b in S.missingLast(starts[a], starts[b]) ?? (a < b) }
            for position in 1..<ascending.count {
                let previous = ascending[position - 1], current = ascending[position]
                // An episode with no start following one that ended late in the year.
                if lateEnd(previous) && starts[current] == nil { flagged.append(current) }
            }
            // By start date latest first, missing starts still last, ties in row order.
            let descending = rows.sorted { a, b in
                switch (starts[a], starts[b]) {
                case let (x?, y?) where x != y: return x > y
                case (nil, _?): return false
                case (_?, nil): return true
                default: return a < b
                }
            }
            for position in 1..<descending.count {
                let later = descending[position - 1], earlier = descending[position]
                // A later episode that ended late in the year with no episode after it.
                if lateEnd(later), let started = starts[earlier], let ended = ends[later], started < ended { flagged.append(later) }
            }
        }
        S.flag(&findings, episodes, rows: flagged)
    }

    /// Harbour follows the DfE's text: a child looked after on 31 March (other than on short
    /// breaks, V3/V4) has social worker episodes reported for the year, also from before care.
    /// What the return can show is a social worker episode running on the day the child's
    /// current period of care began (RNE S), or on 1 April when it began before the year; the
    /// child's open episode is flagged without one. The DfE's validator instead flags every
    /// open episode whose RNE is not S, and every start or end of care with a social worker
    /// episode starting on the wrong side of it, whatever episodes are recorded.
    static let rSW12STG2 = Rule<SSDA903Return>(
        "SW12STG2", "If a child is looked after on 31 March then all social worker episodes for the full previous year should be reported, even those whilst they were not looked after",
        fields: ["SW_DECOM"]
    ) { ret, findings in
        let episodes = ret.episodes, sw = ret.swEpisodes
        let child = episodes.column("CHILD"), decom = episodes.column("DECOM"), dec = episodes.column("DEC")
        let ls = episodes.column("LS"), rne = episodes.column("RNE")
        let swDecom = sw.column("SW_DECOM"), swDec = sw.column("SW_DEC")
        let swRows = sw.groups(by: sw.column("CHILD"))
        let yearStart = ret.collectionStart, yearEnd = ret.collectionEnd
        var flagged: [Int] = []
        for (id, rows) in episodes.groups(by: child) where !id.isEmpty {
            // The child's episode open at 31 March, if any, and not a short break.
            guard let open = rows.last(where: { index in
                let row = episodes.rows[index]
                return row.day(decom).map { $0 <= yearEnd } == true && row.day(dec).map { $0 > yearEnd } ?? true
            }), !["V3", "V4"].contains(S.code(episodes.rows[open], ls)), let openStart = episodes.rows[open].day(decom)
            else { continue }
            // The start of that period of care: its latest episode starting to be looked after.
            let careStart = rows.compactMap { index -> Day? in
                let row = episodes.rows[index]
                guard S.code(row, rne) == "S", let started = row.day(decom), started <= openStart else { return nil }
                return started
            }.max()
            let from = max(careStart ?? yearStart, yearStart)
            let covered = (swRows[id] ?? []).contains { index in
                let row = sw.rows[index]
                guard let started = row.day(swDecom), started <= from else { return false }
                return row.day(swDec).map { $0 >= from } ?? true
            }
            if !covered { flagged.append(open) }
        }
        S.flag(&findings, episodes, rows: flagged)
    }

    static let rSW13STG1 = Rule<SSDA903Return>(
        "SW13STG1", "The reason for social worker change is not valid.",
        fields: ["SW_REASON"]
    ) { ret, findings in
        let episodes = ret.swEpisodes
        let decom = episodes.column("SW_DECOM"), reason = episodes.column("SW_REASON")
        let reasons: Set<String> = ["MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "SWDIED", "OTHERS"]
        // The validator stops on a start date it cannot read, and then reports nothing.
        guard episodes.rows.allSatisfy({ !S.has($0, decom) || $0.day(decom) != nil }) else { return }
        let required = Day(year: 2023, month: 4, day: 1)!
        for (index, row) in episodes.rows.enumerated() {
            let value = S.code(row, reason)
            let wrong = value.isEmpty ? (row.day(decom).map { $0 >= required } ?? false) : !reasons.contains(value)
            if wrong { findings.flag(episodes, row: index) }
        }
    }

    static let rSW17STG2 = Rule<SSDA903Return>(
        "SW17STG2", "There is no social worker episode open at 31 March",
        fields: ["SW_DEC", "SW_DECOM"]
    ) { ret, findings in
        let episodes = ret.swEpisodes
        let child = episodes.column("CHILD"), decom = episodes.column("SW_DECOM"), dec = episodes.column("SW_DEC")
        var flagged: [Int] = []
        for (_, rows) in episodes.groups(by: child) {
            // The child's latest episode: the first with the latest start, or the first when no start can be read.
            var latest = rows[0], latestStart = episodes.rows[rows[0]].day(decom)
            for index in rows.dropFirst() {
                let started = episodes.rows[index].day(decom)
                if let started, latestStart.map({ started > $0 }) ?? true { latest = index; latestStart = started }
            }
            if S.has(episodes.rows[latest], dec) { flagged.append(latest) }
        }
        S.flag(&findings, episodes, rows: flagged)
    }

    static let rSW18STG2 = Rule<SSDA903Return>(
        "SW18STG2", "The end date of the social worker episode is before the start date",
        fields: ["SW_DEC", "SW_DECOM"]
    ) { ret, findings in
        let episodes = ret.swEpisodes
        let decom = episodes.column("SW_DECOM"), dec = episodes.column("SW_DEC")
        // The validator also flags an episode that ended on the day it started.
        for (index, row) in episodes.rows.enumerated() {
            if let started = row.day(decom), let ended = row.day(dec), ended <= started { findings.flag(episodes, row: index) }
        }
    }

    static let rSW19STG2 = Rule<SSDA903Return>(
        "SW19STG2", "There are 2 social worker episodes for the child starting on the same date.",
        fields: ["SW_DEC", "SW_DECOM"]
    ) { ret, findings in
        let episodes = ret.swEpisodes
        let child = episodes.column("CHILD"), decom = episodes.column("SW_DECOM")
        struct Start: Hashable { let child: String, start: String }
        // The validator compares the start dates as written and keeps the first of each.
        var seen = Set<Start>()
        for (index, row) in episodes.rows.enumerated() where !seen.insert(Start(child: row[child], start: row[decom])).inserted {
            findings.flag(episodes, row: index)
        }
    }
}
