import HarbourCore

/// Deprivation of liberty orders (DoLO) made for looked-after children: their dates, how they
/// sit against each other, last year's return and the child's care, and where the child lived.
extension SSDA903Rules {
    private typealias S = SSDA903SupportC

    static let r700 = Rule<SSDA903Return>(
        "700", "The start date of the DoLO is not a valid date.",
        fields: ["DOLO_START"]
    ) { ret, findings in
        let dolo = ret.dolo
        let start = dolo.column("DOLO_START")
        for (index, row) in dolo.rows.enumerated() where row.day(start) == nil { findings.flag(dolo, row: index) }
    }

    static let r701 = Rule<SSDA903Return>(
        "701", "The end date of the DoLO is not a valid date.",
        fields: ["DOLO_END"]
    ) { ret, findings in
        let dolo = ret.dolo
        let end = dolo.column("DOLO_END")
        for (index, row) in dolo.rows.enumerated() where S.has(row, end) && row.day(end) == nil { findings.flag(dolo, row: index) }
    }

    static let r702 = Rule<SSDA903Return>(
        "702", "The date that the DoLO ended is before the date that it started.",
        fields: ["DOLO_START", "DOLO_END"]
    ) { ret, findings in
        let dolo = ret.dolo
        let start = dolo.column("DOLO_START"), end = dolo.column("DOLO_END")
        // The validator also flags an order that ended on the day it started.
        for (index, row) in dolo.rows.enumerated() {
            if let started = row.day(start), let ended = row.day(end), ended <= started { findings.flag(dolo, row: index) }
        }
    }

    static let r703 = Rule<SSDA903Return>(
        "703", "The date that the DoLO started is after the end of the collection year.",
        fields: ["DOLO_START"]
    ) { ret, findings in
        S.flagStartsAfterYear(&findings, ret.dolo, start: "DOLO_START", ret)
    }

    static let r704 = Rule<SSDA903Return>(
        "704", "The date that the DoLO ended is before the start or after the end of the collection year.",
        fields: ["DOLO_END"]
    ) { ret, findings in
        S.flagEndsOutsideYear(&findings, ret.dolo, end: "DOLO_END", ret)
    }

    static let r705 = Rule<SSDA903Return>(
        "705", "A DoLO cannot start when the previous DoLO is still open.",
        fields: ["DOLO_START", "DOLO_END"]
    ) { ret, findings in
        S.flagOverlaps(&findings, ret.dolo, start: "DOLO_START", end: "DOLO_END")
    }

    static let r706 = Rule<SSDA903Return>(
        "706", "There is an open DoLO in last year’s return and there is no corresponding DoLO recorded at the start of this year..",
        fields: ["DOLO_START"]
    ) { ret, findings in
        guard let last = ret.last else { return }
        let dolo = ret.dolo, doloLast = last.dolo
        let child = dolo.column("CHILD"), start = dolo.column("DOLO_START")
        let lastChild = doloLast.column("CHILD"), lastStart = doloLast.column("DOLO_START"), lastEnd = doloLast.column("DOLO_END")
        struct Order: Hashable { let child: String, start: String }
        // The validator matches the orders by their start dates as written.
        let thisYear = Set(dolo.rows.map { Order(child: $0[child], start: $0[start]) })
        var unmatched: [Int] = []
        for (index, row) in doloLast.rows.enumerated() where !S.has(row, lastEnd) {
            if !thisYear.contains(Order(child: row[lastChild], start: row[lastStart])) { unmatched.append(index) }
        }
        // The validator reports last year's unmatched order by its row number but against this
        // year's DoLO table (the row of this year's table at that position), and Harbour follows it.
        S.flag(&findings, dolo, rows: unmatched.filter { $0 < dolo.rows.count })
    }

    static let r707 = Rule<SSDA903Return>(
        "707", "Child ceased to be looked after but there is a DoLO without an end date.",
        fields: ["DOLO_END"]
    ) { ret, findings in
        let dolo = ret.dolo
        let child = dolo.column("CHILD"), start = dolo.column("DOLO_START"), end = dolo.column("DOLO_END")
        let periods = S.periodsOfCare(ret.episodes)
        for (index, row) in dolo.rows.enumerated() {
            guard let started = row.day(start), let care = periods[row[child]] else { continue }
            let ended = row.day(end)
            let outsideEvery = care.allSatisfy { period in
                if let ended {
                    return (period.end.map { ended > $0 } ?? false) || ended < period.start
                }
                return period.end != nil || started < period.start
            }
            if outsideEvery { findings.flag(dolo, row: index) }
        }
    }

    static let r708 = Rule<SSDA903Return>(
        "708", "Dates of DoLOs are before child’s date of birth.",
        fields: ["DOLO_START"]
    ) { ret, findings in
        let dolo = ret.dolo
        let start = dolo.column("DOLO_START"), dob = dolo.column("DOB")
        for (index, row) in dolo.rows.enumerated() {
            if let started = row.day(start), let born = row.day(dob), started <= born { findings.flag(dolo, row: index) }
        }
    }

    /// Each DoLO with both dates given, paired with the child's episodes it overlaps (an episode
    /// still open overlaps any order that ended on or after it began), where the episode's
    /// placement (PLACE) is one `wrong` picks out. Both rows of each pair are flagged.
    private static func overlappingPlacementsC(
        _ ret: SSDA903Return, _ findings: inout Findings, wrong: (String) -> Bool
    ) {
        let dolo = ret.dolo, episodes = ret.episodes
        let child = dolo.column("CHILD"), start = dolo.column("DOLO_START"), end = dolo.column("DOLO_END")
        let episodeChild = episodes.column("CHILD"), decom = episodes.column("DECOM"), dec = episodes.column("DEC")
        let place = episodes.column("PLACE")
        var placements: [String: [(row: Int, start: Day?, end: Day?)]] = [:]
        for (index, row) in episodes.rows.enumerated() where wrong(S.code(row, place)) {
            placements[row[episodeChild], default: []].append((index, row.day(decom), row.day(dec)))
        }
        var flaggedDoLo: [Int] = [], flaggedEpisodes: [Int] = []
        for (index, row) in dolo.rows.enumerated() where S.has(row, start) && S.has(row, end) {
            guard let stays = placements[row[child]] else { continue }
            let started = row.day(start), ended = row.day(end)
            for stay in stays {
                let beganBeforeStayEnded = stay.end == nil || (started.map { from in stay.end.map { from <= $0 } ?? false } ?? false)
                guard beganBeforeStayEnded, let ended, let stayStart = stay.start, ended >= stayStart else { continue }
                flaggedDoLo.append(index)
                flaggedEpisodes.append(stay.row)
            }
        }
        S.flag(&findings, dolo, rows: flaggedDoLo)
        S.flag(&findings, episodes, rows: flaggedEpisodes)
    }

    // The DfE's validator names a PLACEMENT item the Episodes table does not have, so it cannot
    // run 709 or 710; Harbour checks the episode's placement (PLACE) as the DfE's rule intends.
    static let r709 = Rule<SSDA903Return>(
        "709", "Child with a DoLO is in an unexpected placement type.",
        fields: ["DOLO_START", "PLACE"]
    ) { ret, findings in
        overlappingPlacementsC(ret, &findings) { !["K2", "Z12", "Z13"].contains($0) }
    }

    static let r710 = Rule<SSDA903Return>(
        "710", "Child with a DoLO can not be placed in secure children's homes, with parents, young offender institutions, or supported accommodation.",
        fields: ["DOLO_START", "PLACE"]
    ) { ret, findings in
        overlappingPlacementsC(ret, &findings) { ["K1", "P1", "R5", "K3"].contains($0) }
    }
}
