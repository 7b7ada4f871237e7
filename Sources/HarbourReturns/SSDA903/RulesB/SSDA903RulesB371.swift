import HarbourCore

/// Placement types against ages and durations, temporary placements, and reasons episodes ceased.
extension SSDA903Rules {
    private typealias S = SSDA903SupportB

    /// Each child's dates of birth from the header, parsed once.
    private static func birthDates(_ ret: SSDA903Return) -> [String: [Day?]] {
        ret.header.memoized("903 birth dates") {
            let header = ret.header
            let child = header.column("CHILD"), dob = header.column("DOB")
            var dates: [String: [Day?]] = [:]
            for row in header.rows { dates[row[child], default: []].append(row.day(dob)) }
            return dates
        }
    }

    /// Closed episodes in `place` that started before the child's birthday `years`, for a
    /// child with a date of birth (the validator's `decom_before_dob`).
    private static func flagStartedUnder(_ years: Int, in place: String, _ ret: SSDA903Return, _ findings: inout Findings) {
        let births = birthDates(ret)
        let episodes = ret.episodes
        let child = episodes.column("CHILD"), placeColumn = episodes.column("PLACE")
        let decom = episodes.column("DECOM"), dec = episodes.column("DEC")
        for (index, row) in episodes.rows.enumerated() where S.code(row[placeColumn]) == place {
            guard let start = row.day(decom), row.day(dec) != nil else { continue }
            let dobs = (births[row[child]] ?? []).compactMap { $0 }
            if dobs.contains(where: { start < S.adding(years: years, to: $0) }) { findings.flag(episodes, row: index) }
        }
    }

    /// Closed episodes in `place` lasting more than `days` days, for a child with a date of
    /// birth (the validator's `dec_after_decom`).
    private static func flagLastingOver(_ days: Int, in place: String, _ ret: SSDA903Return, _ findings: inout Findings) {
        let births = birthDates(ret)
        let episodes = ret.episodes
        let child = episodes.column("CHILD"), placeColumn = episodes.column("PLACE")
        let decom = episodes.column("DECOM"), dec = episodes.column("DEC")
        for (index, row) in episodes.rows.enumerated() where S.code(row[placeColumn]) == place {
            guard let start = row.day(decom), let end = row.day(dec) else { continue }
            guard (births[row[child]] ?? []).contains(where: { $0 != nil }) else { continue }
            if end > start.adding(days: days) { findings.flag(episodes, row: index) }
        }
    }

    static let r371 = Rule<SSDA903Return>(
        "371", "Child in supported accomodation not subject to children’s homes regulations should be at least 16.",
        fields: ["DECOM", "PLACE"]
    ) { ret, findings in
        flagStartedUnder(16, in: "K3", ret, &findings)
    }

    static let r372 = Rule<SSDA903Return>(
        "372", "Child in youth custody or prison should be at least 10.",
        fields: ["DECOM", "PLACE"]
    ) { ret, findings in
        flagStartedUnder(10, in: "R5", ret, &findings)
    }

    static let r373 = Rule<SSDA903Return>(
        "373", "Child placed in a school should be at least 4 years old.",
        fields: ["DECOM", "PLACE"]
    ) { ret, findings in
        flagStartedUnder(4, in: "S1", ret, &findings)
    }

    static let r374 = Rule<SSDA903Return>(
        "374", "Child in residential employment should be at least 14 years old.",
        fields: ["DECOM", "PLACE"]
    ) { ret, findings in
        flagStartedUnder(14, in: "P3", ret, &findings)
    }

    static let r375 = Rule<SSDA903Return>(
        "375", "Hospitalisation coded as a temporary placement exceeds six weeks.",
        fields: ["DECOM", "PLACE"]
    ) { ret, findings in
        flagLastingOver(42, in: "T1", ret, &findings)
    }

    static let r376 = Rule<SSDA903Return>(
        "376", "Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.",
        fields: ["DECOM", "PLACE"]
    ) { ret, findings in
        flagLastingOver(21, in: "T3", ret, &findings)
    }

    /// The validator counts a child's T3 placements across the whole return, not within
    /// 12 months; Harbour follows it.
    static let r377 = Rule<SSDA903Return>(
        "377", "Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in any 12- month period.",
        fields: ["PLACE"]
    ) { ret, findings in
        let episodes = ret.episodes
        let child = episodes.column("CHILD"), place = episodes.column("PLACE")
        var holidays: [String: [Int]] = [:]
        for (index, row) in episodes.rows.enumerated() where S.code(row[place]) == "T3" {
            holidays[row[child], default: []].append(index)
        }
        S.flag(holidays.values.filter { $0.count > 2 }.flatMap { $0 }, in: episodes, &findings)
    }

    static let r378 = Rule<SSDA903Return>(
        "378", "A child who is placed with parent(s) cannot be looked after under a single period of accommodation under Section 20 of the Children Act 1989.",
        fields: ["PLACE", "LS"]
    ) { ret, findings in
        let episodes = ret.episodes
        let place = episodes.column("PLACE"), ls = episodes.column("LS")
        for (index, row) in episodes.rows.enumerated() where S.code(row[place]) == "P1" && S.code(row[ls]) == "V2" {
            findings.flag(episodes, row: index)
        }
    }

    static let r379 = Rule<SSDA903Return>(
        "379", "Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.",
        fields: ["DECOM", "PLACE"]
    ) { ret, findings in
        flagLastingOver(7, in: "T4", ret, &findings)
    }

    private static let temporaryPlaces: Set<String> = ["T0", "T1", "T2", "T3", "T4"]

    static let r380 = Rule<SSDA903Return>(
        "380", "A period of care cannot start with a temporary placement.",
        fields: ["PLACE", "RNE"]
    ) { ret, findings in
        let episodes = ret.episodes
        let place = episodes.column("PLACE"), rne = episodes.column("RNE")
        for (index, row) in episodes.rows.enumerated() where temporaryPlaces.contains(S.code(row[place])) {
            if !["P", "B"].contains(S.code(row[rne])) { findings.flag(episodes, row: index) }
        }
    }

    static let r381 = Rule<SSDA903Return>(
        "381", "A period of care cannot end with a temporary placement.",
        fields: ["PLACE", "REC"]
    ) { ret, findings in
        let episodes = ret.episodes
        let place = episodes.column("PLACE"), rec = episodes.column("REC")
        for (index, row) in episodes.rows.enumerated() where temporaryPlaces.contains(S.code(row[place])) {
            if !row[rec].isEmpty && S.code(row[rec]) != "X1" { findings.flag(episodes, row: index) }
        }
    }

    static let r382 = Rule<SSDA903Return>(
        "382", "A child receiving respite care cannot be in a temporary placement.",
        fields: ["LS", "PLACE"]
    ) { ret, findings in
        let episodes = ret.episodes
        let place = episodes.column("PLACE"), ls = episodes.column("LS")
        for (index, row) in episodes.rows.enumerated() where ["V3", "V4"].contains(S.code(row[ls])) {
            if temporaryPlaces.contains(S.code(row[place])) { findings.flag(episodes, row: index) }
        }
    }

    static let r383 = Rule<SSDA903Return>(
        "383", "A child in a temporary placement must subsequently return to his/her normal placement.",
        fields: ["PLACE", "RNE", "PL_POST"]
    ) { ret, findings in
        let episodes = ret.episodes
        let place = episodes.column("PLACE"), rne = episodes.column("RNE"), post = episodes.column("PL_POST")
        let decoms = S.days(episodes, episodes.column("DECOM"))
        // The validator compares blank values as different from everything, themselves included.
        func differ(_ a: String, _ b: String) -> Bool { a.isEmpty || b.isEmpty || a != b }
        var flagged: [Int] = []
        for (_, rows) in episodes.groups(by: episodes.column("CHILD")) {
            let ordered = S.ordered(rows, by: decoms)
            guard ordered.count >= 3 else { continue }
            for position in 2..<ordered.count {
                let current = episodes.rows[ordered[position]]
                let temporary = episodes.rows[ordered[position - 1]]
                let before = episodes.rows[ordered[position - 2]]
                guard temporaryPlaces.contains(S.code(temporary[place])) else { continue }
                if differ(S.code(current[rne]), "P") || differ(S.code(current[place]), S.code(before[place]))
                    || differ(S.code(current[post]), S.code(before[post])) {
                    flagged.append(ordered[position])
                }
            }
        }
        S.flag(flagged, in: episodes, &findings)
    }

    static let r384 = Rule<SSDA903Return>(
        "384", "A child receiving respite care cannot be in a long-term foster placement ",
        fields: ["PLACE", "LS"]
    ) { ret, findings in
        let episodes = ret.episodes
        let place = episodes.column("PLACE"), ls = episodes.column("LS")
        for (index, row) in episodes.rows.enumerated() where ["V3", "V4"].contains(S.code(row[ls])) {
            if ["U1", "U4"].contains(S.code(row[place])) { findings.flag(episodes, row: index) }
        }
    }

    static let r385 = Rule<SSDA903Return>(
        "385", "Date episode ceased must be on or before the end of the current collection year.",
        fields: ["DEC"]
    ) { ret, findings in
        let episodes = ret.episodes
        let dec = episodes.column("DEC")
        let end = ret.collectionEnd
        for (index, row) in episodes.rows.enumerated() {
            if let ceased = row.day(dec), ceased > end { findings.flag(episodes, row: index) }
        }
    }

    /// Episodes ending for one of `reasons` where the child's age at the end fails `isWrong`,
    /// given the birthday `years` (nil when the header has no date of birth or the episode no
    /// end date), for each of the child's header rows (none counts as one without a date).
    private static func flagCeasedAtAge(
        _ years: Int, reasons: Set<String>, _ ret: SSDA903Return, _ findings: inout Findings,
        isWrong: (_ birthday: Day?, _ ceased: Day?) -> Bool
    ) {
        let births = birthDates(ret)
        let episodes = ret.episodes
        let child = episodes.column("CHILD"), rec = episodes.column("REC"), dec = episodes.column("DEC")
        for (index, row) in episodes.rows.enumerated() where reasons.contains(S.code(row[rec])) {
            let ceased = row.day(dec)
            let dobs = births[row[child]] ?? [nil]
            if dobs.contains(where: { isWrong($0.map { S.adding(years: years, to: $0) }, ceased) }) {
                findings.flag(episodes, row: index)
            }
        }
    }

    static let r386 = Rule<SSDA903Return>(
        "386", "Reason episode ceased is adopted but child has reached age 18.",
        fields: ["REC"]
    ) { ret, findings in
        flagCeasedAtAge(18, reasons: ["E11", "E12"], ret, &findings) { birthday, ceased in
            guard let birthday, let ceased else { return false }
            return birthday <= ceased
        }
    }

    static let r387 = Rule<SSDA903Return>(
        "387", "Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.",
        fields: ["REC"]
    ) { ret, findings in
        // A missing date of birth counts as under 14, as in the validator.
        flagCeasedAtAge(14, reasons: ["E5", "E6"], ret, &findings) { birthday, ceased in
            guard let ceased else { return false }
            return !(birthday.map { $0 <= ceased } ?? false)
        }
    }

    static let r388 = Rule<SSDA903Return>(
        "388", "Reason episode ceased is coded new episode begins, but there is no continuation episode.",
        fields: ["REC"]
    ) { ret, findings in
        let episodes = ret.episodes
        let rec = episodes.column("REC"), dec = episodes.column("DEC")
        // The validator dates an undated episode 1 January 1901, so it sorts first.
        let placeholder = Day(year: 1901, month: 1, day: 1)!
        let decoms: [Day?] = S.days(episodes, episodes.column("DECOM")).map { $0 ?? placeholder }
        var flagged: [Int] = []
        for (id, rows) in episodes.groups(by: episodes.column("CHILD")) where !id.isEmpty {
            let ordered = S.ordered(rows, by: decoms)
            for (position, index) in ordered.enumerated() {
                let row = episodes.rows[index]
                let reason = S.code(row[rec])
                guard let ceased = row.day(dec) else { continue }
                if position + 1 < ordered.count {
                    let next = decoms[ordered[position + 1]]
                    if reason == "X1" && ceased != next { flagged.append(index) }
                    if !reason.isEmpty && reason != "X1" && ceased == next { flagged.append(index) }
                } else if reason == "X1" {
                    flagged.append(index)
                }
            }
        }
        S.flag(flagged, in: episodes, &findings)
    }

    static let r389 = Rule<SSDA903Return>(
        "389", "Reason episode ceased is that child transferred to care of adult social care services, but child is aged under 16.",
        fields: ["REC"]
    ) { ret, findings in
        // A missing date of birth or end date counts as under 16, as in the validator.
        flagCeasedAtAge(16, reasons: ["E7"], ret, &findings) { birthday, ceased in
            guard let birthday, let ceased else { return true }
            return !(birthday <= ceased)
        }
    }

    static let r390 = Rule<SSDA903Return>(
        "390", "Reason episode ceased is adopted but child has not been previously placed for adoption.",
        fields: ["PLACE", "REC"]
    ) { ret, findings in
        let episodes = ret.episodes
        let place = episodes.column("PLACE"), rec = episodes.column("REC")
        for (index, row) in episodes.rows.enumerated() where ["E11", "E12"].contains(S.code(row[rec])) {
            if !["A3", "A4", "A5", "A6"].contains(S.code(row[place])) { findings.flag(episodes, row: index) }
        }
    }

    static let r391 = Rule<SSDA903Return>(
        "391", "Young person was not 17, 18, 19, 20 or 21 during the current collection year. ",
        fields: ["DOB", "IN_TOUCH", "ACTIV", "ACCOM"]
    ) { ret, findings in
        let oc3 = ret.oc3
        let dob = oc3.column("DOB"), inTouch = oc3.column("IN_TOUCH"), activ = oc3.column("ACTIV"), accom = oc3.column("ACCOM")
        let end = ret.collectionEnd
        for (index, row) in oc3.rows.enumerated() {
            guard let birth = row.day(dob), S.adding(years: 17, to: birth) > end else { continue }
            if !row[inTouch].isEmpty || !row[activ].isEmpty || !row[accom].isEmpty { findings.flag(oc3, row: index) }
        }
    }
}
