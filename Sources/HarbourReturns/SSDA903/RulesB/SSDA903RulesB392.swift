import HarbourCore

/// Postcodes, the mother item, short-break care (V3/V4) and adoption placements.
extension SSDA903Rules {
    private typealias S = SSDA903SupportB

    /// Children the returns show as unaccompanied asylum seekers this year or last: the
    /// validator's Header UASC flag, which its reader sets for children in the UASC file.
    static func uascChildren(_ ret: SSDA903Return) -> Set<String> {
        var children: Set<String> = []
        for table in [ret.uasc, ret.last?.uasc].compactMap({ $0 }) {
            let child = table.column("CHILD")
            for row in table.rows { children.insert(row[child]) }
        }
        return children
    }

    static let r392b = Rule<SSDA903Return>(
        "392b", "Child is looked after but no postcodes are recorded. [NOTE: This check may result in false positives for children formerly UASC, particularly if current & prior year UASC data not loaded]",
        fields: ["HOME_POST", "PL_POST"]
    ) { ret, findings in
        let uasc = uascChildren(ret)
        let episodes = ret.episodes
        let child = episodes.column("CHILD"), ls = episodes.column("LS")
        let home = episodes.column("HOME_POST"), placed = episodes.column("PL_POST")
        for (index, row) in episodes.rows.enumerated() where !uasc.contains(row[child]) {
            guard !["V3", "V4"].contains(S.code(row[ls])) else { continue }
            if row[home].isEmpty || row[placed].isEmpty { findings.flag(episodes, row: index) }
        }
    }

    static let r392d = Rule<SSDA903Return>(
        "392d", "Home and placement postcodes should not be same unless the placement type is P1.",
        fields: ["HOME_POST", "PL_POST", "PLACE"]
    ) { ret, findings in
        let episodes = ret.episodes
        let place = episodes.column("PLACE"), home = episodes.column("HOME_POST"), placed = episodes.column("PL_POST")
        for (index, row) in episodes.rows.enumerated() where S.code(row[place]) != "P1" {
            if !row[home].isEmpty && S.code(row[home]) == S.code(row[placed]) { findings.flag(episodes, row: index) }
        }
    }

    static let r393 = Rule<SSDA903Return>(
        "393", "Child is looked after but mother field is not completed.",
        fields: ["MOTHER"]
    ) { ret, findings in
        let episodes = ret.episodes
        let eChild = episodes.column("CHILD"), ls = episodes.column("LS")
        var lookedAfter: Set<String> = []
        for row in episodes.rows where !["V3", "V4"].contains(S.code(row[ls])) { lookedAfter.insert(row[eChild]) }
        let header = ret.header
        let child = header.column("CHILD"), sex = header.column("SEX"), mother = header.column("MOTHER")
        for (index, row) in header.rows.enumerated() where S.code(row[sex]) == "F" && row[mother].isEmpty {
            if lookedAfter.contains(row[child]) { findings.flag(header, row: index) }
        }
    }

    static let r398 = Rule<SSDA903Return>(
        "398", "Distance field completed but child looked after under legal status V3 or V4.",
        fields: ["LS", "HOME_POST", "PL_POST"]
    ) { ret, findings in
        let episodes = ret.episodes
        let ls = episodes.column("LS"), home = episodes.column("HOME_POST"), placed = episodes.column("PL_POST")
        for (index, row) in episodes.rows.enumerated() where ["V3", "V4"].contains(S.code(row[ls])) {
            if !row[home].isEmpty || !row[placed].isEmpty { findings.flag(episodes, row: index) }
        }
    }

    static let r399 = Rule<SSDA903Return>(
        "399", "Mother field, review field or participation field are completed but child is looked after under legal status V3 or V4.",
        fields: ["MOTHER", "LS", "REVIEW", "REVIEW_CODE"]
    ) { ret, findings in
        let episodes = ret.episodes, header = ret.header, reviews = ret.reviews
        let ls = episodes.column("LS")
        let headerByChild = header.groups(by: header.column("CHILD"))
        let reviewsByChild = reviews.groups(by: reviews.column("CHILD"))
        let mother = header.column("MOTHER"), review = reviews.column("REVIEW"), code = reviews.column("REVIEW_CODE")
        var flaggedEpisodes: [Int] = [], flaggedHeader: [Int] = [], flaggedReviews: [Int] = []
        for (id, rows) in episodes.groups(by: episodes.column("CHILD")) {
            guard rows.allSatisfy({ ["V3", "V4"].contains(S.code(episodes.rows[$0][ls])) }) else { continue }
            // Every pairing of the child's header and review rows, as the validator's merges make them.
            let headerRows: [Int?] = headerByChild[id].map { $0.map(Optional.some) } ?? [nil]
            let reviewRows: [Int?] = reviewsByChild[id].map { $0.map(Optional.some) } ?? [nil]
            for h in headerRows {
                for r in reviewRows {
                    let motherGiven = h.map { !header.rows[$0][mother].isEmpty } ?? false
                    let reviewGiven = r.map { !reviews.rows[$0][review].isEmpty || !reviews.rows[$0][code].isEmpty } ?? false
                    guard motherGiven || reviewGiven else { continue }
                    flaggedEpisodes.append(contentsOf: rows)
                    if let h { flaggedHeader.append(h) }
                    if let r { flaggedReviews.append(r) }
                }
            }
        }
        S.flag(flaggedEpisodes, in: episodes, &findings)
        S.flag(flaggedHeader, in: header, &findings)
        S.flag(flaggedReviews, in: reviews, &findings)
    }

    static let r407 = Rule<SSDA903Return>(
        "407", "Reason episode ceased is Special Guardianship Order, but child has reached age 18.",
        fields: ["DEC", "DOB", "REC"]
    ) { ret, findings in
        let episodes = ret.episodes, header = ret.header
        let headerByChild = header.groups(by: header.column("CHILD"))
        let dobs = S.days(header, header.column("DOB"))
        let child = episodes.column("CHILD"), rec = episodes.column("REC"), dec = episodes.column("DEC")
        var flaggedEpisodes: [Int] = [], flaggedHeader: [Int] = []
        for (index, row) in episodes.rows.enumerated() where ["E45", "E46", "E47", "E48"].contains(S.code(row[rec])) {
            guard let ceased = row.day(dec) else { continue }
            for headerRow in headerByChild[row[child]] ?? [] {
                guard let birth = dobs[headerRow], S.adding(years: 18, to: birth) < ceased else { continue }
                flaggedEpisodes.append(index)
                flaggedHeader.append(headerRow)
            }
        }
        S.flag(flaggedEpisodes, in: episodes, &findings)
        S.flag(flaggedHeader, in: header, &findings)
    }

    static let r408 = Rule<SSDA903Return>(
        "408", "Child is placed for adoption with a placement order, but no placement order has been recorded.",
        fields: ["PLACE", "LS"]
    ) { ret, findings in
        let episodes = ret.episodes
        let place = episodes.column("PLACE"), ls = episodes.column("LS")
        for (index, row) in episodes.rows.enumerated() where ["A5", "A6"].contains(S.code(row[place])) && S.code(row[ls]) != "E1" {
            findings.flag(episodes, row: index)
        }
    }

    static let r426 = Rule<SSDA903Return>(
        "426", "A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the same year.",
        fields: ["LS"]
    ) { ret, findings in
        let episodes = ret.episodes
        let ls = episodes.column("LS")
        var flagged: [Int] = []
        for (_, rows) in episodes.groups(by: episodes.column("CHILD")) {
            let v3 = rows.filter { S.code(episodes.rows[$0][ls]) == "V3" }
            let v4 = rows.filter { S.code(episodes.rows[$0][ls]) == "V4" }
            if !v3.isEmpty && !v4.isEmpty { flagged += v3 + v4 }
        }
        S.flag(flagged, in: episodes, &findings)
    }
}
