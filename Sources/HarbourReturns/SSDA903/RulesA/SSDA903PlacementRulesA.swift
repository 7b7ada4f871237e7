import HarbourCore

/// Rules on a child's sequence of episodes and on placement items (provider, URN, reason for
/// placement change) that depend on the placement type.
extension SSDA903Rules {
    private typealias Support = SSDA903SupportA

    private static let temporaryPlacements: Set<String> = ["T0", "T1", "T2", "T3", "T4"]

    /// Each child's episodes ordered by start date, episodes with no readable start last, as the
    /// validator sorts them; children with no CHILD are left out.
    private static func episodesInOrder(_ episodes: ReturnTable) -> [[Int]] {
        let decom = episodes.column("DECOM")
        var groups = Support.rowsByChild(episodes)
        groups[""] = nil
        return groups.values.map { rows in
            rows.map { ($0, episodes.rows[$0].day(decom)) }.sorted { a, b in
                switch (a.1, b.1) {
                case let (x?, y?): return x != y ? x < y : a.0 < b.0
                case (.some, nil): return true
                case (nil, .some): return false
                case (nil, nil): return a.0 < b.0
                }
            }.map(\.0)
        }
    }

    static let r142 = Rule<SSDA903Return>(
        "142", "A new episode has started, but the previous episode has not ended.", fields: ["DEC", "REC"]
    ) { ret, findings in
        let episodes = ret.episodes
        let decom = episodes.column("DECOM"), dec = episodes.column("DEC"), rec = episodes.column("REC")
        var flagged: [Int] = []
        for rows in episodesInOrder(episodes) {
            // The last episode (by start date, an episode with no start counting as latest) may be open.
            for index in rows.dropLast() {
                let row = episodes.rows[index]
                if row.day(decom) != nil && (row.day(dec) == nil || !Support.has(row, rec)) { flagged.append(index) }
            }
        }
        Support.flag(flagged, in: episodes, &findings)
    }

    static let r213 = Rule<SSDA903Return>(
        "213", "Placement provider information not required.", fields: ["PLACE_PROVIDER"]
    ) { ret, findings in
        let episodes = ret.episodes
        let place = episodes.column("PLACE"), provider = episodes.column("PLACE_PROVIDER")
        let noProvider = temporaryPlacements.union(["Z11", "Z12", "Z13", "Z14"])
        for (index, row) in episodes.rows.enumerated()
        where noProvider.contains(Support.code(row, place)) && Support.has(row, provider) {
            findings.flag(episodes, row: index)
        }
    }

    static let r214 = Rule<SSDA903Return>(
        "214", "Placement location information not required.", fields: ["PL_POST", "URN"]
    ) { ret, findings in
        let episodes = ret.episodes
        let ls = episodes.column("LS"), postcode = episodes.column("PL_POST"), urn = episodes.column("URN")
        for (index, row) in episodes.rows.enumerated()
        where ["V3", "V4"].contains(Support.code(row, ls)) && (Support.has(row, postcode) || Support.has(row, urn)) {
            findings.flag(episodes, row: index)
        }
    }

    static let r217 = Rule<SSDA903Return>(
        "217", "Children who are placed for adoption with current foster carers (placement types A3 or A5) must have a reason for new episode of S, T or U.",
        fields: ["PLACE", "DECOM", "RNE"]
    ) { ret, findings in
        let episodes = ret.episodes
        let place = episodes.column("PLACE"), decom = episodes.column("DECOM"), rne = episodes.column("RNE")
        let from = Day(year: 2015, month: 4, day: 1)!
        for (index, row) in episodes.rows.enumerated() where ["A3", "A5"].contains(Support.code(row, place)) {
            if row.day(decom).map({ $0 >= from }) == true, !["S", "T", "U"].contains(Support.code(row, rne)) {
                findings.flag(episodes, row: index)
            }
        }
    }

    static let r222 = Rule<SSDA903Return>(
        "222", "Ofsted Unique reference number (URN) should not be recorded for this placement type.", fields: ["URN"]
    ) { ret, findings in
        let episodes = ret.episodes
        let place = episodes.column("PLACE"), urn = episodes.column("URN")
        let codes: Set<String> = ["P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14"]
        for (index, row) in episodes.rows.enumerated() where codes.contains(Support.code(row, place)) {
            if Support.has(row, urn), Support.code(row, urn) != "XXXXXXX" { findings.flag(episodes, row: index) }
        }
    }

    static let r225 = Rule<SSDA903Return>(
        "225", "Reason for placement change must be recorded.", fields: ["REASON_PLACE_CHANGE"]
    ) { ret, findings in
        let episodes = ret.episodes
        let rec = episodes.column("REC"), reason = episodes.column("REASON_PLACE_CHANGE")
        let place = episodes.column("PLACE"), rne = episodes.column("RNE")
        var flagged: [Int] = []
        for rows in episodesInOrder(episodes) where rows.count > 1 {
            for (index, next) in zip(rows, rows.dropFirst()) {
                let row = episodes.rows[index], following = episodes.rows[next]
                if Support.code(row, rec) == "X1", !Support.has(row, reason),
                   !temporaryPlacements.contains(Support.code(row, place)),
                   ["P", "B", "T", "U"].contains(Support.code(following, rne)),
                   !temporaryPlacements.contains(Support.code(following, place)) {
                    flagged.append(index)
                }
            }
        }
        Support.flag(flagged, in: episodes, &findings)
    }

    static let r226 = Rule<SSDA903Return>(
        "226", "Reason for placement change is not required for temporary placements.",
        fields: ["REASON_PLACE_CHANGE", "PLACE"]
    ) { ret, findings in
        let episodes = ret.episodes
        let reason = episodes.column("REASON_PLACE_CHANGE"), place = episodes.column("PLACE")
        var flagged: [Int] = []
        // Rows with no CHILD have no previous episode.
        var previous: [Int: Int] = [:]
        for rows in episodesInOrder(episodes) {
            for (earlier, index) in zip(rows, rows.dropFirst()) { previous[index] = earlier }
        }
        for (index, row) in episodes.rows.enumerated() where temporaryPlacements.contains(Support.code(row, place)) {
            let previousReason = previous[index].map { Support.has(episodes.rows[$0], reason) } ?? false
            if Support.has(row, reason) || previousReason { flagged.append(index) }
        }
        Support.flag(flagged, in: episodes, &findings)
    }

    /// The validator skips this rule: it reads an item (DATE_EPISODE_CEASED) the return does not
    /// have. Harbour checks it as the DfE states it, with DEC as the date the episode ceased.
    static let r233 = Rule<SSDA903Return>(
        "233", "Reason for placement change is not required when the episode has not ceased.",
        fields: ["REASON_PLACE_CHANGE"]
    ) { ret, findings in
        let episodes = ret.episodes
        let dec = episodes.column("DEC"), reason = episodes.column("REASON_PLACE_CHANGE")
        for (index, row) in episodes.rows.enumerated() where !Support.has(row, dec) && Support.has(row, reason) {
            findings.flag(episodes, row: index)
        }
    }

    static let r234 = Rule<SSDA903Return>(
        "234", "A child aged under 10 can not change placement due to being admitted to custody",
        fields: ["REASON_PLACE_CHANGE", "DOB"]
    ) { ret, findings in
        let episodes = ret.episodes, header = ret.header
        let headerRows = Support.rowsByChild(header)
        let child = episodes.column("CHILD"), decom = episodes.column("DECOM"), reason = episodes.column("REASON_PLACE_CHANGE")
        let dob = header.column("DOB")
        var flaggedEpisodes: [Int] = [], flaggedHeader: [Int] = []
        // The DfE states this for the previous episode's reason; the validator, followed here,
        // reads the reason on the same episode as the start date.
        for (index, row) in episodes.rows.enumerated() where Support.code(row, reason) == "CUSTOD" {
            guard let began = row.day(decom) else { continue }
            for record in headerRows[row[child]] ?? [] {
                guard let born = header.rows[record].day(dob), Support.adding(years: 10, to: born) > began else { continue }
                flaggedEpisodes.append(index)
                flaggedHeader.append(record)
            }
        }
        Support.flag(flaggedEpisodes, in: episodes, &findings, fields: ["REASON_PLACE_CHANGE"])
        Support.flag(flaggedHeader, in: header, &findings, fields: ["DOB"])
    }

    static let r242 = Rule<SSDA903Return>(
        "242", "URN = 'XXXXXXX' can only be used for regional adoption agencies", fields: ["URN"]
    ) { ret, findings in
        let episodes = ret.episodes
        let place = episodes.column("PLACE"), urn = episodes.column("URN")
        let codes: Set<String> = ["A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6"]
        for (index, row) in episodes.rows.enumerated()
        where Support.code(row, urn) == "XXXXXXX" && !codes.contains(Support.code(row, place)) {
            findings.flag(episodes, row: index)
        }
    }

    static let r215 = Rule<SSDA903Return>(
        "215", "Child has care leaver information but one or more data items relating to children looked after for 12 months have been completed.",
        fields: ["IN_TOUCH", "ACTIV", "ACCOM", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT",
                 "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"]
    ) { ret, findings in
        let oc3 = ret.oc3, oc2 = ret.oc2
        let oc2Rows = Support.rowsByChild(oc2)
        let child = oc3.column("CHILD")
        let leaver = ["IN_TOUCH", "ACTIV", "ACCOM"].map(oc3.column)
        let health = ["CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE",
                      "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"].map(oc2.column)
        var flaggedOC3: [Int] = [], flaggedOC2: [Int] = []
        for (index, row) in oc3.rows.enumerated() where leaver.contains(where: { Support.has(row, $0) }) {
            for record in oc2Rows[row[child]] ?? [] where health.contains(where: { Support.has(oc2.rows[record], $0) }) {
                flaggedOC3.append(index)
                flaggedOC2.append(record)
            }
        }
        Support.flag(flaggedOC3, in: oc3, &findings, fields: ["IN_TOUCH", "ACTIV", "ACCOM"])
        Support.flag(flaggedOC2, in: oc2, &findings, fields: ["CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
                                                              "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED",
                                                              "INTERVENTION_OFFERED"])
    }
}
