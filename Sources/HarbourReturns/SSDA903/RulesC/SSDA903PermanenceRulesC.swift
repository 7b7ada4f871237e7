import HarbourCore

/// The permanence arrangement (adoption, special guardianship, child arrangements order) a
/// child had before starting to be looked after (PrevPerm).
extension SSDA903Rules {
    private typealias S = SSDA903SupportC

    /// The DfE's local authority codes, and the codes for the other UK nations, that LA_PERM may hold.
    private static let permanenceAuthoritiesC: Set<String> = Set("""
        800,889,822,301,304,303,330,825,837,302,846,370,350,890,867,380,305,801,351,873,823,895,896,\
        381,909,202,908,331,306,841,830,831,878,371,835,332,840,307,308,811,881,845,390,916,203,876,\
        850,311,204,884,312,205,313,805,919,310,309,420,921,206,207,886,810,382,314,340,888,208,856,\
        383,855,209,925,341,201,821,352,806,887,826,315,929,812,391,926,892,813,802,928,891,392,316,\
        815,353,931,879,836,851,874,807,354,317,870,318,372,857,333,935,343,803,373,342,893,356,355,\
        871,394,334,933,882,936,861,852,319,860,808,393,866,210,357,894,883,880,358,211,937,869,320,\
        359,865,384,335,336,212,868,872,885,344,877,213,938,816,999
        """.split(separator: ",").map(String.init) + ["WAL", "SCO", "NUK", "NIR"])

    /// DATE_PERM as the validator reads it: dd/mm/yyyy where an unknown day may be written ZZ
    /// (read as the last day of the month), an unknown month ZZ (read as a year after the given
    /// day, less a day) and an unknown year ZZZZ (read as 2000).
    static func permanenceDateC(_ text: String) -> Day? {
        let parts = text.uppercased().split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        var bits: [String] = []
        var unknown: Int?
        for (position, part) in parts.enumerated() {
            if part == "ZZ" {
                bits.append("01")
                unknown = position
            } else if part == "ZZZZ" {
                bits.append("2000")
            } else {
                bits.append(String(part))
            }
        }
        guard let day = ReturnDate.parse(bits.joined(separator: "/")) else { return nil }
        switch unknown {
        case 0: return S.adding(months: 1, to: day).adding(days: -1)
        case 1: return S.adding(years: 1, to: day).adding(days: -1)
        default: return day
        }
    }

    static let r630 = Rule<SSDA903Return>(
        "630", "Information on previous permanence option should be returned.",
        fields: ["RNE"]
    ) { ret, findings in
        let episodes = ret.episodes, prevPerm = ret.prevPerm
        let child = episodes.column("CHILD"), rne = episodes.column("RNE"), decom = episodes.column("DECOM")
        let permChild = prevPerm.column("CHILD"), option = prevPerm.column("PREV_PERM")
        let authority = prevPerm.column("LA_PERM"), date = prevPerm.column("DATE_PERM")
        var recorded: [String: Bool] = [:]
        for row in prevPerm.rows {
            let code = S.code(row, option)
            let incomplete = code.isEmpty || (code != "Z1" && (!S.has(row, authority) || !S.has(row, date)))
            recorded[row[permChild], default: false] = recorded[row[permChild], default: false] || incomplete
        }
        let yearStart = ret.collectionStart
        for (index, row) in episodes.rows.enumerated() where S.code(row, rne) == "S" {
            guard let started = row.day(decom), started >= yearStart else { continue }
            // No PrevPerm record for the child, or one with its details incomplete.
            if recorded[row[child]] ?? true { findings.flag(episodes, row: index) }
        }
    }

    static let r631 = Rule<SSDA903Return>(
        "631", "Previous permanence option not a valid value.",
        fields: ["PREV_PERM"]
    ) { ret, findings in
        let prevPerm = ret.prevPerm
        let option = prevPerm.column("PREV_PERM")
        let codes: Set<String> = ["P1", "P2", "P3", "P4", "Z1"]
        for (index, row) in prevPerm.rows.enumerated() where S.has(row, option) && !codes.contains(S.code(row, option)) {
            findings.flag(prevPerm, row: index)
        }
    }

    static let r632 = Rule<SSDA903Return>(
        "632", "Date of previous permanence order not a valid value. NOTE: This rule may result in false negatives where the period of care started before the current collection year",
        fields: ["DATE_PERM", "DECOM"]
    ) { ret, findings in
        let episodes = ret.episodes, prevPerm = ret.prevPerm
        let child = episodes.column("CHILD"), decom = episodes.column("DECOM")
        let permChild = prevPerm.column("CHILD"), date = prevPerm.column("DATE_PERM")
        // Each child's first episode: the first with the earliest start.
        var first: [String: (row: Int, started: Day)] = [:]
        for (index, row) in episodes.rows.enumerated() where !row[child].isEmpty {
            guard let started = row.day(decom) else { continue }
            if let best = first[row[child]], best.started <= started { continue }
            first[row[child]] = (index, started)
        }
        var flaggedEpisodes: [Int] = [], flaggedPrevPerm: [Int] = []
        for (index, row) in prevPerm.rows.enumerated() {
            guard let episode = first[row[permChild]], S.has(row, date) else { continue }
            // An unreadable date, or an order made on or after the day care began.
            if let order = permanenceDateC(row[date]), order < episode.started { continue }
            flaggedEpisodes.append(episode.row)
            flaggedPrevPerm.append(index)
        }
        S.flag(&findings, episodes, rows: flaggedEpisodes)
        S.flag(&findings, prevPerm, rows: flaggedPrevPerm)
    }

    static let r633 = Rule<SSDA903Return>(
        "633", "Local authority code where previous permanence option was arranged is not a valid value.",
        fields: ["LA_PERM"]
    ) { ret, findings in
        let prevPerm = ret.prevPerm
        let authority = prevPerm.column("LA_PERM")
        for (index, row) in prevPerm.rows.enumerated() where S.has(row, authority) && !permanenceAuthoritiesC.contains(S.code(row, authority)) {
            findings.flag(prevPerm, row: index)
        }
    }

    static let r634 = Rule<SSDA903Return>(
        "634", "There are entries for previous permanence options, but child has not started to be looked after from 1 April 2016 onwards.",
        fields: ["LA_PERM", "PREV_PERM", "DATE_PERM", "DECOM"]
    ) { ret, findings in
        let episodes = ret.episodes, prevPerm = ret.prevPerm
        let child = episodes.column("CHILD"), decom = episodes.column("DECOM")
        let permChild = prevPerm.column("CHILD")
        let items = ["PREV_PERM", "DATE_PERM", "LA_PERM"].map { prevPerm.column($0) }
        let episodesByChild = episodes.groups(by: child)
        let yearStart = ret.collectionStart
        var flaggedEpisodes: [Int] = [], flaggedPrevPerm: [Int] = []
        for (index, row) in prevPerm.rows.enumerated() where !row[permChild].isEmpty && items.contains(where: { S.has(row, $0) }) {
            guard let rows = episodesByChild[row[permChild]],
                  let lastStart = rows.compactMap({ episodes.rows[$0].day(decom) }).max(), lastStart < yearStart else { continue }
            flaggedEpisodes += rows
            flaggedPrevPerm.append(index)
        }
        S.flag(&findings, episodes, rows: flaggedEpisodes)
        S.flag(&findings, prevPerm, rows: flaggedPrevPerm)
    }

    static let r635 = Rule<SSDA903Return>(
        "635", "There are entries for date of order and local authority code where previous permanence option was arranged but previous permanence code is Z1",
        fields: ["LA_PERM", "DATE_PERM", "PREV_PERM"]
    ) { ret, findings in
        let prevPerm = ret.prevPerm
        let option = prevPerm.column("PREV_PERM"), authority = prevPerm.column("LA_PERM"), date = prevPerm.column("DATE_PERM")
        // The validator checks for a missing option, not for Z1 as the DfE's message says.
        for (index, row) in prevPerm.rows.enumerated() where (S.has(row, authority) || S.has(row, date)) && !S.has(row, option) {
            findings.flag(prevPerm, row: index)
        }
    }
}
