import HarbourCore

/// The header and the child's identifiers: reference date, UPN and former UPN, LA child ID,
/// sex and ethnicity.
extension CINRules {
    static let r100 = Rule<CINReturn>(
        "100", "Reference Date is incorrect",
        .error, fields: ["ReferenceDate"]
    ) { ret, findings in
        let header = ret.header
        let year = header.column("Year")
        let reference = header.column("ReferenceDate")
        for (index, row) in header.rows.enumerated() {
            let expected = CINTextA.fourDigitYear(row[year]).flatMap { Day(year: $0, month: 3, day: 31) }
            let date = row.day(reference)
            if date == nil || date != expected { findings.flag(header, row: index) }
        }
    }

    static let r1510 = Rule<CINReturn>(
        "1510", "UPN invalid (wrong check letter at character 1)",
        .error, fields: ["UPN"]
    ) { ret, findings in
        let table = ret.childIdentifiers
        let upn = table.column("UPN")
        let letters = Array("ABCDEFGHJKLMNPQRTUVWXYZ".unicodeScalars)
        for (index, row) in table.rows.enumerated() {
            let scalars = Array(row[upn].unicodeScalars)
            guard scalars.count == 13 else { continue }
            // Only a UPN whose last twelve characters are digits has a check letter to test.
            let digits = scalars[1...].map(CINTextA.digitValue)
            guard digits.allSatisfy({ $0 != nil }) else { continue }
            var sum = 0
            for (offset, digit) in digits.enumerated() { sum = (sum + digit! * (offset + 2)) % 23 }
            if letters[sum] != scalars[0] { findings.flag(table, row: index) }
        }
    }

    static let r1520 = Rule<CINReturn>(
        "1520", "More than one record with the same UPN.",
        .error, fields: ["UPN"]
    ) { ret, findings in
        let table = ret.childIdentifiers
        var rows: [Int] = []
        for (value, group) in table.groups(by: table.column("UPN")) where !value.isEmpty && group.count > 1 {
            rows += group
        }
        findings.cinAFlag(table, rows: rows)
    }

    static let r1530 = Rule<CINReturn>(
        "1530", "UPN invalid (characters 2-4 not a recognised LA code)",
        .error, fields: ["UPN"]
    ) { ret, findings in
        let table = ret.childIdentifiers
        let upn = table.column("UPN")
        for (index, row) in table.rows.enumerated() {
            let scalars = Array(row[upn].unicodeScalars)
            guard scalars.count == 13 else { continue }
            var code = String.UnicodeScalarView()
            code.append(contentsOf: scalars[1..<4])
            if !CINTextA.upnLACodes.contains(String(code)) { findings.flag(table, row: index) }
        }
    }

    static let r1540 = Rule<CINReturn>(
        "1540", "UPN invalid (characters 5-12 not all numeric)",
        .error, fields: ["UPN"]
    ) { ret, findings in
        let table = ret.childIdentifiers
        let upn = table.column("UPN")
        for (index, row) in table.rows.enumerated() where !row[upn].isEmpty {
            let scalars = Array(row[upn].unicodeScalars)
            // A UPN of four characters or fewer has no characters 5-12 and fails, as in the DfE's validator.
            let middle = scalars.count > 4 ? Array(scalars[4..<min(12, scalars.count)]) : []
            if !CINTextA.isDigits(middle) { findings.flag(table, row: index) }
        }
    }

    static let r1550 = Rule<CINReturn>(
        "1550", "UPN invalid (character 13 not a recognised value)",
        .error, fields: ["UPN"]
    ) { ret, findings in
        let table = ret.childIdentifiers
        let upn = table.column("UPN")
        let valid = Set("ABCDEFGHJKLMNPQRTUVWYXZ0123456789".unicodeScalars)
        for (index, row) in table.rows.enumerated() {
            let scalars = Array(row[upn].unicodeScalars)
            if scalars.count == 13, !valid.contains(scalars[12]) { findings.flag(table, row: index) }
        }
    }

    static let r1560Q = Rule<CINReturn>(
        "1560Q", "Please check and either amend or provide a reason: Former UPN wrongly formatted",
        .query, fields: ["FormerUPN"]
    ) { ret, findings in
        let table = ret.childIdentifiers
        let former = table.column("FormerUPN")
        for (index, row) in table.rows.enumerated() where !row[former].isEmpty {
            let scalars = Array(row[former].unicodeScalars)
            let wellFormed = scalars.count == 13 && CINTextA.isDigits(Array(scalars[1...]))
                && CINTextA.isLetter(scalars[0])
            if !wellFormed { findings.flag(table, row: index) }
        }
    }

    static let r1570 = Rule<CINReturn>(
        "1570", "LA Child ID must not be longer than 20 characters",
        .error, fields: ["LAchildID"]
    ) { ret, findings in
        let table = ret.childIdentifiers
        let id = table.column("LAchildID")
        for (index, row) in table.rows.enumerated() where row[id].unicodeScalars.count > 20 {
            findings.flag(table, row: index)
        }
    }

    static let r1580 = Rule<CINReturn>(
        "1580", "LA Child ID must not contain any non-alphanumeric characters",
        .error, fields: ["LAchildID"]
    ) { ret, findings in
        let table = ret.childIdentifiers
        let id = table.column("LAchildID")
        for (index, row) in table.rows.enumerated() where !row[id].isEmpty {
            if !row[id].unicodeScalars.allSatisfy(CINTextA.isAlphanumeric) { findings.flag(table, row: index) }
        }
    }

    static let r4180 = Rule<CINReturn>(
        "4180", "Sex must be provided and equal M, F, or U",
        .error, fields: ["Sex"]
    ) { ret, findings in
        let table = ret.childIdentifiers
        let sex = table.column("Sex")
        let valid: Set = ["M", "F", "U"]
        for (index, row) in table.rows.enumerated() where !valid.contains(row[sex]) {
            findings.flag(table, row: index)
        }
    }

    static let r4220 = Rule<CINReturn>(
        "4220", "Ethnicity is missing or invalid (see Ethnicity table)",
        .error, fields: ["Ethnicity"]
    ) { ret, findings in
        let table = ret.childCharacteristics
        let ethnicity = table.column("Ethnicity")
        for (index, row) in table.rows.enumerated() where !CINTextA.ethnicities.contains(row[ethnicity]) {
            findings.flag(table, row: index)
        }
    }

    static let r8500 = Rule<CINReturn>(
        "8500", "LA Child ID missing",
        .error, fields: ["LAchildID"]
    ) { ret, findings in
        let table = ret.childIdentifiers
        let id = table.column("LAchildID")
        for (index, row) in table.rows.enumerated() where row[id].isEmpty {
            findings.flag(table, row: index)
        }
    }

    static let r8510 = Rule<CINReturn>(
        "8510", "More than one child record with the same LA Child ID",
        .error, fields: ["LAchildID"]
    ) { ret, findings in
        let table = ret.childIdentifiers
        // Children with no LA child ID count as sharing one, as in the DfE's validator.
        let rows = table.groups(by: table.column("LAchildID")).values.filter { $0.count > 1 }.joined()
        findings.cinAFlag(table, rows: rows)
    }
}
