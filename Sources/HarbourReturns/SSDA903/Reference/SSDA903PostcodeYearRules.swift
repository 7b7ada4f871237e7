import HarbourCore

/// The rules comparing where a child was placed at the end of last year with the first episode
/// of this year: PL_LA, PL_LOCATION and PL_DISTANCE, each read through the postcode directory.
extension SSDA903Rules {
    private typealias S = SSDA903SupportB

    /// Each child in both years: this year's first episode (earliest DECOM) and last year's
    /// latest (latest DECOM), as row indices, as the DfE's validator pairs them.
    private struct YearPair {
        let row: Int
        let lastRow: Int
    }

    private static func pairs(_ ret: SSDA903Return) -> [YearPair] {
        guard let last = ret.last?.episodes else { return [] }
        let episodes = ret.episodes
        let decoms = episodes.days(episodes.column("DECOM")), lastDecoms = last.days(last.column("DECOM"))
        let lastGroups = last.groups(by: last.column("CHILD"))
        var out: [YearPair] = []
        for (id, rows) in episodes.groups(by: episodes.column("CHILD")) {
            guard let first = S.earliest(rows, by: decoms), let lastRows = lastGroups[id],
                  let latest = S.latest(lastRows, by: lastDecoms) else { continue }
            out.append(YearPair(row: first, lastRow: latest))
        }
        return out
    }

    /// Whether last year's episode was still open: no DEC that reads as a date.
    private static func openAtYearEnd(_ ret: SSDA903Return, _ lastRow: Int) -> Bool {
        guard let last = ret.last?.episodes else { return false }
        return last.rows[lastRow].day(last.column("DEC")) == nil
    }

    /// Same reason for new episode in both, as the validator compares them (blanks never match).
    private static func sameRNE(_ ret: SSDA903Return, _ pair: YearPair) -> Bool {
        guard let last = ret.last?.episodes else { return false }
        let now = S.code(ret.episodes.rows[pair.row][ret.episodes.column("RNE")])
        return !now.isEmpty && now == S.code(last.rows[pair.lastRow][last.column("RNE")])
    }

    /// Whether two distances differ, as the validator judges it: by 0.2 miles or more, or one
    /// given this year where last year had none.
    private static func distanceChanged(_ now: Double?, _ before: Double?) -> Bool {
        switch (now, before) {
        case let (now?, before?): abs(now - before) >= 0.2
        case (.some, nil): true
        default: false
        }
    }

    private static func flagPairs(_ ret: SSDA903Return, _ findings: inout Findings,
                                  _ flagged: (YearPair, SSDA903Placement, SSDA903Placement) -> Bool) {
        guard let now = SSDA903Placements.current(ret), let before = SSDA903Placements.last(ret) else { return }
        let rows = pairs(ret).filter { flagged($0, now[$0.row], before[$0.lastRow]) }.map(\.row)
        S.flag(rows, in: ret.episodes, &findings)
    }

    static let r452 = Rule<SSDA903Return>(
        "452", "Contradiction between local authority of placement code in the last episode of the previous year and in the first episode of the current year.",
        fields: ["PL_LA"], needs: [.postcodes]
    ) { ret, findings in
        // The validator reads last year's DEC as given here: only a blank one is open.
        guard let last = ret.last?.episodes else { return }
        let lastDec = last.column("DEC")
        flagPairs(ret, &findings) { pair, now, before in
            last.rows[pair.lastRow][lastDec].isEmpty && sameRNE(ret, pair) && now.la != before.la
        }
    }

    static let r453 = Rule<SSDA903Return>(
        "453", "Contradiction between placement distance in the last episode of the previous year and in the first episode of the current year.",
        fields: ["PL_DISTANCE"], needs: [.postcodes]
    ) { ret, findings in
        flagPairs(ret, &findings) { pair, now, before in
            openAtYearEnd(ret, pair.lastRow) && sameRNE(ret, pair) && distanceChanged(now.distance, before.distance)
        }
    }

    static let r503G = Rule<SSDA903Return>(
        "503G", "The distance in first episode does not match open episode at end of last year.",
        fields: ["PL_DISTANCE"], needs: [.postcodes]
    ) { ret, findings in
        flagPairs(ret, &findings) { pair, now, before in
            openAtYearEnd(ret, pair.lastRow) && distanceChanged(now.distance, before.distance)
        }
    }

    static let r503H = Rule<SSDA903Return>(
        "503H", "The placement LA in first episode does not match open episode at end of last year.",
        fields: ["PL_LA"], needs: [.postcodes]
    ) { ret, findings in
        flagPairs(ret, &findings) { pair, now, before in openAtYearEnd(ret, pair.lastRow) && now.la != before.la }
    }

    static let r503J = Rule<SSDA903Return>(
        "503J", "The placement location in first episode does not match open episode at end of last year.",
        fields: ["PL_LOCATION"], needs: [.postcodes, .councilCode]
    ) { ret, findings in
        flagPairs(ret, &findings) { pair, now, before in openAtYearEnd(ret, pair.lastRow) && now.location != before.location }
    }
}
