import HarbourCore

/// The child's dates of birth and death, disabilities, and checks on the return as a whole.
extension CINRules {
    static let r8520 = Rule<CINReturn>(
        "8520", "Date of Birth is after data collection period (must be on or before the end of the census period)",
        .error, fields: ["PersonBirthDate", "ReferenceDate"]
    ) { ret, findings in
        guard let end = CINSupportA.period(ret)?.end else { return }
        let table = ret.childIdentifiers
        let birth = table.column("PersonBirthDate")
        for (index, row) in table.rows.enumerated() {
            if let day = row.day(birth), day > end { findings.flag(table, row: index, fields: ["PersonBirthDate"]) }
        }
    }

    static let r8525Q = Rule<CINReturn>(
        "8525Q", "Either Date of Birth or Expected Date of Birth must be provided (but not both)",
        .query, fields: ["PersonBirthDate", "ExpectedPersonBirthDate"]
    ) { ret, findings in
        let table = ret.childIdentifiers
        let birth = table.column("PersonBirthDate"), expected = table.column("ExpectedPersonBirthDate")
        for (index, row) in table.rows.enumerated() where (row.day(birth) == nil) == (row.day(expected) == nil) {
            findings.flag(table, row: index)
        }
    }

    static let r8530Q = Rule<CINReturn>(
        "8530Q", "Please check and either amend data or provide a reason: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)",
        .query, fields: ["ExpectedPersonBirthDate"]
    ) { ret, findings in
        guard let reference = ret.referenceDate else { return }
        let earliest = reference.adding(days: -30), latest = reference.adding(months: 9)
        let table = ret.childIdentifiers
        let expected = table.column("ExpectedPersonBirthDate")
        for (index, row) in table.rows.enumerated() {
            guard let day = row.day(expected) else { continue }
            if day >= latest || day <= earliest { findings.flag(table, row: index) }
        }
    }

    static let r8535Q = Rule<CINReturn>(
        "8535Q", "Please check and either amend data or provide a reason: Child’s date of death should not be prior to the date of birth",
        .query, fields: ["PersonDeathDate", "PersonBirthDate"]
    ) { ret, findings in
        let table = ret.childIdentifiers
        let death = table.column("PersonDeathDate"), birth = table.column("PersonBirthDate")
        for (index, row) in table.rows.enumerated() {
            guard let died = row.day(death) else { continue }
            if let born = row.day(birth), born <= died { continue }
            findings.flag(table, row: index)
        }
    }

    static let r8545Q = Rule<CINReturn>(
        "8545Q", "Please check and either amend data or provide a reason: Child's date of death should be within the census year",
        .query, fields: ["PersonDeathDate"]
    ) { ret, findings in
        // Without a readable reference date no death falls in the census year, as in the DfE's validator.
        guard let period = CINSupportA.period(ret) else { return }
        let table = ret.childIdentifiers
        let death = table.column("PersonDeathDate")
        for (index, row) in table.rows.enumerated() {
            if let died = row.day(death), !period.contains(died) { findings.flag(table, row: index) }
        }
    }

    static let r8555Q = Rule<CINReturn>(
        "8555Q", "Child cannot be referred after its recorded date of death",
        .query, fields: ["PersonDeathDate", "CINreferralDate"]
    ) { ret, findings in
        let children = ret.childIdentifiers, cin = ret.cinDetails
        let deaths = CINSupportA.days(children, "PersonDeathDate")
        let referrals = CINSupportA.days(cin, "CINreferralDate")
        let childRows = CINSupportA.byChild(children)
        var cinRows: [Int] = [], childFlags: [Int] = []
        for (child, rows) in CINSupportA.byChild(cin) {
            for row in rows {
                guard let referral = referrals[row] else { continue }
                for childRow in childRows[child] ?? [] {
                    if let died = deaths[childRow], died < referral {
                        cinRows.append(row)
                        childFlags.append(childRow)
                    }
                }
            }
        }
        findings.cinAFlag(cin, rows: cinRows, fields: ["CINreferralDate"])
        findings.cinAFlag(children, rows: childFlags, fields: ["PersonDeathDate"])
    }

    static let r8585Q = Rule<CINReturn>(
        "8585Q", "Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death",
        .query, fields: ["ReasonForClosure", "PersonDeathDate"]
    ) { ret, findings in
        let children = ret.childIdentifiers, cin = ret.cinDetails
        let deaths = CINSupportA.days(children, "PersonDeathDate")
        let reasons = CINSupportA.values(cin, "ReasonForClosure")
        let cinRows = CINSupportA.byChild(cin)
        var childFlags: [Int] = [], cinFlags: [Int] = []
        for (child, rows) in CINSupportA.byChild(children) {
            let died = (cinRows[child] ?? []).filter { reasons[$0] == "RC2" }
            guard !died.isEmpty else { continue }
            for row in rows where deaths[row] == nil {
                childFlags.append(row)
                cinFlags += died
            }
        }
        findings.cinAFlag(children, rows: childFlags, fields: ["PersonDeathDate"])
        findings.cinAFlag(cin, rows: cinFlags, fields: ["ReasonForClosure"])
    }

    static let r8590 = Rule<CINReturn>(
        "8590", "Child does not have a recorded CIN episode.",
        .error, fields: ["LAchildID"]
    ) { ret, findings in
        let children = ret.childIdentifiers
        let id = children.column("LAchildID"), cinID = ret.cinDetails.column("LAchildID")
        let withEpisodes = Set(ret.cinDetails.rows.map { $0[cinID] })
        for (index, row) in children.rows.enumerated() where !withEpisodes.contains(row[id]) {
            findings.flag(children, row: index)
        }
    }

    static let r8606 = Rule<CINReturn>(
        "8606", "Child referral date is more than 40 weeks before DOB or expected DOB",
        .error, fields: ["CINreferralDate", "PersonBirthDate", "ExpectedPersonBirthDate"]
    ) { ret, findings in
        let children = ret.childIdentifiers, cin = ret.cinDetails
        let births = CINSupportA.days(children, "PersonBirthDate")
        let expected = CINSupportA.days(children, "ExpectedPersonBirthDate")
        let referrals = CINSupportA.days(cin, "CINreferralDate")
        let childRows = CINSupportA.byChild(children)
        var cinFlags: [Int] = [], childFlags: [Int] = []
        for (child, rows) in CINSupportA.byChild(cin) {
            for row in rows {
                guard let referral = referrals[row] else { continue }
                for childRow in childRows[child] ?? [] {
                    let early = [births[childRow], expected[childRow]].contains { date in
                        date.map { referral < $0.adding(days: -280) } ?? false
                    }
                    if early {
                        cinFlags.append(row)
                        childFlags.append(childRow)
                    }
                }
            }
        }
        findings.cinAFlag(cin, rows: cinFlags, fields: ["CINreferralDate"])
        findings.cinAFlag(children, rows: childFlags, fields: ["PersonBirthDate", "ExpectedPersonBirthDate"])
    }

    static let r8540 = Rule<CINReturn>(
        "8540", "Child’s disability is missing or invalid (see Disability table)",
        .error, fields: ["Disability", "PersonBirthDate", "ReferralNFA"]
    ) { ret, findings in
        // The DfE's validator checks only children with a date of birth and an episode whose
        // ReferralNFA is "false" or "0"; a child with no Disability items counts as missing one.
        // Its report then loses these rows (it names their row ids ROW_ID_x), so 8540 never
        // appears in its output; Harbour reports what the rule finds.
        let children = ret.childIdentifiers, cin = ret.cinDetails, disabilities = ret.disabilities
        let births = CINSupportA.days(children, "PersonBirthDate")
        let nfa = CINSupportA.values(cin, "ReferralNFA")
        let codes = CINSupportA.values(disabilities, "Disability")
        let cinRows = CINSupportA.byChild(cin), disabilityRows = CINSupportA.byChild(disabilities)
        var childFlags: [Int] = [], cinFlags: [Int] = [], disabilityFlags: [Int] = []
        for (child, rows) in CINSupportA.byChild(children) {
            let born = rows.filter { births[$0] != nil }
            let furtherAction = (cinRows[child] ?? []).filter { nfa[$0] == "false" || nfa[$0] == "0" }
            guard !born.isEmpty, !furtherAction.isEmpty else { continue }
            let recorded = disabilityRows[child] ?? []
            let invalid = recorded.filter { !CINTextA.disabilities.contains(codes[$0]) }
            guard recorded.isEmpty || !invalid.isEmpty else { continue }
            childFlags += born
            cinFlags += furtherAction
            disabilityFlags += invalid
        }
        findings.cinAFlag(children, rows: childFlags, fields: ["PersonBirthDate"])
        findings.cinAFlag(disabilities, rows: disabilityFlags, fields: ["Disability"])
        findings.cinAFlag(cin, rows: cinFlags, fields: ["ReferralNFA"])
    }

    static let r2886Q = Rule<CINReturn>(
        "2886Q", "Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)",
        .query, fields: ["Sex", "ExpectedPersonBirthDate"]
    ) { ret, findings in
        // Children with Sex missing or U and no expected date of birth, against all children.
        let table = ret.childIdentifiers
        guard !table.rows.isEmpty else { return }
        let sex = table.column("Sex"), expected = table.column("ExpectedPersonBirthDate")
        let unknown = table.rows.filter { ($0[sex].isEmpty || $0[sex] == "U") && $0.day(expected) == nil }.count
        if Double(unknown) / Double(table.rows.count) > 0.02 {
            findings.flagReturn(file: ret.file, table: table.name)
        }
    }

    static let r2887Q = Rule<CINReturn>(
        "2887Q", "Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return",
        .query, fields: ["Disability"]
    ) { ret, findings in
        // The DfE's validator counts the Disability items that are "NONE", not the different
        // codes used, against the message; Harbour follows it.
        let table = ret.disabilities
        let disability = table.column("Disability")
        if table.rows.filter({ $0[disability] == "NONE" }).count <= 7 {
            findings.flagReturn(file: ret.file, table: table.name)
        }
    }

    static let r2888Q = Rule<CINReturn>(
        "2888Q", "Please check and either amend or provide a reason: Only one disability code is recorded per child and multiple disabilities should be recorded where possible.",
        .query, fields: ["Disability"]
    ) { ret, findings in
        let table = ret.disabilities
        let disability = table.column("Disability"), id = table.column("LAchildID")
        // Codes other than NONE per child with an LA child ID, as the validator groups them.
        var counts: [String: Int] = [:]
        for row in table.rows where row[disability] != "NONE" && !row[id].isEmpty {
            counts[row[id], default: 0] += row[disability].isEmpty ? 0 : 1
        }
        if let most = counts.values.max(), most <= 1 {
            findings.flagReturn(file: ret.file, table: table.name)
        }
    }
}
