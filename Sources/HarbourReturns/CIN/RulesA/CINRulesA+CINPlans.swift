import HarbourCore

/// CIN plans: their dates, the census year, the child's death, and how they sit with child
/// protection plans and reviews.
extension CINRules {
    static let r4000 = Rule<CINReturn>(
        "4000", "CIN Plan details provided for a referral with no further action",
        .error, fields: ["ReferralNFA"]
    ) { ret, findings in
        let cin = ret.cinDetails, plans = ret.cinPlanDates
        let nfa = CINSupportA.values(cin, "ReferralNFA"), episodes = CINSupportA.episodes(cin)
        let planRows = CINSupportA.byEpisode(plans)
        var cinFlags: [Int] = [], planFlags: [Int] = []
        for row in cin.rows.indices where nfa[row] == "true" || nfa[row] == "1" {
            guard let matched = planRows[episodes[row]] else { continue }
            cinFlags.append(row)
            planFlags += matched
        }
        findings.cinAFlag(plans, rows: planFlags)
        findings.cinAFlag(cin, rows: cinFlags)
    }

    static let r4001 = Rule<CINReturn>(
        "4001", "A CIN Plan cannot run concurrently with a Child Protection Plan",
        .error, fields: ["CINPlanEndDate", "CPPendDate"]
    ) { ret, findings in
        // An open child protection plan and an open CIN plan in the same episode.
        let cpp = ret.childProtectionPlans, plans = ret.cinPlanDates
        let cppEnds = CINSupportA.days(cpp, "CPPendDate")
        let starts = CINSupportA.days(plans, "CINPlanStartDate"), ends = CINSupportA.days(plans, "CINPlanEndDate")
        let planRows = CINSupportA.byEpisode(plans)
        var cppFlags: [Int] = [], planFlags: [Int] = []
        for (episode, rows) in CINSupportA.byEpisode(cpp) {
            let openCPP = rows.filter { cppEnds[$0] == nil }
            let openPlans = (planRows[episode] ?? []).filter { starts[$0] != nil && ends[$0] == nil }
            guard !openCPP.isEmpty, !openPlans.isEmpty else { continue }
            cppFlags += openCPP
            planFlags += openPlans
        }
        findings.cinAFlag(cpp, rows: cppFlags, fields: ["CPPendDate"])
        findings.cinAFlag(plans, rows: planFlags, fields: ["CINPlanEndDate"])
    }

    static let r4003 = Rule<CINReturn>(
        "4003", "A CPP review date is shown as being held at the same time as an open CIN Plan.",
        .error, fields: ["CINPlanStartDate", "CINPlanEndDate", "CPPreviewDate"]
    ) { ret, findings in
        // The DfE's validator compares every CIN plan of the child with an end date against
        // every review of an ended child protection plan, matching reviews to plans by CPPID
        // alone (across episodes), and skips open CIN plans against the message.
        let cpp = ret.childProtectionPlans, plans = ret.cinPlanDates, reviews = ret.reviews
        let cppEnds = CINSupportA.days(cpp, "CPPendDate"), cppIDs = CINSupportA.values(cpp, "CPPID")
        let starts = CINSupportA.days(plans, "CINPlanStartDate"), ends = CINSupportA.days(plans, "CINPlanEndDate")
        let reviewDates = CINSupportA.days(reviews, "CPPreviewDate")
        let reviewChild = reviews.column("LAchildID"), reviewCPP = reviews.column("CPPID")
        struct Plan: Hashable { let child: String, cpp: String }
        var reviewRows: [Plan: [Int]] = [:]
        for (index, row) in reviews.rows.enumerated() {
            reviewRows[Plan(child: row[reviewChild], cpp: row[reviewCPP]), default: []].append(index)
        }
        let cppRows = CINSupportA.byChild(cpp)
        var cppFlags: [Int] = [], planFlags: [Int] = [], reviewFlags: [Int] = []
        for (child, rows) in CINSupportA.byChild(plans) {
            for plan in rows {
                guard let start = starts[plan], let end = ends[plan] else { continue }
                for protection in cppRows[child] ?? [] {
                    guard let cppEnd = cppEnds[protection] else { continue }
                    for review in reviewRows[Plan(child: child, cpp: cppIDs[protection])] ?? [] {
                        guard let date = reviewDates[review], date >= start, date < end, date != cppEnd else { continue }
                        cppFlags.append(protection)
                        planFlags.append(plan)
                        reviewFlags.append(review)
                    }
                }
            }
        }
        findings.cinAFlag(cpp, rows: cppFlags, fields: ["CPPendDate"])
        findings.cinAFlag(plans, rows: planFlags, fields: ["CINPlanStartDate"])
        findings.cinAFlag(reviews, rows: reviewFlags, fields: ["CPPreviewDate"])
    }

    static let r4004 = Rule<CINReturn>(
        "4004", "This child is showing more than one open CIN Plan, i.e. with no End Date",
        .error, fields: ["CINPlanEndDate"]
    ) { ret, findings in
        // Counted per episode; every CIN plan in an episode with two open ones is flagged.
        let plans = ret.cinPlanDates
        let ends = CINSupportA.days(plans, "CINPlanEndDate")
        var rows: [Int] = []
        for (episode, group) in CINSupportA.byEpisode(plans) where !episode.child.isEmpty {
            if group.filter({ ends[$0] == nil }).count > 1 { rows += group }
        }
        findings.cinAFlag(plans, rows: rows)
    }

    static let r4008 = Rule<CINReturn>(
        "4008", "CIN Plan shown as starting after the child’s Date of Death.",
        .error, fields: ["PersonDeathDate", "CINPlanStartDate"]
    ) { ret, findings in
        CINSupportA.flagPlansAfterDeath(ret, date: "CINPlanStartDate", findings: &findings)
    }

    static let r4009Q = Rule<CINReturn>(
        "4009Q", "CIN Plan cannot end after the child’s Date of Death",
        .query, fields: ["PersonDeathDate", "CINPlanEndDate"]
    ) { ret, findings in
        CINSupportA.flagPlansAfterDeath(ret, date: "CINPlanEndDate", findings: &findings)
    }

    static let r4010 = Rule<CINReturn>(
        "4010", "CIN Plan start date is missing or out of data collection period",
        .error, fields: ["CINPlanStartDate"]
    ) { ret, findings in
        // The DfE's validator checks only that the start is present and not after the reference date.
        guard let period = CINSupportA.period(ret) else { return }
        let plans = ret.cinPlanDates
        let start = plans.column("CINPlanStartDate")
        for (index, row) in plans.rows.enumerated() {
            guard let day = row.day(start) else {
                findings.flag(plans, row: index)
                continue
            }
            if let end = period.end, day > end { findings.flag(plans, row: index) }
        }
    }

    static let r4011 = Rule<CINReturn>(
        "4011", "CIN Plan End Date earlier than Start Date",
        .error, fields: ["CINPlanEndDate", "CINPlanStartDate"]
    ) { ret, findings in
        let plans = ret.cinPlanDates
        let start = plans.column("CINPlanStartDate"), end = plans.column("CINPlanEndDate")
        for (index, row) in plans.rows.enumerated() {
            if let started = row.day(start), let ended = row.day(end), ended < started { findings.flag(plans, row: index) }
        }
    }

    static let r4012Q = Rule<CINReturn>(
        "4012Q", "Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day",
        .query, fields: ["CINPlanStartDate", "CINPlanEndDate"]
    ) { ret, findings in
        let plans = ret.cinPlanDates
        let start = plans.column("CINPlanStartDate"), end = plans.column("CINPlanEndDate")
        for (index, row) in plans.rows.enumerated() {
            if let started = row.day(start), started == row.day(end) { findings.flag(plans, row: index) }
        }
    }

    static let r4013 = Rule<CINReturn>(
        "4013", "CIN Plan end date must fall within the census year",
        .error, fields: ["CINPlanEndDate", "ReferenceDate"]
    ) { ret, findings in
        guard let period = CINSupportA.period(ret), let start = period.start, let end = period.end else { return }
        let plans = ret.cinPlanDates
        let column = plans.column("CINPlanEndDate")
        for (index, row) in plans.rows.enumerated() {
            if let day = row.day(column), day < start || day > end {
                findings.flag(plans, row: index, fields: ["CINPlanEndDate"])
            }
        }
    }

    static let r4014 = Rule<CINReturn>(
        "4014", "CIN Plan data contains overlapping dates",
        .error, fields: ["CINPlanStartDate", "CINPlanEndDate"]
    ) { ret, findings in
        // Any two of the child's CIN plans, across episodes: one starting on or after the other
        // starts and on or before it ends (or, when it has not ended, by the reference date).
        guard let period = CINSupportA.period(ret) else { return }
        let plans = ret.cinPlanDates
        let starts = CINSupportA.days(plans, "CINPlanStartDate"), ends = CINSupportA.days(plans, "CINPlanEndDate")
        var rows: [Int] = []
        for group in CINSupportA.byChild(plans).values {
            let dated = group.filter { starts[$0] != nil }
            for later in dated {
                let start = starts[later]!
                for other in dated where other != later && start >= starts[other]! {
                    let overlaps = ends[other].map { start <= $0 } ?? (period.end.map { start <= $0 } ?? false)
                    if overlaps { rows += [later, other] }
                }
            }
        }
        findings.cinAFlag(plans, rows: rows)
    }

    static let r4015 = Rule<CINReturn>(
        "4015", "The CIN Plan start date cannot be before the referral date",
        .error, fields: ["CINPlanStartDate", "CINreferralDate"]
    ) { ret, findings in
        CINSupportA.flagBeforeReferral(ret, ret.cinPlanDates, date: "CINPlanStartDate", findings: &findings)
    }

    static let r4016 = Rule<CINReturn>(
        "4016", "A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
        .error, fields: ["CINPlanStartDate", "CPPstartDate", "CPPendDate"]
    ) { ret, findings in
        // A CIN plan starting while one of the child's child protection plans is open.
        guard let period = CINSupportA.period(ret) else { return }
        let plans = ret.cinPlanDates, cpp = ret.childProtectionPlans
        let planStarts = CINSupportA.days(plans, "CINPlanStartDate")
        let cppStarts = CINSupportA.days(cpp, "CPPstartDate"), cppEnds = CINSupportA.days(cpp, "CPPendDate")
        let cppRows = CINSupportA.byChild(cpp)
        var cppFlags: [Int] = [], planFlags: [Int] = []
        for (child, rows) in CINSupportA.byChild(plans) {
            for plan in rows {
                guard let start = planStarts[plan] else { continue }
                for protection in cppRows[child] ?? [] {
                    guard CINSupportA.startsWithin(start, cppStarts[protection], cppEnds[protection], period) else { continue }
                    cppFlags.append(protection)
                    planFlags.append(plan)
                }
            }
        }
        findings.cinAFlag(cpp, rows: cppFlags, fields: ["CPPstartDate", "CPPendDate"])
        findings.cinAFlag(plans, rows: planFlags, fields: ["CINPlanStartDate"])
    }

    static let r4017 = Rule<CINReturn>(
        "4017", "A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
        .error, fields: ["CINPlanStartDate", "CINPlanEndDate", "CPPstartDate"]
    ) { ret, findings in
        // A child protection plan starting while one of the child's CIN plans is open.
        guard let period = CINSupportA.period(ret) else { return }
        let plans = ret.cinPlanDates, cpp = ret.childProtectionPlans
        let planStarts = CINSupportA.days(plans, "CINPlanStartDate"), planEnds = CINSupportA.days(plans, "CINPlanEndDate")
        let cppStarts = CINSupportA.days(cpp, "CPPstartDate")
        let planRows = CINSupportA.byChild(plans)
        var cppFlags: [Int] = [], planFlags: [Int] = []
        for (child, rows) in CINSupportA.byChild(cpp) {
            for protection in rows {
                guard let start = cppStarts[protection] else { continue }
                for plan in planRows[child] ?? [] {
                    guard CINSupportA.startsWithin(start, planStarts[plan], planEnds[plan], period) else { continue }
                    cppFlags.append(protection)
                    planFlags.append(plan)
                }
            }
        }
        findings.cinAFlag(cpp, rows: cppFlags, fields: ["CPPstartDate"])
        findings.cinAFlag(plans, rows: planFlags, fields: ["CINPlanStartDate", "CINPlanEndDate"])
    }
}

extension CINSupportA {
    /// Whether a plan starting on `day` starts while another plan is open: on or after its
    /// start and before its end, or, when it has no end, on or before the reference date.
    static func startsWithin(_ day: Day, _ start: Day?, _ end: Day?, _ period: Period) -> Bool {
        guard let start, day >= start else { return false }
        if let end { return day < end }
        return period.end.map { day <= $0 } ?? false
    }

    /// Flags CIN plans with a date after the child's date of death, and those children.
    static func flagPlansAfterDeath(_ ret: CINReturn, date name: String, findings: inout Findings) {
        let children = ret.childIdentifiers, plans = ret.cinPlanDates
        let deaths = days(children, "PersonDeathDate"), dates = days(plans, name)
        let planRows = byChild(plans)
        var childFlags: [Int] = [], planFlags: [Int] = []
        for (child, rows) in byChild(children) {
            for row in rows {
                guard let died = deaths[row] else { continue }
                for plan in planRows[child] ?? [] {
                    if let date = dates[plan], died < date {
                        childFlags.append(row)
                        planFlags.append(plan)
                    }
                }
            }
        }
        findings.cinAFlag(children, rows: childFlags, fields: ["PersonDeathDate"])
        findings.cinAFlag(plans, rows: planFlags, fields: [name])
    }
}
