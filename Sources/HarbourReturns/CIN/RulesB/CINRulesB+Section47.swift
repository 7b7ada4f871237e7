import HarbourCore

/// Rules on section 47 enquiries and their initial child protection conferences.
extension CINRules {
    static let r8615 = Rule<CINReturn>(
        "8615",
        "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference",
        fields: ["S47ActualStartDate", "DateOfInitialCPC"]
    ) { ret, findings in
        let table = ret.section47
        let start = table.column("S47ActualStartDate"), conference = table.column("DateOfInitialCPC")
        for (index, row) in table.rows.enumerated() {
            let started = row.day(start), held = row.day(conference)
            if let started, let held, started > held {
                findings.flag(table, row: index)
            } else if held != nil && started == nil {
                findings.flag(table, row: index)
            }
        }
    }

    static let r8675Q = Rule<CINReturn>(
        "8675Q",
        "Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.",
        .query, fields: ["DateOfInitialCPC", "S47ActualStartDate", "ICPCnotRequired"]
    ) { ret, findings in
        guard let year = CINSupportB.censusYear(ret) else { return }
        guard let end = year.end else { return }
        let latest = CINSupportB.workingDays(15, before: end)
        let table = ret.section47
        let start = table.column("S47ActualStartDate"), conference = table.column("DateOfInitialCPC")
        let notRequired = table.column("ICPCnotRequired")
        for (index, row) in table.rows.enumerated()
        where row.day(conference) == nil && ["false", "0"].contains(row[notRequired]) {
            if let started = row.day(start), started < latest { findings.flag(table, row: index) }
        }
    }

    static let r8715 = Rule<CINReturn>(
        "8715", "Date of Initial Child Protection Conference must fall within the census year",
        fields: ["DateOfInitialCPC", "ReferenceDate"]
    ) { ret, findings in
        guard let year = CINSupportB.censusYear(ret) else { return }
        let table = ret.section47, conference = table.column("DateOfInitialCPC")
        for (index, row) in table.rows.enumerated() {
            if let held = row.day(conference), year.isOutside(held) {
                findings.flag(table, row: index, fields: ["DateOfInitialCPC"])
            }
        }
    }

    static let r8740 = Rule<CINReturn>(
        "8740",
        "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year",
        fields: ["S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired"]
    ) { ret, findings in
        guard let year = CINSupportB.censusYear(ret) else { return }
        let table = ret.section47
        let start = table.column("S47ActualStartDate"), conference = table.column("DateOfInitialCPC")
        let notRequired = table.column("ICPCnotRequired")
        // The validator takes only "0" as false here, not "false" as its other rules do.
        for (index, row) in table.rows.enumerated() where row.day(conference) == nil && row[notRequired] == "0" {
            if let started = row.day(start), year.isOutside(started) { findings.flag(table, row: index) }
        }
    }

    static let r8839 = Rule<CINReturn>(
        "8839", "Within one CINDetails group there are 2 or more open S47 Assessments",
        fields: ["DateOfInitialCPC"]
    ) { ret, findings in
        let table = ret.section47
        let conference = table.column("DateOfInitialCPC"), notRequired = table.column("ICPCnotRequired")
        var flagged = Set<Int>()
        for rows in CINSupportB.episodes(table).values where rows.count > 1 {
            let withoutConference = rows.filter { table.rows[$0].day(conference) == nil }
            let open = withoutConference.count { !["true", "1"].contains(table.rows[$0][notRequired]) }
            // Every enquiry of the episode without a conference is flagged, "not required" ones included.
            if open > 1 { flagged.formUnion(withoutConference) }
        }
        CINSupportB.flag(flagged, in: table, &findings)
    }

    static let r8870Q = Rule<CINReturn>(
        "8870Q",
        "Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference should not be a weekend",
        .query, fields: ["InitialCPCtarget"]
    ) { ret, findings in
        let table = ret.section47, target = table.column("InitialCPCtarget")
        // The validator reads this date only in the form dd-mm-yyyy, so a census written with
        // yyyy-mm-dd dates (the XML schema's form) never raises this query there. Followed here.
        for (index, row) in table.rows.enumerated() {
            if let day = CINSupportB.dayMonthYearDashed(row[target]), day.isWeekend { findings.flag(table, row: index) }
        }
    }

    static let r8875 = Rule<CINReturn>(
        "8875", "The Date of Initial Child Protection Conference cannot be a weekend",
        fields: ["DateOfInitialCPC"]
    ) { ret, findings in
        let table = ret.section47, conference = table.column("DateOfInitialCPC")
        for (index, row) in table.rows.enumerated() {
            if let held = row.day(conference), held.isWeekend { findings.flag(table, row: index) }
        }
    }

    static let r8890 = Rule<CINReturn>(
        "8890", "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing",
        fields: ["S47ActualStartDate"]
    ) { ret, findings in
        guard let year = CINSupportB.censusYear(ret) else { return }
        let table = ret.section47
        let start = table.column("S47ActualStartDate"), conference = table.column("DateOfInitialCPC")
        let notRequired = table.column("ICPCnotRequired")
        var flagged = Set<Int>()
        for rows in CINSupportB.episodes(table).values where rows.count > 1 {
            let enquiries = rows.compactMap { row -> (row: Int, start: Day, end: Day?, required: Bool)? in
                let item = table.rows[row]
                guard let started = item.day(start) else { return nil }
                return (row, started, item.day(conference), !["1", "true"].contains(item[notRequired].lowercased()))
            }
            for a in enquiries {
                // Enquiries with the same start and conference dates are taken as the same enquiry.
                for b in enquiries where a.start >= b.start && !(a.start == b.start && a.end == b.end) {
                    let ongoing: Bool
                    if let end = b.end {
                        ongoing = a.start <= end
                    } else if let reference = year.end {
                        ongoing = a.start <= reference && b.required
                    } else {
                        ongoing = false
                    }
                    if ongoing {
                        flagged.insert(a.row)
                        flagged.insert(b.row)
                    }
                }
            }
        }
        CINSupportB.flag(flagged, in: table, &findings)
    }
}

extension CINSupportB {
    /// A date written d-m-yyyy (one or two digits for day and month), the only form the
    /// validator reads InitialCPCtarget in.
    static func dayMonthYearDashed(_ text: String) -> Day? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        return Day(year: year, month: month, day: day)
    }
}
