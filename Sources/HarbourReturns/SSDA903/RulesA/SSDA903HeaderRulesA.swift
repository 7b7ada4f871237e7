import HarbourCore

/// Rules comparing a child's header and UASC record with last year's return, and the
/// header's UPN codes against the child's age and episodes.
extension SSDA903Rules {
    private typealias Support = SSDA903SupportA

    /// The header's UASC item as the validator reads a CSV return: the header's own value where
    /// it records one, otherwise "1" for a child listed in the UASC table and "0" for any other.
    private static func headerUASC(_ tables: SSDA903Tables) -> [String] {
        let header = tables.header
        if header.hasColumn("UASC") {
            let uasc = header.column("UASC")
            return header.rows.map { Support.code($0, uasc) }
        }
        let uascChild = tables.uasc.column("CHILD")
        let listed = Set(tables.uasc.rows.map { $0[uascChild] })
        let child = header.column("CHILD")
        return header.rows.map { listed.contains($0[child]) ? "1" : "0" }
    }

    /// This year's header rows with the rows for the same child in last year's header.
    private static func withLastYear(_ ret: SSDA903Return, _ last: SSDA903Tables) -> [(row: Int, last: [Int])] {
        let lastRows = Support.rowsByChild(last.header)
        let child = ret.header.column("CHILD")
        return ret.header.rows.indices.map { ($0, lastRows[ret.header.rows[$0][child]] ?? []) }
    }

    /// A rule that an item in this year's header agrees with last year's for the same child.
    private static func sameAsLastYear(
        _ code: String, _ message: String, field: String, value: @escaping @Sendable (ReturnRow, ReturnTable.Column) -> String
    ) -> Rule<SSDA903Return> {
        Rule(code, message, fields: [field]) { ret, findings in
            guard let last = ret.last else { return }
            let header = ret.header
            let current = header.column(field), previous = last.header.column(field)
            for (index, lastRows) in withLastYear(ret, last) {
                let now = value(header.rows[index], current)
                if lastRows.contains(where: { value(last.header.rows[$0], previous) != now }) { findings.flag(header, row: index) }
            }
        }
    }

    static let r202 = sameAsLastYear(
        "202", "The gender code conflicts with the gender already recorded for this child.", field: "SEX"
    ) { row, column in Support.code(row, column) }

    static let r203 = sameAsLastYear(
        "203", "Date of birth disagrees with the date of birth already recorded for this child.", field: "DOB"
    ) { row, column in row.day(column)?.description ?? "" }

    static let r204 = sameAsLastYear(
        "204", "Ethnic origin code disagrees with the ethnic origin already recorded for this child.", field: "ETHNIC"
    ) { row, column in Support.code(row, column) }

    static let r207 = Rule<SSDA903Return>(
        "207", "Mother status for the current year disagrees with the mother status already recorded for this child.",
        fields: ["MOTHER"]
    ) { ret, findings in
        guard let last = ret.last else { return }
        let header = ret.header
        let episodeChild = ret.episodes.column("CHILD")
        let withEpisodes = Set(ret.episodes.rows.map { $0[episodeChild] })
        let child = header.column("CHILD"), mother = header.column("MOTHER"), lastMother = last.header.column("MOTHER")
        for (index, lastRows) in withLastYear(ret, last) where withEpisodes.contains(header.rows[index][child]) {
            let now = Support.code(header.rows[index], mother)
            let changed = lastRows.contains { record in
                let before = Support.code(last.header.rows[record], lastMother)
                return before == "1" && now != before
            }
            if changed { findings.flag(header, row: index) }
        }
    }

    static let r208 = Rule<SSDA903Return>(
        "208", "Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) already recorded for this child.",
        fields: ["UPN"]
    ) { ret, findings in
        guard let last = ret.last else { return }
        let header = ret.header
        let upn = header.column("UPN"), lastUPN = last.header.column("UPN")
        let unknownLater: Set<String> = ["UN2", "UN3", "UN4", "UN5"]
        let unknown = unknownLater.union(["UN1"])
        for (index, lastRows) in withLastYear(ret, last) {
            let now = Support.code(header.rows[index], upn)
            let changed = lastRows.contains { record in
                let before = Support.code(last.header.rows[record], lastUPN)
                guard now != before else { return false }
                let becameKnownUnknown = (before == "UN1" || before.isEmpty) && unknownLater.contains(now)
                let becameKnown = (unknown.contains(before) || before.isEmpty) && !(unknown.contains(now) || now.isEmpty)
                return !becameKnownUnknown && !becameKnown
            }
            if changed { findings.flag(header, row: index) }
        }
    }

    static let r209 = Rule<SSDA903Return>(
        "209", "Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.",
        fields: ["UPN", "DOB"]
    ) { ret, findings in
        let header = ret.header
        let dob = header.column("DOB"), upn = header.column("UPN")
        // 31 August before the collection year began.
        let reference = Day(year: ret.collectionStart.year - 1, month: 8, day: 31)!
        for (index, row) in header.rows.enumerated() where Support.code(row, upn) == "UN1" {
            if let born = row.day(dob), Support.adding(years: 4, to: born) <= reference { findings.flag(header, row: index) }
        }
    }

    static let r210 = Rule<SSDA903Return>(
        "210", "Children looked after for more than a week at 31 March should not have an unknown Unique Pupil Number (UPN) code of UN4.",
        fields: ["UPN", "DECOM"]
    ) { ret, findings in
        let episodes = ret.episodes, header = ret.header
        let upn = header.column("UPN"), child = episodes.column("CHILD"), decom = episodes.column("DECOM")
        let headerRows = Support.rowsByChild(header)
        let reference = Day(year: ret.collectionEnd.year, month: 3, day: 24)!
        var flaggedEpisodes: [Int] = [], flaggedHeader: [Int] = []
        for (index, row) in episodes.rows.enumerated() where row.day(decom).map({ $0 >= reference }) == true {
            for record in headerRows[row[child]] ?? [] where Support.code(header.rows[record], upn) == "UN4" {
                flaggedEpisodes.append(index)
                flaggedHeader.append(record)
            }
        }
        Support.flag(flaggedEpisodes, in: episodes, &findings, fields: ["DECOM"])
        Support.flag(flaggedHeader, in: header, &findings, fields: ["UPN"])
    }

    /// The child's UASC status is 0 or 1. In the XML return each child's header records it; in
    /// the CSV return the DfE derives it from the UASC table (1 for a child listed there, 0 for
    /// any other), so it is always complete and valid there and nothing is flagged, as in the
    /// DfE's validator, which checks the item only in XML returns.
    static let r105 = Rule<SSDA903Return>(
        "105", "Data entry for Unaccompanied Asylum-Seeking Children (UASC) status of child is invalid or has not been completed.",
        fields: ["UASC"]
    ) { ret, findings in
        let header = ret.header
        guard header.hasColumn("UASC") else { return }
        let uasc = header.column("UASC")
        // Read as a number, as the validator does: "1.0" is 1; blank or anything else is not valid.
        for (index, row) in header.rows.enumerated() where !(Double(row[uasc].trimmingSpaces).map { $0 == 0 || $0 == 1 } ?? false) {
            findings.flag(header, row: index)
        }
    }

    /// The validator skips this rule: it reads a header item (UASC_STATUS) the CSV return does
    /// not have. Harbour checks it as the DfE states it, a UASC child being one listed in the
    /// UASC table, and as a query since the DfE asks for the date of birth to be checked.
    static let r231 = Rule<SSDA903Return>(
        "231", "We expect that unaccompanied asylum seeking children are generally older young people. Please check the date of birth is correct. If the date of birth is correct then please provide details in a bypass request.",
        .query, fields: ["DOB", "UASC"]
    ) { ret, findings in
        let header = ret.header
        let dob = header.column("DOB")
        let uasc = headerUASC(ret.current)
        let eleven = Support.adding(years: -11, to: ret.collectionEnd)
        for (index, row) in header.rows.enumerated() where uasc[index] == "1" {
            if let born = row.day(dob), born > eleven { findings.flag(header, row: index) }
        }
    }

    static let r232 = Rule<SSDA903Return>(
        "232", "Sex of the child/young person has been reported as unknown.", fields: ["SEX"]
    ) { ret, findings in
        let header = ret.header
        let sex = header.column("SEX")
        for (index, row) in header.rows.enumerated() where Support.code(row, sex) == "U" { findings.flag(header, row: index) }
    }

    static let r199 = Rule<SSDA903Return>(
        "199", "Episode information shows child has been previously adopted from care. [NOTE: This only tests the current and previous year data loaded into the tool]",
        fields: ["CHILD"]
    ) { ret, findings in
        // This year's and last year's episodes with a start date, in start date order; only this
        // year's are flagged.
        struct Episode { var row: Int?; var child: String; var start: Day; var adopted: Bool }
        var all: [Episode] = []
        for (table, current) in [(ret.episodes, true)] + (ret.last.map { [($0.episodes, false)] } ?? []) {
            let child = table.column("CHILD"), decom = table.column("DECOM"), rec = table.column("REC")
            for (index, row) in table.rows.enumerated() {
                guard let start = row.day(decom), !row[child].isEmpty else { continue }
                all.append(Episode(row: current ? index : nil, child: row[child], start: start,
                                   adopted: ["E11", "E12"].contains(Support.code(row, rec))))
            }
        }
        let ordered = all.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
        var adoptions: [String: Int] = [:]
        var flagged: [Int] = []
        for episode in ordered {
            let count = adoptions[episode.child, default: 0] + (episode.adopted ? 1 : 0)
            adoptions[episode.child] = count
            // Any episode after an adoption, or a second adoption.
            if count > (episode.adopted ? 1 : 0), let row = episode.row { flagged.append(row) }
        }
        Support.flag(flagged, in: ret.episodes, &findings)
    }

    // MARK: UASC this year and last

    /// One of this year's UASC rows with this year's and last year's UASC and header values for
    /// the child, joined as the validator joins them (one combination per pair of rows).
    private struct UASCPair {
        var uascRow: Int
        var headerRow: Int?
        var uasc: String?
        var lastUASC: String?
        var duc: String
        var lastDUC: Day?
        var lastDOB: Day?
        var matchedLastYear: Bool
    }

    private static func uascPairs(_ ret: SSDA903Return, _ last: SSDA903Tables) -> [UASCPair] {
        let uasc = ret.uasc, header = ret.header
        let codes = headerUASC(ret.current), lastCodes = headerUASC(last)
        let headerRows = Support.rowsByChild(header), lastHeaderRows = Support.rowsByChild(last.header)
        let lastUASCRows = Support.rowsByChild(last.uasc)
        let child = uasc.column("CHILD"), duc = uasc.column("DUC")
        let lastDUC = last.uasc.column("DUC"), lastDOB = last.uasc.column("DOB")
        var pairs: [UASCPair] = []
        for (index, row) in uasc.rows.enumerated() {
            let id = row[child]
            let headers: [Int?] = (headerRows[id] ?? []).isEmpty ? [nil] : headerRows[id]!
            // Last year's UASC rows, each with last year's header rows for the child.
            var lastYear: [(row: Int, uasc: String?)] = []
            for record in lastUASCRows[id] ?? [] {
                let lastHeaders = lastHeaderRows[id] ?? []
                if lastHeaders.isEmpty { lastYear.append((record, nil)) }
                for lastHeader in lastHeaders { lastYear.append((record, lastCodes[lastHeader])) }
            }
            for headerRow in headers {
                let base = UASCPair(uascRow: index, headerRow: headerRow, uasc: headerRow.map { codes[$0] }, lastUASC: nil,
                                    duc: row[duc], lastDUC: nil, lastDOB: nil, matchedLastYear: false)
                if lastYear.isEmpty { pairs.append(base); continue }
                for previous in lastYear {
                    var pair = base
                    pair.lastUASC = previous.uasc
                    pair.lastDUC = last.uasc.rows[previous.row].day(lastDUC)
                    pair.lastDOB = last.uasc.rows[previous.row].day(lastDOB)
                    pair.matchedLastYear = true
                    pairs.append(pair)
                }
            }
        }
        return pairs
    }

    /// Flags the UASC and header rows of the pairs a UASC rule finds.
    private static func flagPairs(_ pairs: [UASCPair], _ ret: SSDA903Return, _ findings: inout Findings) {
        Support.flag(pairs.map(\.uascRow), in: ret.uasc, &findings)
        Support.flag(pairs.compactMap(\.headerRow), in: ret.header, &findings)
    }

    static let r205A = Rule<SSDA903Return>(
        "205A", "Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both years does not support this.",
        fields: ["CHILD", "UASC"]
    ) { ret, findings in
        guard let last = ret.last else { return }
        let lastYear = Support.adding(years: -1, to: ret.collectionStart)...Support.adding(years: -1, to: ret.collectionEnd)
        let found = uascPairs(ret, last).filter { pair in
            guard pair.uasc != "1", pair.lastUASC == "1" else { return false }
            return !pair.duc.isEmpty || !(pair.lastDUC.map(lastYear.contains) ?? false)
        }
        flagPairs(found, ret, &findings)
    }

    static let r205B = Rule<SSDA903Return>(
        "205B", "Child previously identified as UASC is also UASC this year, but date UASC ceased in both years does not support this.",
        fields: ["DUC", "UASC"]
    ) { ret, findings in
        guard let last = ret.last else { return }
        let uasc = ret.uasc
        let duc = uasc.column("DUC")
        let year = ret.collectionStart...ret.collectionEnd
        let found = uascPairs(ret, last).filter { pair in
            guard pair.uasc == "1", pair.lastUASC == "1" else { return false }
            let ceased = uasc.rows[pair.uascRow].day(duc)
            let ceasedThisYear = ceased.map(year.contains) ?? false
            let sameAsLastYear = ceased != nil && ceased == pair.lastDUC
            let lastWasEighteenth = pair.lastDUC != nil && pair.lastDUC == pair.lastDOB.map { Support.adding(years: 18, to: $0) }
            return (!ceasedThisYear && !sameAsLastYear) || !lastWasEighteenth
        }
        flagPairs(found, ret, &findings)
    }

    static let r205C = Rule<SSDA903Return>(
        "205C", "Child not identified as UASC either this year or last year but date UASC ceased has been provided.",
        fields: ["DUC", "UASC"]
    ) { ret, findings in
        guard let last = ret.last else { return }
        let uasc = ret.uasc
        let duc = uasc.column("DUC")
        let found = uascPairs(ret, last).filter { pair in
            let never = (pair.uasc == nil || pair.uasc == "0") && (pair.lastUASC == nil || pair.lastUASC == "0")
            return never && (uasc.rows[pair.uascRow].day(duc) != nil || pair.lastDUC != nil)
        }
        flagPairs(found, ret, &findings)
    }

    static let r205D = Rule<SSDA903Return>(
        "205D", "Child identified as UASC this year but not identified as UASC status provided for the child last year.",
        fields: ["UASC", "CHILD"]
    ) { ret, findings in
        // Last year's return given with no UASC rows means no child was UASC last year.
        guard let last = ret.last else { return }
        let codes = headerUASC(ret.current), lastCodes = headerUASC(last)
        for (index, lastRows) in withLastYear(ret, last) where codes[index] == "1" {
            if lastRows.contains(where: { lastCodes[$0] != "1" }) { findings.flag(ret.header, row: index) }
        }
    }
}
