import HarbourCore

/// Adopters' details, adoption decision dates, and placement providers.
extension SSDA903Rules {
    private typealias S = SSDA903SupportB

    /// AD1 rows whose adopters' legal status is `status` and whose adopters' sexes are not
    /// among `sexes` (blank counts as not among them).
    private static func flagAdopters(_ status: String, notIn sexes: Set<String>, _ ret: SSDA903Return, _ findings: inout Findings) {
        let ad1 = ret.ad1
        let ls = ad1.column("LS_ADOPTR"), sex = ad1.column("SEX_ADOPTR")
        for (index, row) in ad1.rows.enumerated() where S.code(row[ls]) == status && !sexes.contains(S.code(row[sex])) {
            findings.flag(ad1, row: index)
        }
    }

    static let r511 = Rule<SSDA903Return>(
        "511", "If reporting that the number of person(s) adopting the looked after child is two adopters then the code should only be MM, FF or MF. MM = the adopting couple are both males; FF = the adopting couple are both females; MF = The adopting couple are male and female.",
        fields: ["NB_ADOPTR", "SEX_ADOPTR"]
    ) { ret, findings in
        let ad1 = ret.ad1
        let number = ad1.column("NB_ADOPTR"), sex = ad1.column("SEX_ADOPTR")
        for (index, row) in ad1.rows.enumerated() where row[number] == "2" && ["M1", "F1"].contains(S.code(row[sex])) {
            findings.flag(ad1, row: index)
        }
    }

    static let r514 = Rule<SSDA903Return>(
        "514", "Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of adopters shows it as a couple.",
        fields: ["LS_ADOPTR", "SEX_ADOPTR"]
    ) { ret, findings in
        flagAdopters("L0", notIn: ["M1", "F1"], ret, &findings)
    }

    static let r516 = Rule<SSDA903Return>(
        "516", "The episode data submitted for this child does not show that he/she was with their former foster carer(s) during the year.If the code in the reason episode ceased is E45 or E46 the child must have a placement code of U1 to U6.",
        fields: ["REC", "PLACE"]
    ) { ret, findings in
        let episodes = ret.episodes
        let rec = episodes.column("REC"), place = episodes.column("PLACE")
        let fostering: Set<String> = ["U1", "U2", "U3", "U4", "U5", "U6"]
        for (index, row) in episodes.rows.enumerated() where ["E45", "E46"].contains(S.code(row[rec])) {
            if !fostering.contains(S.code(row[place])) { findings.flag(episodes, row: index) }
        }
    }

    static let r517 = Rule<SSDA903Return>(
        "517", "If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = the adopting couple are male and female.",
        fields: ["LS_ADOPTR", "SEX_ADOPTR"]
    ) { ret, findings in
        flagAdopters("L3", notIn: ["MF"], ret, &findings)
    }

    static let r518 = Rule<SSDA903Return>(
        "518", "If reporting legal status of adopters is L4 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females.",
        fields: ["LS_ADOPTR", "SEX_ADOPTR"]
    ) { ret, findings in
        flagAdopters("L4", notIn: ["MM", "FF"], ret, &findings)
    }

    static let r519 = Rule<SSDA903Return>(
        "519", "Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders of adopters does not show it as a couple.",
        fields: ["LS_ADOPTR", "SEX_ADOPTR"]
    ) { ret, findings in
        flagAdopters("L2", notIn: ["MM", "FF", "MF"], ret, &findings)
    }

    static let r520 = Rule<SSDA903Return>(
        "520", "Data entry on the legal status of adopters shows different gender married couple but data entry on genders of adopters shows it as a same gender couple.",
        fields: ["LS_ADOPTR", "SEX_ADOPTR"]
    ) { ret, findings in
        flagAdopters("L11", notIn: ["MF"], ret, &findings)
    }

    static let r521 = Rule<SSDA903Return>(
        "521", "Date of local authority's decision (LA) that adoption is in the best interests of the child (date should be placed) must be on or prior to the date the child is placed for adoption.",
        fields: ["PLACE", "DECOM", "DATE_INT"]
    ) { ret, findings in
        let episodes = ret.episodes, ad1 = ret.ad1
        let adByChild = ad1.groups(by: ad1.column("CHILD"))
        let dateInts = S.days(ad1, ad1.column("DATE_INT"))
        let child = episodes.column("CHILD"), place = episodes.column("PLACE"), decom = episodes.column("DECOM")
        var flaggedEpisodes: [Int] = [], flaggedAD1: [Int] = []
        for (index, row) in episodes.rows.enumerated() where ["A3", "A4", "A5", "A6"].contains(S.code(row[place])) {
            guard let placed = row.day(decom) else { continue }
            for adRow in adByChild[row[child]] ?? [] {
                guard let decided = dateInts[adRow], decided > placed else { continue }
                flaggedEpisodes.append(index)
                flaggedAD1.append(adRow)
            }
        }
        S.flag(flaggedEpisodes, in: episodes, &findings)
        S.flag(flaggedAD1, in: ad1, &findings)
    }

    static let r522 = Rule<SSDA903Return>(
        "522", "Date of decision that the child should be placed for adoption must be on or before the date that a child should no longer be placed for adoption.",
        fields: ["DATE_PLACED", "DATE_PLACED_CEASED"]
    ) { ret, findings in
        let placed = ret.placedAdoption
        let date = placed.column("DATE_PLACED"), ceased = placed.column("DATE_PLACED_CEASED")
        for (index, row) in placed.rows.enumerated() {
            if let end = row.day(ceased), let start = row.day(date), end < start { findings.flag(placed, row: index) }
        }
    }

    static let r523 = Rule<SSDA903Return>(
        "523", "Date of decision that the child should be placed for adoption should be the same date as the decision that adoption is in the best interest (date should be placed).",
        fields: ["DATE_PLACED", "DATE_INT"]
    ) { ret, findings in
        let placed = ret.placedAdoption, ad1 = ret.ad1
        let adByChild = ad1.groups(by: ad1.column("CHILD"))
        let dateInts = S.days(ad1, ad1.column("DATE_INT"))
        let child = placed.column("CHILD"), date = placed.column("DATE_PLACED")
        var flaggedPlaced: [Int] = [], flaggedAD1: [Int] = []
        for (index, row) in placed.rows.enumerated() {
            guard let decided = row.day(date) else { continue }
            for adRow in adByChild[row[child]] ?? [] {
                guard let interest = dateInts[adRow], interest != decided else { continue }
                flaggedPlaced.append(index)
                flaggedAD1.append(adRow)
            }
        }
        S.flag(flaggedPlaced, in: placed, &findings)
        S.flag(flaggedAD1, in: ad1, &findings)
    }

    static let r524 = Rule<SSDA903Return>(
        "524", "If reporting legal status of adopters is L12 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females",
        fields: ["LS_ADOPTR", "SEX_ADOPTR"]
    ) { ret, findings in
        flagAdopters("L12", notIn: ["MM", "FF"], ret, &findings)
    }

    static let r525 = Rule<SSDA903Return>(
        "525", "A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the year.",
        fields: ["DATE_PLACED_CEASED", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]
    ) { ret, findings in
        let placed = ret.placedAdoption, ad1 = ret.ad1
        let adByChild = ad1.groups(by: ad1.column("CHILD"))
        let adoption = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"].map(ad1.column)
        let child = placed.column("CHILD"), ceased = placed.column("DATE_PLACED_CEASED")
        var flaggedPlaced: [Int] = [], flaggedAD1: [Int] = []
        for (index, row) in placed.rows.enumerated() where !row[ceased].isEmpty {
            for adRow in adByChild[row[child]] ?? [] where adoption.contains(where: { !ad1.rows[adRow][$0].isEmpty }) {
                flaggedPlaced.append(index)
                flaggedAD1.append(adRow)
            }
        }
        S.flag(flaggedPlaced, in: placed, &findings)
        S.flag(flaggedAD1, in: ad1, &findings)
    }

    /// Episodes whose placement type is among `places` and whose provider is `provider`.
    private static func flagProvider(_ provider: String, in places: Set<String>, _ ret: SSDA903Return, _ findings: inout Findings) {
        let episodes = ret.episodes
        let place = episodes.column("PLACE"), placeProvider = episodes.column("PLACE_PROVIDER")
        for (index, row) in episodes.rows.enumerated() where S.code(row[placeProvider]) == provider {
            if places.contains(S.code(row[place])) { findings.flag(episodes, row: index) }
        }
    }

    static let r526 = Rule<SSDA903Return>(
        "526", "Child is missing a placement provider code for at least one episode.",
        fields: ["PLACE", "PLACE_PROVIDER"]
    ) { ret, findings in
        let episodes = ret.episodes
        let place = episodes.column("PLACE"), provider = episodes.column("PLACE_PROVIDER")
        let exempt: Set<String> = ["T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14"]
        for (index, row) in episodes.rows.enumerated() where row[provider].isEmpty && !exempt.contains(S.code(row[place])) {
            findings.flag(episodes, row: index)
        }
    }

    static let r527 = Rule<SSDA903Return>(
        "527", "A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.",
        fields: ["PLACE", "PLACE_PROVIDER"]
    ) { ret, findings in
        flagProvider("PR1", in: ["P1", "R2", "R5"], ret, &findings)
    }

    static let r528 = Rule<SSDA903Return>(
        "528", "A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.",
        fields: ["PLACE", "PLACE_PROVIDER"]
    ) { ret, findings in
        flagProvider("PR2", in: ["P1", "R2", "R5"], ret, &findings)
    }

    static let r529 = Rule<SSDA903Return>(
        "529", "Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to U6 as these placements cannot be provided by other public organisations.",
        fields: ["PLACE", "PLACE_PROVIDER"]
    ) { ret, findings in
        flagProvider("PR3", in: ["A3", "A4", "A5", "A6", "K1", "K2", "P1", "U1", "U2", "U3", "U4", "U5", "U6"], ret, &findings)
    }

    static let r530 = Rule<SSDA903Return>(
        "530", "A placement provider code of PR4 cannot be associated with placement P1.",
        fields: ["PLACE", "PLACE_PROVIDER"]
    ) { ret, findings in
        flagProvider("PR4", in: ["P1"], ret, &findings)
    }

    static let r531 = Rule<SSDA903Return>(
        "531", "A placement provider code of PR5 cannot be associated with placements P1.",
        fields: ["PLACE", "PLACE_PROVIDER"]
    ) { ret, findings in
        flagProvider("PR5", in: ["P1"], ret, &findings)
    }
}
