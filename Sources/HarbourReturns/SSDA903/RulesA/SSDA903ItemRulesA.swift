import HarbourCore

/// Rules on single items of the SSDA903: codes from the DfE's lists and dates that must be real.
extension SSDA903Rules {
    private typealias Support = SSDA903SupportA

    // MARK: Header

    static let r101 = Support.codeList(
        "101", "The child or young person’s reported sex is not valid.",
        table: \.header, field: "SEX", codes: ["M", "F", "U"], required: true)

    static let r102 = Support.validDate(
        "102", "Date of birth is not a valid date.", table: \.header, field: "DOB", required: true)

    static let r103 = Support.codeList(
        "103", "The ethnicity code is either not valid or has not been entered.",
        table: \.header, field: "ETHNIC",
        codes: ["WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN",
                "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT"],
        required: true)

    static let r168 = Rule<SSDA903Return>(
        "168", "Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.",
        fields: ["UPN"]
    ) { ret, findings in
        let header = ret.header
        let upn = header.column("UPN")
        for (index, row) in header.rows.enumerated() where Support.has(row, upn) {
            if !isValidUPN(Support.code(row, upn)) { findings.flag(header, row: index) }
        }
    }

    /// A UPN in the DfE's form (a check letter other than I, O or S, then 12 digits or 11 digits
    /// and a letter), or one of the "unknown" codes UN1 to UN5.
    private static func isValidUPN(_ upn: String) -> Bool {
        let bytes = Array(upn.utf8)
        if bytes.count == 3, upn.hasPrefix("UN"), (0x31...0x35).contains(bytes[2]) { return true }
        guard bytes.count == 13 else { return false }
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
        func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
        guard isLetter(bytes[0]), ![UInt8(ascii: "I"), UInt8(ascii: "O"), UInt8(ascii: "S")].contains(bytes[0]) else { return false }
        guard bytes[1..<12].allSatisfy(isDigit) else { return false }
        return isDigit(bytes[12]) || isLetter(bytes[12])
    }

    static let r171 = Support.validDate(
        "171", "Date of birth of mother's child is not a valid date.", table: \.header, field: "MC_DOB")

    static let r174 = Rule<SSDA903Return>(
        "174", "Mother's child date of birth is recorded but sex shows that the child is a male.",
        fields: ["SEX", "MC_DOB"]
    ) { ret, findings in
        let header = ret.header
        let sex = header.column("SEX"), mcDOB = header.column("MC_DOB")
        for (index, row) in header.rows.enumerated() where Support.code(row, sex) == "M" && Support.has(row, mcDOB) {
            findings.flag(header, row: index)
        }
    }

    // MARK: UASC

    static let r104 = Rule<SSDA903Return>(
        "104", "Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.",
        fields: ["DUC"]
    ) { ret, findings in
        let uasc = ret.uasc
        let duc = uasc.column("DUC")
        let start = ret.collectionStart
        for (index, row) in uasc.rows.enumerated() {
            let date = row.day(duc)
            if (date == nil && Support.has(row, duc)) || date.map({ $0 < start }) == true {
                findings.flag(uasc, row: index)
            }
        }
    }

    // MARK: Adoption (AD1, PlacedAdoption)

    static let r112 = Support.validDate(
        "112", "Date should be placed for adoption is not a valid date.", table: \.ad1, field: "DATE_INT")

    static let r113 = Support.validDate(
        "113", "Date matching child and adopter(s) is not a valid date.", table: \.ad1, field: "DATE_MATCH")

    static let r114 = Support.codeList(
        "114", "Data entry to record the status of former carer(s) of an adopted child is invalid.",
        table: \.ad1, field: "FOSTER_CARE", codes: ["0", "1"])

    static let r115 = Support.validDate(
        "115", "Date of Local Authority's (LA) decision that a child should be placed for adoption is not a valid date.",
        table: \.placedAdoption, field: "DATE_PLACED")

    static let r116 = Support.validDate(
        "116", "Date of Local Authority's (LA) decision that a child should no longer be placed for adoption is not a valid date.",
        table: \.placedAdoption, field: "DATE_PLACED_CEASED")

    static let r119 = Rule<SSDA903Return>(
        "119", "If the decision is made that a child should no longer be placed for adoption, then the date of this decision and the reason why this decision was made must be completed.",
        fields: ["REASON_PLACED_CEASED", "DATE_PLACED_CEASED"]
    ) { ret, findings in
        let placed = ret.placedAdoption
        let date = placed.column("DATE_PLACED_CEASED"), reason = placed.column("REASON_PLACED_CEASED")
        for (index, row) in placed.rows.enumerated() where Support.has(row, date) != Support.has(row, reason) {
            findings.flag(placed, row: index)
        }
    }

    static let r120 = Support.codeList(
        "120", "The reason for the reversal of the decision that the child should be placed for adoption code is not valid.",
        table: \.placedAdoption, field: "REASON_PLACED_CEASED", codes: ["RD1", "RD2", "RD3", "RD4"])

    static let r151 = Rule<SSDA903Return>(
        "151", "All data items relating to a childs adoption must be coded or left blank.",
        fields: ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTER", "SEX_ADOPTR", "LS_ADOPTR"]
    ) { ret, findings in
        let ad1 = ret.ad1
        let columns = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"].map(ad1.column)
        for (index, row) in ad1.rows.enumerated() {
            let given = columns.filter { Support.has(row, $0) }.count
            if given > 0 && given < columns.count { findings.flag(ad1, row: index) }
        }
    }

    static let r175 = Support.codeList(
        "175", "The number of adopter(s) code is not a valid code.", table: \.ad1, field: "NB_ADOPTR", codes: ["1", "2"])

    static let r176 = Support.codeList(
        "176", "The gender of adopter(s) at the date of adoption code is not a valid code.",
        table: \.ad1, field: "SEX_ADOPTR", codes: ["M1", "F1", "MM", "FF", "MF"])

    static let r177 = Support.codeList(
        "177", "The legal status of adopter(s) code is not a valid code.",
        table: \.ad1, field: "LS_ADOPTR", codes: ["L0", "L11", "L12", "L2", "L3", "L4"])

    // MARK: Care leavers (OC3)

    static let r131 = Support.codeList(
        "131", "Data entry for being in touch after leaving care is invalid.",
        table: \.oc3, field: "IN_TOUCH", codes: ["YES", "NO", "DIED", "REFU", "NREQ", "RHOM"], required: true)

    static let r132 = Support.codeList(
        "132", "Data entry for activity after leaving care is invalid.",
        table: \.oc3, field: "ACTIV", codes: ["F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0"],
        required: true)

    static let r133 = Support.codeList(
        "133", "Data entry for accommodation after leaving care is invalid. If reporting on a childs accommodation after leaving care the data entry must be valid",
        table: \.oc3, field: "ACCOM",
        codes: ["B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2", "R1", "R2", "S2",
                "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1", "Z2", "0"],
        required: true)

    static let r153 = Rule<SSDA903Return>(
        "153", "All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.",
        fields: ["IN_TOUCH", "ACTIV", "ACCOM"]
    ) { ret, findings in
        let oc3 = ret.oc3
        let columns = ["IN_TOUCH", "ACTIV", "ACCOM"].map(oc3.column)
        for (index, row) in oc3.rows.enumerated() {
            let given = columns.filter { Support.has(row, $0) }.count
            if given > 0 && given < columns.count { findings.flag(oc3, row: index) }
        }
    }

    // MARK: Episodes

    static let r141 = Support.validDate(
        "141", "Date episode began is not a valid date.", table: \.episodes, field: "DECOM")

    static let r143 = Support.codeList(
        "143", "The reason for new episode code is not a valid code.",
        table: \.episodes, field: "RNE", codes: ["S", "P", "L", "T", "U", "B"])

    static let r144 = Support.codeList(
        "144", "The legal status code is not a valid code.",
        table: \.episodes, field: "LS", codes: ["C1", "C2", "D1", "E1", "V2", "V3", "V4", "J1", "J2", "J3", "L1", "L2", "L3"])

    static let r145 = Support.codeList(
        "145", "Category of need code is not a valid code.",
        table: \.episodes, field: "CIN", codes: ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"])

    /// The 2025-26 placement types, still in force for 2026-27 (H5, P2 and Z1 are gone; Z11-Z14 are new).
    static let r146 = Support.codeList(
        "146", "Placement type code is not a valid code.", table: \.episodes, field: "PLACE",
        codes: ["A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3",
                "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z11", "Z12", "Z13", "Z14"])

    static let r147 = Support.validDate(
        "147", "Date episode ceased is not a valid date.", table: \.episodes, field: "DEC")

    static let r148 = Rule<SSDA903Return>(
        "148", "Date episode ceased and reason episode ceased must both be coded, or both left blank.",
        fields: ["DEC", "REC"]
    ) { ret, findings in
        let episodes = ret.episodes
        let dec = episodes.column("DEC"), rec = episodes.column("REC")
        for (index, row) in episodes.rows.enumerated() where Support.has(row, dec) != Support.has(row, rec) {
            findings.flag(episodes, row: index)
        }
    }

    static let r149 = Support.codeList(
        "149", "Reason episode ceased code is not valid. ", table: \.episodes, field: "REC",
        codes: ["E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E8",
                "E9", "E14", "E15", "E16", "E17", "X1"])

    static let r178 = Rule<SSDA903Return>(
        "178", "Placement provider code is not a valid code.", fields: ["PLACE_PROVIDER"]
    ) { ret, findings in
        let episodes = ret.episodes
        let provider = episodes.column("PLACE_PROVIDER"), place = episodes.column("PLACE")
        let providers: Set<String> = ["PR0", "PR1", "PR2", "PR3", "PR4", "PR5"]
        let noProvider: Set<String> = ["T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14"]
        for (index, row) in episodes.rows.enumerated() where Support.has(row, provider) {
            if !providers.contains(Support.code(row, provider)) || noProvider.contains(Support.code(row, place)) {
                findings.flag(episodes, row: index)
            }
        }
    }

    // MARK: Reviews

    static let r166 = Support.validDate(
        "166", "Date of review is invalid or blank.", table: \.reviews, field: "REVIEW", required: true)

    static let r167 = Rule<SSDA903Return>(
        "167", "Data entry for participation is invalid or blank.", fields: ["REVIEW_CODE"]
    ) { ret, findings in
        let reviews = ret.reviews
        let review = reviews.column("REVIEW"), participation = reviews.column("REVIEW_CODE")
        let codes: Set<String> = ["PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"]
        for (index, row) in reviews.rows.enumerated() {
            let valid = Support.has(row, review)
                ? codes.contains(Support.code(row, participation))
                : !Support.has(row, participation)
            if !valid { findings.flag(reviews, row: index) }
        }
    }
    // MARK: Missing

    static let r1004 = Support.validDate(
        "1004", "The start date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.",
        table: \.missing, field: "MIS_START", required: true)

    static let r1005 = Support.validDate(
        "1005", "The end date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.",
        table: \.missing, field: "MIS_END")

    static let r1006 = Support.codeList(
        "1006", "Missing type invalid.", table: \.missing, field: "MISSING", codes: ["M", "A"])

    static let r1009 = Support.codeList(
        "1009", "Reason for placement change is not a valid code.", table: \.episodes, field: "REASON_PLACE_CHANGE",
        codes: ["CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD", "OTHER"])
}
