import HarbourCore

/// Rules on the OC2 health and wellbeing items (SDQ, health checks, substance misuse), and on
/// which children should have them: those looked after continuously for the whole year.
extension SSDA903Rules {
    private typealias Support = SSDA903SupportA

    /// The items recorded for children looked after continuously for twelve months.
    private static let oc2Items = [
        "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE",
        "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED",
    ]

    static let r157 = Rule<SSDA903Return>(
        "157", "Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for no Strengths and Difficulties Questionnaire (SDQ) score.",
        fields: ["SDQ_REASON", "DOB"]
    ) { ret, findings in
        let oc2 = ret.oc2
        let child = oc2.column("CHILD"), dob = oc2.column("DOB")
        let score = oc2.column("SDQ_SCORE"), reason = oc2.column("SDQ_REASON")
        let continuous = SSDA903Support.continuouslyLookedAfter(ret)
        let start = ret.collectionStart, end = ret.collectionEnd
        for (index, row) in oc2.rows.enumerated() {
            guard continuous.contains(row[child]), let born = row.day(dob) else { continue }
            if Support.adding(years: 4, to: born) <= start, Support.adding(years: 16, to: born) >= end,
               !Support.has(row, score), Support.code(row, reason) == "SDQ1" {
                findings.flag(oc2, row: index)
            }
        }
    }

    static let r158 = Rule<SSDA903Return>(
        "158", "If a child has been recorded as receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be left blank.",
        fields: ["INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"]
    ) { ret, findings in
        let oc2 = ret.oc2
        let received = oc2.column("INTERVENTION_RECEIVED"), offered = oc2.column("INTERVENTION_OFFERED")
        for (index, row) in oc2.rows.enumerated() where row[received] == "1" && Support.has(row, offered) {
            findings.flag(oc2, row: index)
        }
    }

    static let r159 = Rule<SSDA903Return>(
        "159", "If a child has been recorded as not receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be completed as well.",
        fields: ["SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"]
    ) { ret, findings in
        let oc2 = ret.oc2
        let misuse = oc2.column("SUBSTANCE_MISUSE"), received = oc2.column("INTERVENTION_RECEIVED")
        let offered = oc2.column("INTERVENTION_OFFERED")
        for (index, row) in oc2.rows.enumerated()
        where row[misuse] == "1" && row[received] == "0" && !Support.has(row, offered) {
            findings.flag(oc2, row: index)
        }
    }

    static let r180 = Rule<SSDA903Return>(
        "180", "Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.", fields: ["SDQ_SCORE"]
    ) { ret, findings in
        let oc2 = ret.oc2
        let score = oc2.column("SDQ_SCORE")
        for (index, row) in oc2.rows.enumerated() where Support.has(row, score) {
            // The validator reads the score as a number, so "20.0" counts as 20.
            let text = row[score].trimmingSpaces
            let number = text.contains(where: { $0 == "x" || $0 == "X" }) ? nil : Double(text)
            let valid = number.map { $0 >= 0 && $0 <= 40 && $0.rounded() == $0 } ?? false
            if !valid { findings.flag(oc2, row: index) }
        }
    }

    static let r181 = Rule<SSDA903Return>(
        "181", "Data items relating to children looked after continuously for 12 months should be completed with a 0 or 1.",
        fields: oc2Items
    ) { ret, findings in
        let oc2 = ret.oc2
        let columns = oc2Items.map(oc2.column)
        for (index, row) in oc2.rows.enumerated()
        where columns.contains(where: { Support.has(row, $0) && row[$0] != "0" && row[$0] != "1" }) {
            findings.flag(oc2, row: index)
        }
    }

    static let r182 = Rule<SSDA903Return>(
        "182", "Data entries on immunisations, teeth checks, health assessments and substance misuse problem identified should be completed or all OC2 fields should be left blank.",
        fields: ["IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "CONVICTED", "HEALTH_CHECK",
                 "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"]
    ) { ret, findings in
        let oc2 = ret.oc2
        let core = ["IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"].map(oc2.column)
        let others = ["CONVICTED", "HEALTH_CHECK", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"].map(oc2.column)
        for (index, row) in oc2.rows.enumerated()
        where core.contains(where: { !Support.has(row, $0) }) && others.contains(where: { Support.has(row, $0) }) {
            findings.flag(oc2, row: index)
        }
    }

    static let r185 = Rule<SSDA903Return>(
        "185", "Child has not been looked after continuously for at least 12 months at 31 March but a Strengths and Difficulties (SDQ) score has been completed.",
        fields: ["SDQ_SCORE"]
    ) { ret, findings in
        let oc2 = ret.oc2
        let child = oc2.column("CHILD"), score = oc2.column("SDQ_SCORE")
        let continuous = SSDA903Support.continuouslyLookedAfter(ret)
        for (index, row) in oc2.rows.enumerated() where Support.has(row, score) && !continuous.contains(row[child]) {
            findings.flag(oc2, row: index)
        }
    }

    static let r186 = Rule<SSDA903Return>(
        "186", "Children aged 4 or over at the start of the year and children aged under 17 at the end of the year and who have been looked after for at least 12 months continuously should have a Strengths and Difficulties (SDQ) score completed.",
        fields: ["SDQ_SCORE"]
    ) { ret, findings in
        let oc2 = ret.oc2
        let child = oc2.column("CHILD"), dob = oc2.column("DOB")
        let score = oc2.column("SDQ_SCORE"), reason = oc2.column("SDQ_REASON")
        let continuous = SSDA903Support.continuouslyLookedAfter(ret)
        let start = ret.collectionStart, end = ret.collectionEnd
        for (index, row) in oc2.rows.enumerated() {
            guard continuous.contains(row[child]), let born = row.day(dob) else { continue }
            if Support.adding(years: 4, to: born) <= start, Support.adding(years: 17, to: born) > end,
               !Support.has(row, score), !Support.has(row, reason) {
                findings.flag(oc2, row: index)
            }
        }
    }

    static let r187 = Rule<SSDA903Return>(
        "187", "Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of adoption or care leavers returns completed.",
        fields: ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR", "IN_TOUCH", "ACTIV", "ACCOM"]
    ) { ret, findings in
        let continuous = SSDA903Support.continuouslyLookedAfter(ret)
        let checks: [(ReturnTable, [String])] = [
            (ret.ad1, ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]),
            (ret.oc3, ["IN_TOUCH", "ACTIV", "ACCOM"]),
        ]
        for (table, items) in checks {
            let child = table.column("CHILD")
            let columns = items.map(table.column)
            for (index, row) in table.rows.enumerated()
            where continuous.contains(row[child]) && columns.contains(where: { Support.has(row, $0) }) {
                findings.flag(table, row: index, fields: items)
            }
        }
    }

    static let r188 = Rule<SSDA903Return>(
        "188", "Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or a reason for no SDQ score has been completed. ",
        fields: ["SDQ_SCORE", "SDQ_REASON"]
    ) { ret, findings in
        let oc2 = ret.oc2
        let dob = oc2.column("DOB"), score = oc2.column("SDQ_SCORE"), reason = oc2.column("SDQ_REASON")
        let end = ret.collectionEnd
        for (index, row) in oc2.rows.enumerated() {
            guard let born = row.day(dob), Support.adding(years: 4, to: born) > end else { continue }
            if Support.has(row, score) || Support.has(row, reason) { findings.flag(oc2, row: index) }
        }
    }

    static let r189 = Rule<SSDA903Return>(
        "189", "Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been completed.",
        fields: ["DOB", "SDQ_SCORE", "SDQ_REASON"]
    ) { ret, findings in
        let oc2 = ret.oc2
        let dob = oc2.column("DOB"), score = oc2.column("SDQ_SCORE"), reason = oc2.column("SDQ_REASON")
        let start = ret.collectionStart
        for (index, row) in oc2.rows.enumerated() {
            // The validator flags only children who turned 17 before 1 April, not on it.
            guard let born = row.day(dob), Support.adding(years: 17, to: born) < start else { continue }
            if Support.has(row, score) || Support.has(row, reason) { findings.flag(oc2, row: index) }
        }
    }

    static let r190 = Rule<SSDA903Return>(
        "190", "Child has not been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been completed.",
        fields: oc2Items
    ) { ret, findings in
        let oc2 = ret.oc2
        let child = oc2.column("CHILD")
        let columns = oc2Items.map(oc2.column)
        let continuous = SSDA903Support.continuouslyLookedAfter(ret)
        for (index, row) in oc2.rows.enumerated()
        where !continuous.contains(row[child]) && columns.contains(where: { Support.has(row, $0) }) {
            findings.flag(oc2, row: index)
        }
    }

    static let r191 = Rule<SSDA903Return>(
        "191", "Child has been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been left blank.",
        fields: ["IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "CHILD"]
    ) { ret, findings in
        let oc2 = ret.oc2
        let oc2Child = oc2.column("CHILD")
        let required = ["IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"].map(oc2.column)
        let continuous = SSDA903Support.continuouslyLookedAfter(ret)
        for (index, row) in oc2.rows.enumerated()
        where continuous.contains(row[oc2Child]) && required.contains(where: { !Support.has(row, $0) }) {
            findings.flag(oc2, row: index)
        }
        // A child looked after all year with no OC2 row at all: flagged on their first episode.
        let inOC2 = Set(oc2.rows.map { $0[oc2Child] })
        let episodes = ret.episodes
        let child = episodes.column("CHILD"), decom = episodes.column("DECOM")
        var first: [String: (index: Int, day: Day)] = [:]
        var order: [String] = []
        for (index, row) in episodes.rows.enumerated() {
            let id = row[child]
            guard continuous.contains(id), !inOC2.contains(id), let day = row.day(decom) else { continue }
            if let current = first[id] {
                if day < current.day { first[id] = (index, day) }
            } else {
                first[id] = (index, day)
                order.append(id)
            }
        }
        for id in order { findings.flag(episodes, row: first[id]!.index, fields: ["CHILD"]) }
    }

    static let r192 = Rule<SSDA903Return>(
        "192", "Child has been identified as having a substance misuse problem but the additional item on whether an intervention was received has been left blank.",
        fields: ["SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED"]
    ) { ret, findings in
        let oc2 = ret.oc2
        let misuse = oc2.column("SUBSTANCE_MISUSE"), received = oc2.column("INTERVENTION_RECEIVED")
        for (index, row) in oc2.rows.enumerated() where row[misuse] == "1" && !Support.has(row, received) {
            findings.flag(oc2, row: index)
        }
    }

    static let r193 = Rule<SSDA903Return>(
        "193", "Child not identified as having a substance misuse problem but at least one of the two additional items on whether an intervention were offered and received have been completed.",
        fields: ["SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"]
    ) { ret, findings in
        let oc2 = ret.oc2
        let misuse = oc2.column("SUBSTANCE_MISUSE"), received = oc2.column("INTERVENTION_RECEIVED")
        let offered = oc2.column("INTERVENTION_OFFERED")
        for (index, row) in oc2.rows.enumerated()
        where (!Support.has(row, misuse) || row[misuse] == "0") && (Support.has(row, received) || Support.has(row, offered)) {
            findings.flag(oc2, row: index)
        }
    }

    static let r196 = Support.codeList(
        "196", "Strengths and Difficulties (SDQ) reason is not a valid code.",
        table: \.oc2, field: "SDQ_REASON", codes: ["SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5"])

    static let r197a = Rule<SSDA903Return>(
        "197a", "Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and Difficulties Questionnaire score is filled in.",
        fields: ["SDQ_SCORE", "SDQ_REASON"]
    ) { ret, findings in
        let oc2 = ret.oc2
        let score = oc2.column("SDQ_SCORE"), reason = oc2.column("SDQ_REASON")
        for (index, row) in oc2.rows.enumerated() where Support.has(row, score) && Support.has(row, reason) {
            findings.flag(oc2, row: index)
        }
    }

    static let r197B = Rule<SSDA903Return>(
        "197B", "SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.", fields: ["SDQ_REASON", "DOB"]
    ) { ret, findings in
        let oc2 = ret.oc2
        let child = oc2.column("CHILD"), dob = oc2.column("DOB")
        let score = oc2.column("SDQ_SCORE"), reason = oc2.column("SDQ_REASON")
        let continuous = SSDA903Support.continuouslyLookedAfter(ret)
        let year = ret.collectionStart...ret.collectionEnd
        for (index, row) in oc2.rows.enumerated() {
            guard continuous.contains(row[child]), let born = row.day(dob) else { continue }
            let birthday = year.contains(Support.adding(years: 4, to: born)) || year.contains(Support.adding(years: 17, to: born))
            if birthday, !Support.has(row, score), !Support.has(row, reason) { findings.flag(oc2, row: index) }
        }
    }

    static let r198 = Rule<SSDA903Return>(
        "198", "Child has not been looked after continuously for at least 12 months at 31 March but a reason for no Strengths and Difficulties (SDQ) score has been completed. ",
        fields: ["SDQ_REASON"]
    ) { ret, findings in
        let oc2 = ret.oc2
        let child = oc2.column("CHILD"), reason = oc2.column("SDQ_REASON")
        let continuous = SSDA903Support.continuouslyLookedAfter(ret)
        for (index, row) in oc2.rows.enumerated() where Support.has(row, reason) && !continuous.contains(row[child]) {
            findings.flag(oc2, row: index)
        }
    }
}
