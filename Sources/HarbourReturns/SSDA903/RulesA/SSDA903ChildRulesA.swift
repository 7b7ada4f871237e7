import HarbourCore

/// Rules on a child's header and UASC record: date of birth against the year and the first
/// episode, and the date UASC status ceased.
extension SSDA903Rules {
    private typealias Support = SSDA903SupportA

    static let r301 = Rule<SSDA903Return>(
        "301", "Date of birth falls after the year ended.", fields: ["DOB"]
    ) { ret, findings in
        let header = ret.header
        let dob = header.column("DOB")
        let end = ret.collectionEnd
        for (index, row) in header.rows.enumerated() where row.day(dob).map({ $0 > end }) == true {
            findings.flag(header, row: index)
        }
    }

    static let r302 = Rule<SSDA903Return>(
        "302", "First episode starts before child was born.", fields: ["DECOM", "DOB"]
    ) { ret, findings in
        let episodes = ret.episodes, header = ret.header
        let decom = episodes.column("DECOM"), dob = header.column("DOB")
        let headerRows = Support.rowsByChild(header)
        var flaggedEpisodes: [Int] = [], flaggedHeader: [Int] = []
        for (child, episode) in Support.extremeRows(episodes, by: decom, latest: false) {
            let began = episodes.rows[episode].day(decom)!
            for index in headerRows[child] ?? [] {
                guard let born = header.rows[index].day(dob), born > began else { continue }
                flaggedEpisodes.append(episode)
                flaggedHeader.append(index)
            }
        }
        Support.flag(flaggedEpisodes, in: episodes, &findings, fields: ["DECOM"])
        Support.flag(flaggedHeader, in: header, &findings, fields: ["DOB"])
    }

    /// The validator derives the header's UASC item from the UASC table (1 for every child
    /// listed there), so in a CSV return a child with a date UASC ceased is always coded 1 and
    /// this rule cannot fire; where a header records UASC itself, that value is checked.
    static let r303 = Rule<SSDA903Return>(
        "303", "If date Unaccompanied Asylum-Seeking Child (UASC) status ceased is not null, UASC status must be coded 1.",
        fields: ["DUC", "UASC"]
    ) { ret, findings in
        let header = ret.header, uasc = ret.uasc
        let uascRows = Support.rowsByChild(uasc)
        let headerChild = header.column("CHILD"), duc = uasc.column("DUC")
        let recorded = header.hasColumn("UASC") ? header.column("UASC") : nil
        var flaggedUASC: [Int] = [], flaggedHeader: [Int] = []
        for (index, row) in header.rows.enumerated() {
            let rows = uascRows[row[headerChild]] ?? []
            let coded = recorded.map { Double(row[$0].trimmingSpaces) == 1 } ?? !rows.isEmpty
            for record in rows where Support.has(uasc.rows[record], duc) && !coded {
                flaggedUASC.append(record)
                flaggedHeader.append(index)
            }
        }
        Support.flag(flaggedUASC, in: uasc, &findings)
        Support.flag(flaggedHeader, in: header, &findings)
    }

    static let r304 = Rule<SSDA903Return>(
        "304", "Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.",
        fields: ["DUC"]
    ) { ret, findings in
        let uasc = ret.uasc
        let dob = uasc.column("DOB"), duc = uasc.column("DUC")
        for (index, row) in uasc.rows.enumerated() {
            guard let born = row.day(dob), let ceased = row.day(duc), ceased > Support.adding(years: 18, to: born) else { continue }
            findings.flag(uasc, row: index)
        }
    }
}
