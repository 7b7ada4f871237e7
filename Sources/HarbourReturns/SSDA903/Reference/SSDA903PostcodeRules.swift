import HarbourCore

/// The rules on where a child is placed, read through the ONS Postcode Directory: PL_LA,
/// PL_LOCATION and PL_DISTANCE (see `SSDA903Placements`), whether the postcodes exist, and
/// whether a URN is due where the child is placed.
extension SSDA903Rules {
    private typealias S = SSDA903Support

    /// Placement types under the council's own provision that are not fostering, adoption or
    /// supported accommodation (rule 1015 leaves these out).
    private static let fosteringOrAdoption: Set<String> = ["A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6", "K3"]
    /// Placement types that need no URN (rule 218) and places outside England (rules 218, 243).
    private static let noURNNeeded: Set<String> = ["P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14"]
    static let outsideEngland: Set<String> = ["CON", "NIR", "SCO", "WAL", "NUK"]

    private static func shortBreak(_ row: ReturnRow, _ ls: ReturnTable.Column) -> Bool { ["V3", "V4"].contains(S.code(row, ls)) }

    /// Flags each episode for which `flagged` holds, given its row and derived items.
    private static func flagEpisodes(_ ret: SSDA903Return, _ findings: inout Findings,
                                     _ flagged: (ReturnRow, SSDA903Placement) -> Bool) {
        guard let places = SSDA903Placements.current(ret) else { return }
        let episodes = ret.episodes
        for (index, row) in episodes.rows.enumerated() where flagged(row, places[index]) {
            findings.flag(episodes, row: index)
        }
    }

    static let r164 = Rule<SSDA903Return>(
        "164", "Distance is not valid. Please check a valid postcode has been entered. [NOTE: This check will result in false positives for children formerly UASC not identified as such in loaded data]",
        fields: ["PL_DISTANCE"], needs: [.postcodes]
    ) { ret, findings in
        // If the child is not UASC, this year or the two before, PL_DISTANCE must be 0.0 to 999.9.
        let uasc = uascChildren(ret), child = ret.episodes.column("CHILD")
        flagEpisodes(ret, &findings) { row, place in
            guard !uasc.contains(row[child]), let distance = place.distance else { return false }
            return distance < 0 || distance > 999.9
        }
    }

    static let r169 = Rule<SSDA903Return>(
        "169", "Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode has been entered.",
        fields: ["PL_LA"], needs: [.postcodes]
    ) { ret, findings in
        let ls = ret.episodes.column("LS")
        flagEpisodes(ret, &findings) { row, place in !shortBreak(row, ls) && place.la == nil }
    }

    static let r179 = Rule<SSDA903Return>(
        "179", "Placement location code is not a valid code.",
        fields: ["PL_LOCATION"], needs: [.postcodes]
    ) { ret, findings in
        let ls = ret.episodes.column("LS")
        flagEpisodes(ret, &findings) { row, place in !shortBreak(row, ls) && place.location == nil }
    }

    static let r218 = Rule<SSDA903Return>(
        "218", "Ofsted Unique reference number (URN) is required.",
        fields: ["URN"], needs: [.postcodes]
    ) { ret, findings in
        // Where PLACE needs a URN, the child is placed in England, and the episode ends in the
        // year or is open, URN must be given.
        guard let places = SSDA903Placements.current(ret) else { return }
        let episodes = ret.episodes
        let place = episodes.column("PLACE"), urn = episodes.column("URN"), dec = episodes.column("DEC")
        let ends = episodes.days(dec), start = ret.collectionStart
        for (index, row) in episodes.rows.enumerated() where row[urn].isEmpty {
            let endsInYear = row[dec].isEmpty || ends[index].map { $0 >= start } == true
            if endsInYear && !noURNNeeded.contains(S.code(row, place)) && !outsideEngland.contains(places[index].la ?? "") {
                findings.flag(episodes, row: index)
            }
        }
    }

    static let r241 = Rule<SSDA903Return>(
        "241", "LA of placement is not an LA the provider has premises.",
        fields: ["URN"], needs: [.postcodes, .councilCode]
    ) { ret, findings in
        // Supported accommodation (K3) with a URN must be in the council's own area.
        let place = ret.episodes.column("PLACE"), urn = ret.episodes.column("URN")
        flagEpisodes(ret, &findings) { row, placement in
            !row[urn].isEmpty && S.code(row, urn) != "XXXXXXX" && S.code(row, place) == "K3" && placement.la != ret.localAuthority
        }
    }

    static let r243 = Rule<SSDA903Return>(
        "243", "Only placements with providers registered with Ofsted should have a URN reported.",
        fields: ["URN"], needs: [.postcodes]
    ) { ret, findings in
        let urn = ret.episodes.column("URN")
        flagEpisodes(ret, &findings) { row, placement in
            outsideEngland.contains(placement.la ?? "") && !row[urn].isEmpty
        }
    }

    static let r392a = Rule<SSDA903Return>(
        "392a", "Child is looked after but no distance is recorded. [NOTE: This check may result in false positives for children formerly UASC]",
        fields: ["PL_DISTANCE"], needs: [.postcodes]
    ) { ret, findings in
        let uasc = uascChildren(ret), child = ret.episodes.column("CHILD"), ls = ret.episodes.column("LS")
        flagEpisodes(ret, &findings) { row, place in
            !uasc.contains(row[child]) && !shortBreak(row, ls) && place.distance == nil
        }
    }

    static let r392c = Rule<SSDA903Return>(
        "392c", "Postcode(s) provided are invalid.",
        fields: ["HOME_POST", "PL_POST"], needs: [.postcodes]
    ) { ret, findings in
        let home = ret.episodes.column("HOME_POST"), placed = ret.episodes.column("PL_POST")
        flagEpisodes(ret, &findings) { row, place in
            (!row[home].isEmpty && !place.homeFound) || (!row[placed].isEmpty && !place.placementFound)
        }
    }

    static let r406 = Rule<SSDA903Return>(
        "406", "Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance should be blank. [NOTE: This check will result in false negatives for children formerly UASC not identified as such in loaded data]",
        fields: ["PL_DISTANCE"], needs: [.postcodes]
    ) { ret, findings in
        let uasc = uascChildren(ret), child = ret.episodes.column("CHILD")
        flagEpisodes(ret, &findings) { row, place in uasc.contains(row[child]) && place.distance != nil }
    }

    static let r411 = Rule<SSDA903Return>(
        "411", "Placement location code disagrees with LA of placement.",
        fields: ["PL_LOCATION"], needs: [.postcodes, .councilCode]
    ) { ret, findings in
        // PL_LOCATION is worked out from PL_LA, so the two agree whenever the postcode directory
        // gives them; the rule is kept as the DfE states it.
        flagEpisodes(ret, &findings) { _, place in place.location == "IN" && place.la != ret.localAuthority }
    }

    static let r420 = Rule<SSDA903Return>(
        "420", "LA of placement completed but child is looked after under legal status V3 or V4.",
        fields: ["PL_LA"], needs: [.postcodes]
    ) { ret, findings in
        let ls = ret.episodes.column("LS")
        flagEpisodes(ret, &findings) { row, place in shortBreak(row, ls) && place.la != nil }
    }

    static let r454 = Rule<SSDA903Return>(
        "454", "Placement distance from home is over 350 miles. [NOTE: This check will result in false positives for children formerly UASC not identified as such in loaded data]",
        fields: ["PL_DISTANCE"], needs: [.postcodes]
    ) { ret, findings in
        flagEpisodes(ret, &findings) { _, place in
            guard let distance = place.distance else { return false }
            return distance > 350 && distance != 999.9
        }
    }

    static let r1015 = Rule<SSDA903Return>(
        "1015", "Placement provider is own provision but child not placed in own LA.",
        fields: ["PL_LA"], needs: [.postcodes, .councilCode]
    ) { ret, findings in
        let episodes = ret.episodes
        let place = episodes.column("PLACE"), provider = episodes.column("PLACE_PROVIDER"), ls = episodes.column("LS")
        flagEpisodes(ret, &findings) { row, placement in
            S.code(row, provider) == "PR1" && !row[ls].isEmpty && !row[place].isEmpty && !shortBreak(row, ls)
                && !fosteringOrAdoption.contains(S.code(row, place)) && placement.la != ret.localAuthority
        }
    }
}
