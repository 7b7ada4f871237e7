import HarbourCore

/// Rules comparing the dates of a child's adoption decisions and match (PlacedAdoption, AD1)
/// with their episodes and date of birth.
extension SSDA903Rules {
    private typealias Support = SSDA903SupportA

    static let r117 = Rule<SSDA903Return>(
        "117", "Date of decision that a child should/should no longer be placed for adoption is beyond the current collection year or after the child ceased to be looked after.",
        fields: ["DATE_PLACED_CEASED", "DATE_PLACED", "DEC", "REC", "DECOM"]
    ) { ret, findings in
        let episodes = ret.episodes, placed = ret.placedAdoption
        let rec = episodes.column("REC"), dec = episodes.column("DEC")
        let notContinuing = episodes.rows.indices.filter { Support.code(episodes.rows[$0], rec) != "X1" }
        let latest = Support.extremeRows(episodes, by: episodes.column("DECOM"), latest: true, rows: notContinuing)
        let placedRows = Support.rowsByChild(placed)
        let datePlaced = placed.column("DATE_PLACED"), dateCeased = placed.column("DATE_PLACED_CEASED")
        let end = ret.collectionEnd
        var flaggedEpisodes: [Int] = [], flaggedPlaced: [Int] = []
        for (child, episode) in latest {
            let ceased = episodes.rows[episode].day(dec)
            for index in placedRows[child] ?? [] {
                let row = placed.rows[index]
                let late = [row.day(datePlaced), row.day(dateCeased)].contains { date in
                    guard let date else { return false }
                    return date > end || ceased.map { date > $0 } == true
                }
                if late {
                    flaggedEpisodes.append(episode)
                    flaggedPlaced.append(index)
                }
            }
        }
        Support.flag(flaggedEpisodes, in: episodes, &findings)
        Support.flag(flaggedPlaced, in: placed, &findings)
    }

    static let r118 = Rule<SSDA903Return>(
        "118", "Date of decision that a child should no longer be placed for adoption is before the current collection year or before the date the child started to be looked after.",
        fields: ["DECOM", "DECOM", "LS"]
    ) { ret, findings in
        let episodes = ret.episodes, placed = ret.placedAdoption
        let ls = episodes.column("LS"), decom = episodes.column("DECOM")
        let notShortBreaks = episodes.rows.indices.filter { !["V3", "V4"].contains(Support.code(episodes.rows[$0], ls)) }
        let earliest = Support.extremeRows(episodes, by: decom, latest: false, rows: notShortBreaks)
        let placedRows = Support.rowsByChild(placed)
        let dateCeased = placed.column("DATE_PLACED_CEASED")
        let start = ret.collectionStart
        var flaggedEpisodes: [Int] = [], flaggedPlaced: [Int] = []
        for (child, episode) in earliest {
            let began = episodes.rows[episode].day(decom)!
            for index in placedRows[child] ?? [] {
                guard let ceased = placed.rows[index].day(dateCeased), ceased < began || ceased < start else { continue }
                flaggedEpisodes.append(episode)
                flaggedPlaced.append(index)
            }
        }
        Support.flag(flaggedEpisodes, in: episodes, &findings)
        Support.flag(flaggedPlaced, in: placed, &findings)
    }

    static let r184 = Rule<SSDA903Return>(
        "184", "Date of decision that a child should be placed for adoption is before the child was born.",
        fields: ["DATE_PLACED", "DOB"]
    ) { ret, findings in
        // The validator joins the header but, both tables having a DOB item, compares the date
        // with the PlacedAdoption row's own DOB; a decision date with no readable DOB is flagged.
        let placed = ret.placedAdoption
        let dob = placed.column("DOB"), datePlaced = placed.column("DATE_PLACED")
        for (index, row) in placed.rows.enumerated() {
            guard let decided = row.day(datePlaced) else { continue }
            if row.day(dob).map({ decided < $0 }) ?? true { findings.flag(placed, row: index) }
        }
    }

    static let r331 = Rule<SSDA903Return>(
        "331", "Date of matching child and adopter(s) should be the same as, or prior to, the date of placement of adoption.",
        fields: ["DATE_MATCH", "DECOM", "REC"]
    ) { ret, findings in
        let episodes = ret.episodes, ad1 = ret.ad1
        let ad1Rows = Support.rowsByChild(ad1)
        let child = episodes.column("CHILD"), rec = episodes.column("REC"), decom = episodes.column("DECOM")
        let match = ad1.column("DATE_MATCH")
        var flaggedAD1: [Int] = [], flaggedEpisodes: [Int] = []
        for (index, row) in episodes.rows.enumerated() where ["E11", "E12"].contains(Support.code(row, rec)) {
            guard let placedOn = row.day(decom) else { continue }
            for adoption in ad1Rows[row[child]] ?? [] {
                guard let matched = ad1.rows[adoption].day(match), matched > placedOn else { continue }
                flaggedAD1.append(adoption)
                flaggedEpisodes.append(index)
            }
        }
        Support.flag(flaggedAD1, in: ad1, &findings, fields: ["DATE_MATCH"])
        Support.flag(flaggedEpisodes, in: episodes, &findings, fields: ["DECOM", "REC"])
    }

    static let r1003 = Rule<SSDA903Return>(
        "1003", "Date of LA's decision that a child should be placed for adoption is before the child started to be looked after.",
        fields: ["DATE_PLACED", "DECOM", "RNE"]
    ) { ret, findings in
        let episodes = ret.episodes, placed = ret.placedAdoption
        let rne = episodes.column("RNE"), decom = episodes.column("DECOM")
        let starts = episodes.rows.indices.filter { Support.code(episodes.rows[$0], rne) == "S" }
        let first = Support.extremeRows(episodes, by: decom, latest: false, rows: starts)
        let placedRows = Support.rowsByChild(placed)
        let datePlaced = placed.column("DATE_PLACED")
        var flaggedEpisodes: [Int] = [], flaggedPlaced: [Int] = []
        for (child, episode) in first {
            let began = episodes.rows[episode].day(decom)!
            for index in placedRows[child] ?? [] {
                guard let decided = placed.rows[index].day(datePlaced), decided < began else { continue }
                flaggedEpisodes.append(episode)
                flaggedPlaced.append(index)
            }
        }
        Support.flag(flaggedEpisodes, in: episodes, &findings, fields: ["DECOM", "RNE"])
        Support.flag(flaggedPlaced, in: placed, &findings, fields: ["DATE_PLACED"])
    }
}
