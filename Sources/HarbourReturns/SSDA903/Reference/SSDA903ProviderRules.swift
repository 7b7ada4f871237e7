import HarbourCore

/// The rules on Ofsted URNs, read through Ofsted's list of social care providers: whether the
/// URN is registered, for the placement type, provider type and postcode given, and on the
/// episode's dates.
extension SSDA903Rules {
    private typealias S = SSDA903Support

    /// Placement types whose provider's area rule 229 does not compare.
    private static let noProviderArea: Set<String> = ["K3", "P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14"]

    /// Flags each episode with a URN (not XXXXXXX, the value for placements Ofsted does not
    /// register) for which `flagged` holds, given its row and Ofsted's entry (nil when not listed).
    private static func flagURNs(_ ret: SSDA903Return, _ findings: inout Findings,
                                 _ flagged: (Int, ReturnRow, OfstedProviders.Provider?) -> Bool) {
        guard let providers = ret.reference.providers else { return }
        let episodes = ret.episodes, urn = episodes.column("URN")
        for (index, row) in episodes.rows.enumerated() where !row[urn].isEmpty && S.code(row, urn) != "XXXXXXX" {
            if flagged(index, row, providers[row[urn]]) { findings.flag(episodes, row: index) }
        }
    }

    static let r1008 = Rule<SSDA903Return>(
        "1008", "Ofsted Unique Reference Number (URN) is not valid.",
        fields: ["URN"], needs: [.providers]
    ) { ret, findings in
        flagURNs(ret, &findings) { _, _, provider in provider == nil }
    }

    static let r219 = Rule<SSDA903Return>(
        "219", "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement type recorded.",
        fields: ["URN", "PLACE"], needs: [.providers]
    ) { ret, findings in
        let place = ret.episodes.column("PLACE")
        flagURNs(ret, &findings) { _, row, provider in
            !(provider?.placementTypes.contains(S.code(row, place)) ?? false)
        }
    }

    static let r221 = Rule<SSDA903Return>(
        "221", "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement postcode provided.",
        fields: ["PL_POST"], needs: [.providers]
    ) { ret, findings in
        let episodes = ret.episodes
        let ls = episodes.column("LS"), place = episodes.column("PLACE"), postcode = episodes.column("PL_POST")
        flagURNs(ret, &findings) { _, row, provider in
            guard !["V3", "V4"].contains(S.code(row, ls)), ["K1", "K2", "K3", "R3", "S1"].contains(S.code(row, place)),
                  !row[postcode].isEmpty else { return false }
            return provider.map { PostcodeDirectory.key($0.postcode) != PostcodeDirectory.key(row[postcode]) } ?? true
        }
    }

    static let r224 = Rule<SSDA903Return>(
        "224", "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement provider recorded.",
        fields: ["PLACE_PROVIDER"], needs: [.providers]
    ) { ret, findings in
        let provided = ret.episodes.column("PLACE_PROVIDER")
        flagURNs(ret, &findings) { _, row, provider in
            !(provider?.providerTypes.contains(S.code(row, provided)) ?? false)
        }
    }

    static let r227 = Rule<SSDA903Return>(
        "227", "Ofsted Unique reference number (URN) is not valid for the episode start date.",
        fields: ["URN", "DECOM"], needs: [.providers]
    ) { ret, findings in
        let starts = ret.episodes.days(ret.episodes.column("DECOM"))
        flagURNs(ret, &findings) { index, _, provider in
            guard let ended = provider?.registrationEnded, let start = starts[index] else { return false }
            return start >= ended
        }
    }

    static let r228 = Rule<SSDA903Return>(
        "228", "Ofsted Unique reference number (URN) is not valid for the episode end date [NOTE: may give false positives on open episodes at providers who close during the year]",
        fields: ["URN", "DEC"], needs: [.providers]
    ) { ret, findings in
        // An open episode (no DEC that reads as a date) must be at a provider still registered on 31 March.
        let ends = ret.episodes.days(ret.episodes.column("DEC"))
        flagURNs(ret, &findings) { index, _, provider in
            guard let ended = provider?.registrationEnded else { return false }
            return (ends[index] ?? ret.collectionEnd) > ended
        }
    }

    static let r229 = Rule<SSDA903Return>(
        "229", "Placement provider does not match between the placing authority and the local authority code of the provider. [NOTE: The provider's LA code is inferred from the its postcode, and may be inaccurate in some cases.]",
        fields: ["URN", "PLACE_PROVIDER"], needs: [.providers, .postcodes, .councilCode]
    ) { ret, findings in
        // Own provision (PR1) must be in the council's area, another council's (PR2) outside it;
        // the provider's area is its postcode's, as the DfE's validator infers it.
        guard let directory = ret.reference.postcodes else { return }
        let place = ret.episodes.column("PLACE"), provided = ret.episodes.column("PLACE_PROVIDER")
        flagURNs(ret, &findings) { _, row, provider in
            guard !noProviderArea.contains(S.code(row, place)) else { return false }
            let area = provider.flatMap { directory[$0.postcode]?.placementLA }
            switch S.code(row, provided) {
            case "PR1": return area != ret.localAuthority
            case "PR2": return area == ret.localAuthority
            default: return false
            }
        }
    }
}
