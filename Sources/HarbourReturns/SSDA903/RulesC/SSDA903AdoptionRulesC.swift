import HarbourCore

/// Decisions that a child should be placed for adoption, and the adoption details (AD1) of
/// children adopted during the year.
extension SSDA903Rules {
    private typealias S = SSDA903SupportC

    /// The AD1 items that must all be given for a child adopted during the year.
    private static let adoptionItemsC = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]

    /// Episodes that ended in adoption (E11, E12) during the collection year.
    private static func adoptionEpisodesC(_ ret: SSDA903Return) -> [Int] {
        let episodes = ret.episodes
        let dec = episodes.column("DEC"), rec = episodes.column("REC")
        let yearStart = ret.collectionStart, yearEnd = ret.collectionEnd
        return episodes.rows.indices.filter { index in
            let row = episodes.rows[index]
            guard let ended = row.day(dec), ended >= yearStart, ended <= yearEnd else { return false }
            return ["E11", "E12"].contains(S.code(row, rec))
        }
    }

    static let r563 = Rule<SSDA903Return>(
        "563", "The child should no longer be placed for adoption but the date of the decision that the child should be placed for adoption is blank",
        fields: ["DATE_PLACED", "REASON_PLACED_CEASED", "DATE_PLACED_CEASED"]
    ) { ret, findings in
        let placed = ret.placedAdoption
        let date = placed.column("DATE_PLACED"), ceased = placed.column("DATE_PLACED_CEASED"), reason = placed.column("REASON_PLACED_CEASED")
        for (index, row) in placed.rows.enumerated() where S.has(row, reason) && S.has(row, ceased) && !S.has(row, date) {
            findings.flag(placed, row: index)
        }
    }

    static let r579 = Rule<SSDA903Return>(
        "579", "A new decision that the child should be placed for adoption this year cannot start when the previous decision is still open. Decisions to place the child for adoption should also not overlap. The date of any new decision to place the child for adoption must not be before the date placed ceased of previous decisions.",
        fields: ["DATE_PLACED", "DATE_PLACED_CEASED"]
    ) { ret, findings in
        let placed = ret.placedAdoption
        let dateColumn = placed.column("DATE_PLACED"), ceasedColumn = placed.column("DATE_PLACED_CEASED")
        let dates = placed.rows.map { $0.day(dateColumn) }, ceased = placed.rows.map { $0.day(ceasedColumn) }
        let pairs = S.consecutivePairs(placed, first: { dates[$0] }, second: { _ in nil })
        var flagged: [Int] = []
        for (previous, current) in pairs {
            guard let previousCeased = ceased[previous] else { flagged.append(current); continue }
            if let date = dates[current], date < previousCeased { flagged.append(current) }
        }
        S.flag(&findings, placed, rows: flagged)
    }

    static let r582 = Rule<SSDA903Return>(
        "582", "Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as the date reported for being matched with adopters. In most circumstances we expect the date the child is matched with adopters to be before the date of adoption.",
        .query, fields: ["DEC", "DATE_MATCH"]
    ) { ret, findings in
        let episodes = ret.episodes, ad1 = ret.ad1
        let child = episodes.column("CHILD"), dec = episodes.column("DEC"), rec = episodes.column("REC")
        let adChild = ad1.column("CHILD"), match = ad1.column("DATE_MATCH")
        var matchDates: [String: Set<String>] = [:]
        for row in ad1.rows where S.has(row, match) { matchDates[row[adChild], default: []].insert(row[match]) }
        // The validator compares the two dates as they are written.
        for (index, row) in episodes.rows.enumerated() where ["E11", "E12"].contains(S.code(row, rec)) {
            if let dates = matchDates[row[child]], dates.contains(row[dec]) { findings.flag(episodes, row: index) }
        }
    }

    static let r583 = Rule<SSDA903Return>(
        "583", "More than one date the child should be placed for adoption has been reported, but an earlier decision has not been revoked. Check that both dates are required and add in the date the earlier decision was revoked. Note this may be in a previous year.",
        fields: ["DATE_PLACED", "DATE_PLACED_CEASED"]
    ) { ret, findings in
        let placed = ret.placedAdoption
        let child = placed.column("CHILD"), date = placed.column("DATE_PLACED"), ceased = placed.column("DATE_PLACED_CEASED")
        var flagged: [Int] = []
        for (_, rows) in placed.groups(by: child) where rows.count > 1 {
            // The validator takes the latest decision by comparing the dates as text, not as dates.
            var latest = rows[0]
            for index in rows.dropFirst() {
                let text = placed.rows[index][date], best = placed.rows[latest][date]
                if !text.isEmpty && (best.isEmpty || S.textBefore(best, text)) { latest = index }
            }
            flagged += rows.filter { $0 != latest && !S.has(placed.rows[$0], ceased) }
        }
        S.flag(&findings, placed, rows: flagged)
    }

    static let r584 = Rule<SSDA903Return>(
        "584", "Date of decision that the child should be placed for adoption this year is different from that recorded last year, but the decision to placed the child for adoption changed and the child should no longer be placed for adoption.",
        fields: ["DATE_PLACED"]
    ) { ret, findings in
        guard let last = ret.last else { return }
        let placed = ret.placedAdoption, placedLast = last.placedAdoption
        let child = placed.column("CHILD"), date = placed.column("DATE_PLACED")
        let lastChild = placedLast.column("CHILD"), lastDate = placedLast.column("DATE_PLACED")
        let lastCeased = placedLast.column("DATE_PLACED_CEASED"), lastReason = placedLast.column("REASON_PLACED_CEASED")
        var ended: [String: [String]] = [:]
        for row in placedLast.rows where S.has(row, lastCeased) || S.has(row, lastReason) {
            ended[row[lastChild], default: []].append(row[lastDate])
        }
        // The validator pairs this year's rows with last year's ended decisions child by child (in
        // the order each child first appears) and then reads the pair's position in that list as if
        // it were a row of this year's table; it also compares the dates as text. Harbour follows it.
        var earlierPositions = Set<Int>(), blankRows: [Int] = []
        var position = 0
        var seen = Set<String>()
        let rowsByChild = placed.groups(by: child)
        for row in placed.rows {
            let id = row[child]
            guard !seen.contains(id) else { continue }
            seen.insert(id)
            guard let lastDates = ended[id] else { continue }
            for index in rowsByChild[id] ?? [] {
                let current = placed.rows[index][date]
                if current.isEmpty { blankRows.append(index) }
                for previous in lastDates {
                    if !current.isEmpty, !previous.isEmpty, !S.textBefore(previous, current) { earlierPositions.insert(position) }
                    position += 1
                }
            }
        }
        let flagged = placed.rows.indices.filter { earlierPositions.contains($0) } + blankRows
        S.flag(&findings, placed, rows: flagged)
    }

    static let r601 = Rule<SSDA903Return>(
        "601", "The additional fields relating to adoption have not been completed although the episode data shows that the child was adopted during the year.",
        fields: ["REC", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]
    ) { ret, findings in
        let episodes = ret.episodes, ad1 = ret.ad1
        let child = episodes.column("CHILD"), adChild = ad1.column("CHILD")
        let items = adoptionItemsC.map { ad1.column($0) }
        let incomplete = ad1.groups(by: adChild).mapValues { rows in
            rows.filter { index in items.contains { !S.has(ad1.rows[index], $0) } }
        }
        var flaggedAD1: [Int] = [], flaggedEpisodes: [Int] = []
        for index in adoptionEpisodesC(ret) {
            guard let rows = incomplete[episodes.rows[index][child]], !rows.isEmpty else { continue }
            flaggedEpisodes.append(index)
            flaggedAD1 += rows
        }
        S.flag(&findings, ad1, rows: flaggedAD1)
        S.flag(&findings, episodes, rows: flaggedEpisodes)
    }

    static let r602 = Rule<SSDA903Return>(
        "602", "The episode data submitted for this child does not show that he/she was adopted during the year.",
        fields: ["CHILD"]
    ) { ret, findings in
        let episodes = ret.episodes, ad1 = ret.ad1
        let child = episodes.column("CHILD"), adChild = ad1.column("CHILD")
        let items = adoptionItemsC.map { ad1.column($0) }
        let adopted = Set(adoptionEpisodesC(ret).map { episodes.rows[$0][child] })
        for (index, row) in ad1.rows.enumerated() where !adopted.contains(row[adChild]) {
            if items.contains(where: { S.has(row, $0) }) { findings.flag(ad1, row: index) }
        }
    }
}
