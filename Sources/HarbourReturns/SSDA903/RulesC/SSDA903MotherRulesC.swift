import HarbourCore

/// Whether a looked-after young woman is a mother, and the date of birth of her first child.
extension SSDA903Rules {
    private typealias S = SSDA903SupportC

    static let r607 = Rule<SSDA903Return>(
        "607", "Child ceased to be looked after in the year, but mother field has not been completed.",
        fields: ["DEC", "REC", "MOTHER", "LS", "SEX"]
    ) { ret, findings in
        let episodes = ret.episodes, header = ret.header
        let child = episodes.column("CHILD"), dec = episodes.column("DEC"), rec = episodes.column("REC"), ls = episodes.column("LS")
        let headerChild = header.column("CHILD"), sex = header.column("SEX"), mother = header.column("MOTHER")
        var girlsWithoutMother: [String: [Int]] = [:]
        for (index, row) in header.rows.enumerated() where S.code(row, sex) == "F" && !S.has(row, mother) {
            girlsWithoutMother[row[headerChild], default: []].append(index)
        }
        let yearStart = ret.collectionStart, yearEnd = ret.collectionEnd
        var flaggedEpisodes: [Int] = [], flaggedHeader: [Int] = []
        for (index, row) in episodes.rows.enumerated() {
            guard let ended = row.day(dec), ended >= yearStart, ended <= yearEnd else { continue }
            let reason = S.code(row, rec)
            guard !reason.isEmpty, reason != "X1", !["V3", "V4"].contains(S.code(row, ls)),
                  let rows = girlsWithoutMother[row[child]] else { continue }
            flaggedEpisodes.append(index)
            flaggedHeader += rows
        }
        S.flag(&findings, episodes, rows: flaggedEpisodes)
        S.flag(&findings, header, rows: flaggedHeader)
    }

    static let r611 = Rule<SSDA903Return>(
        "611", "Date of birth field is blank, but child is a mother.",
        fields: ["MOTHER", "MC_DOB"]
    ) { ret, findings in
        let header = ret.header
        let mother = header.column("MOTHER"), mcDOB = header.column("MC_DOB")
        for (index, row) in header.rows.enumerated() where row[mother] == "1" && !S.has(row, mcDOB) {
            findings.flag(header, row: index)
        }
    }

    static let r612 = Rule<SSDA903Return>(
        "612", "Date of birth field has been completed but mother field indicates child is not a mother.",
        fields: ["SEX", "MOTHER", "MC_DOB"]
    ) { ret, findings in
        let header = ret.header
        let sex = header.column("SEX"), mother = header.column("MOTHER"), mcDOB = header.column("MC_DOB")
        for (index, row) in header.rows.enumerated() where ["0", ""].contains(row[mother]) {
            if S.code(row, sex) == "F" && S.has(row, mcDOB) { findings.flag(header, row: index) }
        }
    }

    static let r620 = Rule<SSDA903Return>(
        "620", "Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.",
        fields: ["DOB", "MOTHER"]
    ) { ret, findings in
        let header = ret.header
        let dob = header.column("DOB"), mother = header.column("MOTHER")
        let yearStart = ret.collectionStart
        for (index, row) in header.rows.enumerated() where row[mother] == "1" {
            if let born = row.day(dob), S.adding(years: 11, to: born) > yearStart { findings.flag(header, row: index) }
        }
    }

    static let r621 = Rule<SSDA903Return>(
        "621", "Mother’s field has been completed but date of birth shows that the mother is younger than her child.",
        fields: ["DOB", "MC_DOB"]
    ) { ret, findings in
        let header = ret.header
        let dob = header.column("DOB"), mcDOB = header.column("MC_DOB")
        for (index, row) in header.rows.enumerated() {
            guard let childBorn = row.day(mcDOB) else { continue }
            // A mother whose own date of birth cannot be read is flagged too, as the validator does.
            if let born = row.day(dob), childBorn > born { continue }
            findings.flag(header, row: index)
        }
    }

    static let r624 = Rule<SSDA903Return>(
        "624", "Date of birth of the first child contradicts the date of birth of the first child previously recorded.",
        fields: ["MC_DOB"]
    ) { ret, findings in
        guard let last = ret.last else { return }
        let header = ret.header, headerLast = last.header
        let child = header.column("CHILD"), mcDOB = header.column("MC_DOB")
        let lastChild = headerLast.column("CHILD"), lastMCDOB = headerLast.column("MC_DOB")
        var previous: [String: [String]] = [:]
        for row in headerLast.rows where S.has(row, lastMCDOB) { previous[row[lastChild], default: []].append(row[lastMCDOB]) }
        // The validator compares the dates as written.
        for (index, row) in header.rows.enumerated() {
            if let dates = previous[row[child]], dates.contains(where: { $0 != row[mcDOB] }) { findings.flag(header, row: index) }
        }
    }

    static let r625 = Rule<SSDA903Return>(
        "625", "Date of birth of the first child is beyond the end of this reporting year or the date the child ceased to be looked after.",
        fields: ["MC_DOB", "DEC"]
    ) { ret, findings in
        let episodes = ret.episodes, header = ret.header
        let child = episodes.column("CHILD"), dec = episodes.column("DEC")
        let headerChild = header.column("CHILD"), mcDOB = header.column("MC_DOB")
        // Each child's latest ended episode: the first with the latest end date.
        var latest: [String: (row: Int, ended: Day)] = [:]
        for (index, row) in episodes.rows.enumerated() where !row[child].isEmpty {
            guard let ended = row.day(dec) else { continue }
            if let best = latest[row[child]], best.ended >= ended { continue }
            latest[row[child]] = (index, ended)
        }
        let yearEnd = ret.collectionEnd
        var flaggedHeader: [Int] = [], flaggedEpisodes: [Int] = []
        for (index, row) in header.rows.enumerated() {
            guard let episode = latest[row[headerChild]], let childBorn = row.day(mcDOB) else { continue }
            if childBorn > yearEnd || childBorn > episode.ended {
                flaggedHeader.append(index)
                flaggedEpisodes.append(episode.row)
            }
        }
        S.flag(&findings, header, rows: flaggedHeader)
        S.flag(&findings, episodes, rows: flaggedEpisodes)
    }

    static let r626 = Rule<SSDA903Return>(
        "626", "Child was reported as a mother but the date of birth of the first child is before the current year which contradicts with the mother status recorded last year.",
        fields: ["MOTHER", "MC_DOB"]
    ) { ret, findings in
        guard let last = ret.last else { return }
        let header = ret.header, headerLast = last.header
        let child = header.column("CHILD"), mother = header.column("MOTHER"), mcDOB = header.column("MC_DOB")
        let lastChild = headerLast.column("CHILD"), lastMother = headerLast.column("MOTHER")
        /// MOTHER read as a number, as the validator reads it ("1.0" is 1).
        func number(_ text: String) -> Double? { Double(text.trimmingSpaces) }
        var notMotherLastYear = Set<String>()
        for row in headerLast.rows where number(row[lastMother]) == 0 { notMotherLastYear.insert(row[lastChild]) }
        let yearStart = ret.collectionStart
        for (index, row) in header.rows.enumerated() where number(row[mother]) == 1 && notMotherLastYear.contains(row[child]) {
            if let childBorn = row.day(mcDOB), childBorn < yearStart { findings.flag(header, row: index) }
        }
    }

    static let r628 = Rule<SSDA903Return>(
        "628", "Motherhood details are not required for care leavers who have not been looked after during the year.",
        fields: ["MOTHER"]
    ) { ret, findings in
        let header = ret.header, episodes = ret.episodes, oc3 = ret.oc3
        let child = header.column("CHILD"), mother = header.column("MOTHER")
        let episodeChild = episodes.column("CHILD")
        let lookedAfter = Set(episodes.rows.map { $0[episodeChild] })
        let oc3Child = oc3.column("CHILD")
        let outcomes = ["IN_TOUCH", "ACTIV", "ACCOM"].map { oc3.column($0) }
        let careLeavers = Set(oc3.rows.filter { row in outcomes.contains { S.has(row, $0) } }.map { $0[oc3Child] })
        for (index, row) in header.rows.enumerated() where S.has(row, mother) {
            if !lookedAfter.contains(row[child]) && careLeavers.contains(row[child]) { findings.flag(header, row: index) }
        }
    }
}
