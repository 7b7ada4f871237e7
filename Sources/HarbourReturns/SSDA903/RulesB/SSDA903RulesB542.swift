import HarbourCore

/// OC2 conviction and health items, and adoption decisions against episodes and last year.
extension SSDA903Rules {
    private typealias S = SSDA903SupportB

    static let r542 = Rule<SSDA903Return>(
        "542", "A child aged under 10 at 31 March should not have conviction information completed.",
        fields: ["CONVICTED"]
    ) { ret, findings in
        let oc2 = ret.oc2
        let dob = oc2.column("DOB"), convicted = oc2.column("CONVICTED")
        let end = ret.collectionEnd
        for (index, row) in oc2.rows.enumerated() where !row[convicted].isEmpty {
            if let birth = row.day(dob), S.adding(years: 10, to: birth) > end { findings.flag(oc2, row: index) }
        }
    }

    /// OC2 rows of children looked after continuously whose age at the end of the year passes
    /// `test` (given their birthday `years` and the year's end) and whose `item` is blank or
    /// not as `blank` says.
    private static func flagContinuous(
        _ item: String, blank: Bool, birthday years: Int, _ ret: SSDA903Return, _ findings: inout Findings,
        test: (_ birthday: Day, _ end: Day) -> Bool
    ) {
        let continuous = SSDA903Support.continuouslyLookedAfter(ret)
        let oc2 = ret.oc2
        let child = oc2.column("CHILD"), dob = oc2.column("DOB"), value = oc2.column(item)
        let end = ret.collectionEnd
        for (index, row) in oc2.rows.enumerated() where row[value].isEmpty == blank && continuous.contains(row[child]) {
            if let birth = row.day(dob), test(S.adding(years: years, to: birth), end) { findings.flag(oc2, row: index) }
        }
    }

    static let r543 = Rule<SSDA903Return>(
        "543", "Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet conviction information has not been completed.",
        fields: ["DOB", "CONVICTED"]
    ) { ret, findings in
        flagContinuous("CONVICTED", blank: true, birthday: 10, ret, &findings) { birthday, end in end > birthday }
    }

    /// OC2 rows where `item` is 1 but one of the health items is blank.
    private static func flagHealthItemsMissing(after item: String, _ ret: SSDA903Return, _ findings: inout Findings) {
        let oc2 = ret.oc2
        let trigger = oc2.column(item)
        let health = ["IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"].map(oc2.column)
        for (index, row) in oc2.rows.enumerated() where row[trigger] == "1" {
            if health.contains(where: { row[$0].isEmpty }) { findings.flag(oc2, row: index) }
        }
    }

    static let r544 = Rule<SSDA903Return>(
        "544", "Any child who has conviction information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.",
        fields: ["CONVICTED", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"]
    ) { ret, findings in
        flagHealthItemsMissing(after: "CONVICTED", ret, &findings)
    }

    static let r545 = Rule<SSDA903Return>(
        "545", "Child is aged under 5 at 31 March and has been looked after continuously for 12 months yet health promotion information has not been completed.",
        fields: ["DOB", "HEALTH_CHECK"]
    ) { ret, findings in
        flagContinuous("HEALTH_CHECK", blank: true, birthday: 5, ret, &findings) { birthday, end in end < birthday }
    }

    static let r546 = Rule<SSDA903Return>(
        "546", "Children aged 5 or over at 31 March should not have health promotion information completed.",
        fields: ["DOB", "HEALTH_CHECK"]
    ) { ret, findings in
        flagContinuous("HEALTH_CHECK", blank: false, birthday: 5, ret, &findings) { birthday, end in end >= birthday }
    }

    static let r547 = Rule<SSDA903Return>(
        "547", "Any child who has health promotion information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.",
        fields: ["HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"]
    ) { ret, findings in
        flagHealthItemsMissing(after: "HEALTH_CHECK", ret, &findings)
    }

    static let r550 = Rule<SSDA903Return>(
        "550", "A placement provider code of PR0 can only be associated with placement P1.",
        fields: ["PLACE", "PLACE_PROVIDER"]
    ) { ret, findings in
        let episodes = ret.episodes
        let place = episodes.column("PLACE"), provider = episodes.column("PLACE_PROVIDER")
        for (index, row) in episodes.rows.enumerated() where S.code(row[provider]) == "PR0" && S.code(row[place]) != "P1" {
            findings.flag(episodes, row: index)
        }
    }

    private static let adoptionPlaces: Set<String> = ["A3", "A4", "A5", "A6"]

    static let r551 = Rule<SSDA903Return>(
        "551", "Child has been placed for adoption but there is no date of the decision that the child should be placed for adoption.",
        fields: ["DATE_PLACED", "PLACE"]
    ) { ret, findings in
        let episodes = ret.episodes, placed = ret.placedAdoption
        let placedByChild = placed.groups(by: placed.column("CHILD"))
        let date = placed.column("DATE_PLACED")
        let child = episodes.column("CHILD"), place = episodes.column("PLACE")
        for (index, row) in episodes.rows.enumerated() where adoptionPlaces.contains(S.code(row[place])) {
            let decisions = placedByChild[row[child]] ?? []
            if decisions.isEmpty || decisions.contains(where: { placed.rows[$0][date].isEmpty }) { findings.flag(episodes, row: index) }
        }
    }

    static let r552 = Rule<SSDA903Return>(
        "552", "Date of Decision to place a child for adoption should be on or prior to the date that the child was placed for adoption.",
        fields: ["DATE_PLACED", "DECOM"]
    ) { ret, findings in
        let episodes = ret.episodes, placed = ret.placedAdoption
        let datesPlaced = S.days(placed, placed.column("DATE_PLACED"))
        var lastDecision: [String: Int] = [:]
        for (id, rows) in placed.groups(by: placed.column("CHILD")) {
            if let row = S.latest(rows, by: datesPlaced) { lastDecision[id] = row }
        }
        let place = episodes.column("PLACE")
        let decoms = S.days(episodes, episodes.column("DECOM"))
        var flaggedEpisodes: [Int] = [], flaggedPlaced: [Int] = []
        for (id, rows) in episodes.groups(by: episodes.column("CHILD")) {
            let adoptions = rows.filter { adoptionPlaces.contains(S.code(episodes.rows[$0][place])) }
            guard let first = S.earliest(adoptions, by: decoms), let decision = lastDecision[id] else { continue }
            if let start = decoms[first], let decided = datesPlaced[decision], start < decided {
                flaggedEpisodes.append(first)
                flaggedPlaced.append(decision)
            }
        }
        S.flag(flaggedEpisodes, in: episodes, &findings)
        S.flag(flaggedPlaced, in: placed, &findings)
    }

    static let r553 = Rule<SSDA903Return>(
        "553", "Placement order has been granted but there is no date of decision that the child should be placed for adoption.",
        fields: ["CHILD", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"]
    ) { ret, findings in
        let episodes = ret.episodes, placed = ret.placedAdoption
        let placedByChild = placed.groups(by: placed.column("CHILD"))
        let ceased = placed.column("DATE_PLACED_CEASED"), reason = placed.column("REASON_PLACED_CEASED")
        let child = episodes.column("CHILD"), ls = episodes.column("LS"), dec = episodes.column("DEC")
        var flaggedEpisodes: [Int] = [], flaggedPlaced: [Int] = []
        for (index, row) in episodes.rows.enumerated() where S.code(row[ls]) == "E1" {
            let decisions = placedByChild[row[child]] ?? []
            if decisions.isEmpty { flaggedEpisodes.append(index) }
            guard row[dec].isEmpty else { continue }
            flaggedPlaced += decisions.filter { !placed.rows[$0][ceased].isEmpty || !placed.rows[$0][reason].isEmpty }
        }
        S.flag(flaggedEpisodes, in: episodes, &findings)
        S.flag(flaggedPlaced, in: placed, &findings)
    }

    static let r554 = Rule<SSDA903Return>(
        "554", "Date of decision that the child should be placed for adoption should be on or prior to the date that the placement order was granted. [NOTE: This rule may result in false positives or false negatives if relevant episodes are in previous years; please check carefully!]",
        fields: ["DATE_PLACED", "DECOM", "LS"]
    ) { ret, findings in
        let episodes = ret.episodes, placed = ret.placedAdoption
        let placedByChild = placed.groups(by: placed.column("CHILD"))
        let datesPlaced = S.days(placed, placed.column("DATE_PLACED"))
        let ls = episodes.column("LS")
        let decoms = S.days(episodes, episodes.column("DECOM"))
        var flaggedEpisodes: [Int] = [], flaggedPlaced: [Int] = []
        for (id, rows) in episodes.groups(by: episodes.column("CHILD")) {
            let orders = rows.filter { S.code(episodes.rows[$0][ls]) == "E1" }
            guard let first = S.earliest(orders, by: decoms), let granted = decoms[first] else { continue }
            for decision in placedByChild[id] ?? [] {
                guard let decided = datesPlaced[decision], decided > granted else { continue }
                flaggedEpisodes.append(first)
                flaggedPlaced.append(decision)
            }
        }
        S.flag(flaggedEpisodes, in: episodes, &findings)
        S.flag(flaggedPlaced, in: placed, &findings)
    }

    static let r557 = Rule<SSDA903Return>(
        "557", "Child for whom the decision was made that they should be placed for adoption has left care but was not adopted and information on the decision that they should no longer be placed for adoption items has not been completed.",
        fields: ["DATE_PLACED_CEASED", "REASON_PLACED_CEASED", "PLACE", "LS", "REC"]
    ) { ret, findings in
        let episodes = ret.episodes, placed = ret.placedAdoption
        let placedByChild = placed.groups(by: placed.column("CHILD"))
        let ceased = placed.column("DATE_PLACED_CEASED"), reason = placed.column("REASON_PLACED_CEASED")
        let child = episodes.column("CHILD"), place = episodes.column("PLACE"), ls = episodes.column("LS"), rec = episodes.column("REC")
        var flaggedEpisodes: [Int] = [], flaggedPlaced: [Int] = []
        for (index, row) in episodes.rows.enumerated() {
            guard adoptionPlaces.contains(S.code(row[place])) || S.code(row[ls]) == "E1" else { continue }
            let ended = S.code(row[rec])
            guard !ended.isEmpty, !["E11", "E12", "X1"].contains(ended) else { continue }
            let decisions = placedByChild[row[child]] ?? []
            if decisions.isEmpty { flaggedEpisodes.append(index) }
            for decision in decisions where placed.rows[decision][ceased].isEmpty || placed.rows[decision][reason].isEmpty {
                flaggedEpisodes.append(index)
                flaggedPlaced.append(decision)
            }
        }
        S.flag(flaggedEpisodes, in: episodes, &findings)
        S.flag(flaggedPlaced, in: placed, &findings)
    }

    /// The validator counts ceased dates across every pairing of the child's adopted episodes
    /// with their decision rows, so two adopted episodes and one ceased decision also fire.
    static let r558 = Rule<SSDA903Return>(
        "558", "If a child has been adopted, then the decision to place them for adoption has not been disrupted and the date of the decision that a child should no longer be placed for adoption should be left blank.",
        fields: ["DATE_PLACED_CEASED", "REC"]
    ) { ret, findings in
        let episodes = ret.episodes, placed = ret.placedAdoption
        let placedByChild = placed.groups(by: placed.column("CHILD"))
        let ceased = placed.column("DATE_PLACED_CEASED")
        let child = episodes.column("CHILD"), rec = episodes.column("REC")
        var adopted: [String: [Int]] = [:]
        for (index, row) in episodes.rows.enumerated() where ["E11", "E12"].contains(S.code(row[rec])) {
            adopted[row[child], default: []].append(index)
        }
        var flagged: [Int] = []
        for (id, rows) in adopted {
            let decisions = placedByChild[id] ?? []
            guard !decisions.isEmpty, decisions.allSatisfy({ !placed.rows[$0][ceased].isEmpty }) else { continue }
            if rows.count * decisions.count > 1 { flagged += rows }
        }
        S.flag(flagged, in: episodes, &findings)
    }

    static let r559 = Rule<SSDA903Return>(
        "559", "Date of decision that a child should be placed for adoption was not in the current year but the date of the decision that the child should be placed for adoption was not completed in a previous return.",
        fields: ["DATE_PLACED"]
    ) { ret, findings in
        guard let last = ret.last?.placedAdoption else { return }
        let lastChild = last.column("CHILD"), lastDate = last.column("DATE_PLACED")
        var lastDates: [String: [Day?]] = [:]
        for row in last.rows { lastDates[row[lastChild], default: []].append(row.day(lastDate)) }
        let placed = ret.placedAdoption
        let child = placed.column("CHILD"), date = placed.column("DATE_PLACED")
        let start = ret.collectionStart
        for (index, row) in placed.rows.enumerated() {
            guard let decided = row.day(date), decided < start else { continue }
            if (lastDates[row[child]] ?? [nil]).contains(where: { $0 == nil }) { findings.flag(placed, row: index) }
        }
    }

    /// Last year's decision rows for each child, for 560 and 561.
    private static func lastDecisions(_ last: ReturnTable) -> [String: [ReturnRow]] {
        let child = last.column("CHILD")
        var rows: [String: [ReturnRow]] = [:]
        for row in last.rows { rows[row[child], default: []].append(row) }
        return rows
    }

    /// Compares the dates as written, as the validator does.
    static let r560 = Rule<SSDA903Return>(
        "560", "Date of decision that the child should be placed for adoption this year is different from that recorded last year but the decision to place the child for adoption did not change.",
        fields: ["DATE_PLACED", "DATE_PLACED_CEASED"]
    ) { ret, findings in
        guard let last = ret.last?.placedAdoption else { return }
        let previous = lastDecisions(last)
        let lastDate = last.column("DATE_PLACED"), lastCeased = last.column("DATE_PLACED_CEASED")
        let placed = ret.placedAdoption
        let child = placed.column("CHILD"), date = placed.column("DATE_PLACED")
        for (index, row) in placed.rows.enumerated() {
            let changed = (previous[row[child]] ?? []).contains { before in
                !before[lastDate].isEmpty && before[lastCeased].isEmpty && (row[date].isEmpty || row[date] != before[lastDate])
            }
            if changed { findings.flag(placed, row: index) }
        }
    }

    /// Compares the dates as written, as the validator does.
    static let r561 = Rule<SSDA903Return>(
        "561", "Date of the decision that the child should be placed for adoption this year is the same as that recorded last year but records show that the decision changed, and the child should no longer be placed for adoption last year.",
        fields: ["DATE_PLACED"]
    ) { ret, findings in
        guard let last = ret.last?.placedAdoption else { return }
        let previous = lastDecisions(last)
        let lastDate = last.column("DATE_PLACED"), lastCeased = last.column("DATE_PLACED_CEASED"), lastReason = last.column("REASON_PLACED_CEASED")
        let placed = ret.placedAdoption
        let child = placed.column("CHILD"), date = placed.column("DATE_PLACED")
        for (index, row) in placed.rows.enumerated() where !row[date].isEmpty {
            let reversed = (previous[row[child]] ?? []).contains { before in
                before[lastDate] == row[date] && (!before[lastCeased].isEmpty || !before[lastReason].isEmpty)
            }
            if reversed { findings.flag(placed, row: index) }
        }
    }
}
