import HarbourCore

/// Rules on child protection plans and their reviews.
extension CINRules {
    static let r8720 = Rule<CINReturn>(
        "8720", "Child Protection Plan Start Date missing or out of data collection period",
        fields: ["CPPstartDate", "ReferenceDate"]
    ) { ret, findings in
        guard ret.header.rows.first != nil else { return }
        let reference = CINSupportB.referenceDate(ret)
        let table = ret.childProtectionPlans
        let plan = table.column("CPPID"), start = table.column("CPPstartDate")
        for (index, row) in table.rows.enumerated() where !row[plan].isEmpty {
            guard let started = row.day(start) else {
                findings.flag(table, row: index, fields: ["CPPstartDate"])
                continue
            }
            if let reference, started > reference { findings.flag(table, row: index, fields: ["CPPstartDate"]) }
        }
    }

    static let r8730 = Rule<CINReturn>(
        "8730", "Total Number of previous Child Protection Plans missing",
        fields: ["NumberOfPreviousCPP"]
    ) { ret, findings in
        let table = ret.childProtectionPlans, previous = table.column("NumberOfPreviousCPP")
        // The validator stops with an error, flagging nothing, when any value is not a whole number.
        guard table.rows.allSatisfy({ $0[previous].isEmpty || $0.int(previous) != nil }) else { return }
        for (index, row) in table.rows.enumerated() {
            if let count = row.int(previous) {
                if count < 0 { findings.flag(table, row: index) }
            } else {
                findings.flag(table, row: index)
            }
        }
    }

    static let r8840 = Rule<CINReturn>(
        "8840", "Child Protection Plan cannot start and end on the same day",
        fields: ["CPPstartDate", "CPPendDate"]
    ) { ret, findings in
        let table = ret.childProtectionPlans
        let start = table.column("CPPstartDate"), end = table.column("CPPendDate")
        for (index, row) in table.rows.enumerated() {
            if let started = row.day(start), started == row.day(end) { findings.flag(table, row: index) }
        }
    }

    static let r8841 = Rule<CINReturn>(
        "8841", "The review date cannot be on the same day or before the Child protection Plan start date.",
        fields: ["CPPstartDate", "CPPreviewDate"]
    ) { ret, findings in
        let plans = ret.childProtectionPlans, reviews = ret.reviews
        let start = plans.column("CPPstartDate"), reviewDate = reviews.column("CPPreviewDate")
        let reviewsByPlan = CINSupportB.plans(reviews)
        let child = plans.column("LAchildID"), episode = plans.column("CINdetailsID"), plan = plans.column("CPPID")
        var planRows = Set<Int>(), reviewRows = Set<Int>()
        for (index, row) in plans.rows.enumerated() {
            guard let started = row.day(start) else { continue }
            for review in reviewsByPlan[CINSupportB.PlanKey(row, child: child, episode: episode, plan: plan)] ?? [] {
                if let reviewed = reviews.rows[review].day(reviewDate), reviewed <= started {
                    planRows.insert(index)
                    reviewRows.insert(review)
                }
            }
        }
        CINSupportB.flag(planRows, in: plans, &findings, fields: ["CPPstartDate"])
        CINSupportB.flag(reviewRows, in: reviews, &findings, fields: ["CPPreviewDate"])
    }

    static let r8842Q = Rule<CINReturn>(
        "8842Q", "Please check and either amend or provide a reason: Review Record has a missing date",
        .query, fields: ["CPPreviewDate"]
    ) { ret, findings in
        let table = ret.reviews, reviewDate = table.column("CPPreviewDate")
        for (index, row) in table.rows.enumerated() where row.day(reviewDate) == nil {
            findings.flag(table, row: index)
        }
    }

    static let r8905 = Rule<CINReturn>(
        "8905",
        "Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)",
        fields: ["InitialCategoryOfAbuse"]
    ) { ret, findings in
        CINSupportB.flagAbuseCategory("InitialCategoryOfAbuse", ret.childProtectionPlans, &findings)
    }

    static let r8910 = Rule<CINReturn>(
        "8910",
        "Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)",
        fields: ["LatestCategoryOfAbuse"]
    ) { ret, findings in
        CINSupportB.flagAbuseCategory("LatestCategoryOfAbuse", ret.childProtectionPlans, &findings)
    }

    static let r8915 = Rule<CINReturn>(
        "8915", "Child Protection Plan shown as starting after the child’s Date of Death",
        fields: ["CPPstartDate", "PersonDeathDate"]
    ) { ret, findings in
        CINSupportB.flagAfterDeath("CPPstartDate", ret, &findings)
    }

    static let r8920 = Rule<CINReturn>(
        "8920", "Child Protection Plan cannot end after the child’s Date of Death",
        fields: ["PersonDeathDate", "CPPendDate"]
    ) { ret, findings in
        CINSupportB.flagAfterDeath("CPPendDate", ret, &findings)
    }

    static let r8925 = Rule<CINReturn>(
        "8925", "Child Protection Plan End Date earlier than Start Date",
        fields: ["CPPstartDate", "CPPendDate"]
    ) { ret, findings in
        let table = ret.childProtectionPlans
        let start = table.column("CPPstartDate"), end = table.column("CPPendDate")
        for (index, row) in table.rows.enumerated() {
            if let started = row.day(start), let ended = row.day(end), ended < started { findings.flag(table, row: index) }
        }
    }

    static let r8930 = Rule<CINReturn>(
        "8930", "Child Protection Plan End Date must fall within the census year",
        fields: ["CPPendDate", "ReferenceDate"]
    ) { ret, findings in
        guard let year = CINSupportB.censusYear(ret) else { return }
        let table = ret.childProtectionPlans, end = table.column("CPPendDate")
        for (index, row) in table.rows.enumerated() {
            if let ended = row.day(end), year.isOutside(ended) { findings.flag(table, row: index, fields: ["CPPendDate"]) }
        }
    }

    static let r8935 = Rule<CINReturn>(
        "8935", "This child is showing more than one open Child Protection plan, i.e. with no End Date",
        fields: ["CPPendDate"]
    ) { ret, findings in
        let table = ret.childProtectionPlans
        let child = table.column("LAchildID"), plan = table.column("CPPID"), end = table.column("CPPendDate")
        // The validator counts open plans by child and CPPID, the plan's number within its CIN
        // episode: it finds two open plans only when they have the same number in different episodes.
        struct Key: Hashable { let child: String, plan: String }
        var groups: [Key: [Int]] = [:]
        for (index, row) in table.rows.enumerated() { groups[Key(child: row[child], plan: row[plan]), default: []].append(index) }
        var flagged = Set<Int>()
        for rows in groups.values where rows.count(where: { table.rows[$0].day(end) == nil }) > 1 {
            flagged.formUnion(rows)
        }
        CINSupportB.flag(flagged, in: table, &findings)
    }

    static let r8940 = Rule<CINReturn>(
        "8940", "Child Protection Plan data contains overlapping dates",
        fields: ["CPPstartDate", "CPPendDate"]
    ) { ret, findings in
        guard let year = CINSupportB.censusYear(ret) else { return }
        let table = ret.childProtectionPlans
        let plan = table.column("CPPID"), start = table.column("CPPstartDate"), end = table.column("CPPendDate")
        var flagged = Set<Int>()
        for rows in table.groups(by: table.column("LAchildID")).values where rows.count > 1 {
            let plans = rows.compactMap { row -> (row: Int, plan: String, start: Day, end: Day?)? in
                let item = table.rows[row]
                return item.day(start).map { (row, item[plan], $0, item.day(end)) }
            }
            for a in plans {
                // Plans with the same CPPID (numbered within their CIN episode) are never compared.
                for b in plans where a.plan != b.plan && a.start >= b.start {
                    let overlaps: Bool
                    if let ended = b.end {
                        overlaps = a.start <= ended
                    } else if let reference = year.end {
                        overlaps = a.start <= reference
                    } else {
                        overlaps = false
                    }
                    if overlaps {
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
    /// A child protection plan: child, CIN episode and CPPID.
    struct PlanKey: Hashable, Sendable {
        let episode: EpisodeKey
        let plan: String

        init(_ row: ReturnRow, child: ReturnTable.Column, episode: ReturnTable.Column, plan: ReturnTable.Column) {
            self.episode = EpisodeKey(row, child: child, episode: episode)
            self.plan = row[plan]
        }
    }

    /// Row indices of a table grouped by child protection plan, in row order.
    static func plans(_ table: ReturnTable) -> [PlanKey: [Int]] {
        let child = table.column("LAchildID"), episode = table.column("CINdetailsID"), plan = table.column("CPPID")
        var groups: [PlanKey: [Int]] = [:]
        for (index, row) in table.rows.enumerated() {
            groups[PlanKey(row, child: child, episode: episode, plan: plan), default: []].append(index)
        }
        return groups
    }

    /// Flags plans whose category of abuse is missing or not one of the census codes.
    static func flagAbuseCategory(_ column: String, _ table: ReturnTable, _ findings: inout Findings) {
        let valid: Set<String> = ["NEG", "PHY", "SAB", "EMO", "MUL"]
        let category = table.column(column)
        for (index, row) in table.rows.enumerated() where !valid.contains(row[category]) {
            findings.flag(table, row: index)
        }
    }

    /// Flags plans dated (by `column`) after the child's date of death, and the child's identifiers.
    static func flagAfterDeath(_ column: String, _ ret: CINReturn, _ findings: inout Findings) {
        let plans = ret.childProtectionPlans, children = ret.childIdentifiers
        let date = plans.column(column), planChild = plans.column("LAchildID")
        let death = children.column("PersonDeathDate")
        var deaths: [String: [(row: Int, day: Day)]] = [:]
        let child = children.column("LAchildID")
        for (index, row) in children.rows.enumerated() {
            if let died = row.day(death) { deaths[row[child], default: []].append((index, died)) }
        }
        guard !deaths.isEmpty else { return }
        var planRows = Set<Int>(), childRows = Set<Int>()
        for (index, row) in plans.rows.enumerated() {
            guard let day = row.day(date) else { continue }
            for died in deaths[row[planChild]] ?? [] where day > died.day {
                planRows.insert(index)
                childRows.insert(died.row)
            }
        }
        flag(planRows, in: plans, &findings, fields: [column])
        flag(childRows, in: children, &findings, fields: ["PersonDeathDate"])
    }
}
