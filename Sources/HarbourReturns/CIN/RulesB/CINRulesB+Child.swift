import HarbourCore

/// Rules on the child: identifiers, age and disabilities.
extension CINRules {
    static let r8750 = Rule<CINReturn>(
        "8750", "Sex must equal U for an unborn child",
        fields: ["Sex", "PersonBirthDate", "ExpectedPersonBirthDate"]
    ) { ret, findings in
        let table = ret.childIdentifiers
        let birth = table.column("PersonBirthDate"), expected = table.column("ExpectedPersonBirthDate")
        let sex = table.column("Sex")
        for (index, row) in table.rows.enumerated()
        where row.day(birth) == nil && row.day(expected) != nil && row[sex] != "U" {
            findings.flag(table, row: index)
        }
    }

    static let r8770Q = Rule<CINReturn>(
        "8770Q",
        "Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.",
        .query, fields: ["UPNunknown"]
    ) { ret, findings in
        guard ret.header.rows.first != nil, let reference = CINSupportB.referenceDate(ret) else { return }
        // Born on or before this day: of school age (the validator's reference date + 4 months
        // and 31 days, less 6 years).
        let schoolAge = reference.adding(months: 4).adding(days: 31).adding(months: -72)
        let details = ret.cinDetails, nfa = details.column("ReferralNFA")
        let detailChild = details.column("LAchildID")
        var furtherAction = Set<String>()
        for row in details.rows where row[nfa] == "0" || row[nfa].lowercased() == "false" {
            furtherAction.insert(row[detailChild])
        }
        let table = ret.childIdentifiers
        let child = table.column("LAchildID"), birth = table.column("PersonBirthDate")
        let upn = table.column("UPN"), unknown = table.column("UPNunknown")
        let reasons: Set<String> = ["UN2", "UN3", "UN4", "UN5", "UN6", "UN7"]
        for (index, row) in table.rows.enumerated() {
            guard let born = row.day(birth), born <= schoolAge, furtherAction.contains(row[child]) else { continue }
            if row[upn].isEmpty && !reasons.contains(row[unknown].uppercased()) {
                findings.flag(table, row: index, fields: ["UPN", "UPNunknown"])
            }
        }
    }

    static let r8775Q = Rule<CINReturn>(
        "8775Q", "Please check and either amend data or provide a reason: Child is over 25 years old",
        .query, fields: ["PersonBirthDate", "CINclosureDate"]
    ) { ret, findings in
        guard ret.header.rows.first != nil, let reference = CINSupportB.referenceDate(ret) else { return }
        let bornBefore = reference.adding(months: -300)
        let children = ret.childIdentifiers, details = ret.cinDetails
        let child = children.column("LAchildID"), birth = children.column("PersonBirthDate")
        let closure = details.column("CINclosureDate")
        let episodes = details.groups(by: details.column("LAchildID"))
        var childRows = Set<Int>(), detailRows = Set<Int>()
        for (index, row) in children.rows.enumerated() {
            guard let born = row.day(birth), born < bornBefore else { continue }
            let twentyFifth = born.adding(months: 300)
            // Flagged with each episode open, or closed after the child's 25th birthday.
            for episode in episodes[row[child]] ?? [] {
                if let closed = details.rows[episode].day(closure), closed <= twentyFifth { continue }
                childRows.insert(index)
                detailRows.insert(episode)
            }
        }
        CINSupportB.flag(childRows, in: children, &findings, fields: ["PersonBirthDate"])
        CINSupportB.flag(detailRows, in: details, &findings, fields: ["CINclosureDate"])
    }

    static let r8790 = Rule<CINReturn>(
        "8790", "Disability information includes both None and other values",
        fields: ["Disability"]
    ) { ret, findings in
        let table = ret.disabilities, disability = table.column("Disability")
        var flagged = Set<Int>()
        for rows in table.groups(by: table.column("LAchildID")).values
        where rows.contains(where: { table.rows[$0][disability].uppercased() == "NONE" }) {
            flagged.formUnion(rows.filter { table.rows[$0][disability].uppercased() != "NONE" })
        }
        CINSupportB.flag(flagged, in: table, &findings)
    }

    static let r8794 = Rule<CINReturn>(
        "8794", "Child has two or more disabilities with the same code",
        fields: ["Disability"]
    ) { ret, findings in
        let table = ret.disabilities, disability = table.column("Disability")
        var flagged = Set<Int>()
        for rows in table.groups(by: table.column("LAchildID")).values where rows.count > 1 {
            var byCode: [String: [Int]] = [:]
            for row in rows where !table.rows[row][disability].isEmpty { byCode[table.rows[row][disability], default: []].append(row) }
            for same in byCode.values where same.count > 1 { flagged.formUnion(same) }
        }
        CINSupportB.flag(flagged, in: table, &findings)
    }
}
