import HarbourCore

/// Adoption decisions, care leavers' outcomes and the ages and dates around starting care.
extension SSDA903Rules {
    private typealias S = SSDA903SupportB

    static let r333 = Rule<SSDA903Return>(
        "333", "Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).",
        fields: ["DATE_INT"]
    ) { ret, findings in
        let ad1 = ret.ad1
        let dateInt = ad1.column("DATE_INT"), dateMatch = ad1.column("DATE_MATCH")
        for (index, row) in ad1.rows.enumerated() {
            guard let match = row.day(dateMatch) else { continue }
            if let decided = row.day(dateInt), decided <= match { continue }
            findings.flag(ad1, row: index)
        }
    }

    static let r334 = Rule<SSDA903Return>(
        "334", "Date child started to be looked after in latest period of care must be on or prior to the date should be placed for adoption. ",
        fields: ["DATE_INT", "DECOM", "RNE"]
    ) { ret, findings in
        let episodes = ret.episodes, ad1 = ret.ad1
        let child = episodes.column("CHILD"), rne = episodes.column("RNE")
        let decoms = S.days(episodes, episodes.column("DECOM"))
        let starts = episodes.rows.indices.filter { S.code(episodes.rows[$0][rne]) == "S" }
        var startsByChild: [String: [Int]] = [:]
        for index in starts { startsByChild[episodes.rows[index][child], default: []].append(index) }
        let adChild = ad1.column("CHILD"), dateInt = ad1.column("DATE_INT")
        let adByChild = ad1.groups(by: adChild)
        var flaggedEpisodes: [Int] = [], flaggedAD1: [Int] = []
        for (id, rows) in startsByChild {
            guard let latest = S.latest(rows, by: decoms), let decom = decoms[latest] else { continue }
            for adRow in adByChild[id] ?? [] {
                guard let decided = ad1.rows[adRow].day(dateInt), decided < decom else { continue }
                flaggedEpisodes.append(latest)
                flaggedAD1.append(adRow)
            }
        }
        S.flag(flaggedEpisodes, in: episodes, &findings)
        S.flag(flaggedAD1, in: ad1, &findings)
    }

    static let r335 = Rule<SSDA903Return>(
        "335", "The current foster value (0) suggests that child is not adopted by current foster carer, but last placement is A2, A3, or A5. Or the current foster value (1) suggests that child is adopted by current foster carer, but last placement is A1, A4 or A6.",
        fields: ["PLACE", "FOSTER_CARE"]
    ) { ret, findings in
        let episodes = ret.episodes, ad1 = ret.ad1
        let child = episodes.column("CHILD"), place = episodes.column("PLACE"), rec = episodes.column("REC")
        let adByChild = ad1.groups(by: ad1.column("CHILD"))
        let foster = ad1.column("FOSTER_CARE")
        var flaggedEpisodes: [Int] = [], flaggedAD1: [Int] = []
        for (index, row) in episodes.rows.enumerated() {
            guard ["E1", "E11", "E12"].contains(S.code(row[rec])) else { continue }
            let placement = S.code(row[place])
            let withCarer = ["A2", "A3", "A5"].contains(placement)
            let notWithCarer = ["A1", "A4", "A6"].contains(placement)
            guard withCarer || notWithCarer else { continue }
            for adRow in adByChild[row[child]] ?? [] {
                let value = ad1.rows[adRow][foster]
                if (withCarer && value == "0") || (notWithCarer && value == "1") {
                    flaggedEpisodes.append(index)
                    flaggedAD1.append(adRow)
                }
            }
        }
        S.flag(flaggedEpisodes, in: episodes, &findings)
        S.flag(flaggedAD1, in: ad1, &findings)
    }

    static let r336 = Rule<SSDA903Return>(
        "336", "Child does not have a foster placement immediately prior to being placed for adoption.",
        fields: ["PLACE"]
    ) { ret, findings in
        let episodes = ret.episodes
        let place = episodes.column("PLACE")
        let decoms = S.days(episodes, episodes.column("DECOM"))
        let fosterOrAdoption: Set<String> = ["A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6"]
        var flagged: [Int] = []
        for (_, rows) in episodes.groups(by: episodes.column("CHILD")) {
            let first = S.earliest(rows, by: decoms)
            let ordered = S.ordered(rows, by: decoms)
            for (position, index) in ordered.enumerated() where index != first {
                guard ["A3", "A4"].contains(S.code(episodes.rows[index][place])) else { continue }
                let previous = position > 0 ? S.code(episodes.rows[ordered[position - 1]][place]) : ""
                if !fosterOrAdoption.contains(previous) { flagged.append(index) }
            }
        }
        S.flag(flagged, in: episodes, &findings)
    }

    static let r344 = Rule<SSDA903Return>(
        "344", "The record shows the young person has died or returned home to live with parent(s) or someone with parental responsibility for a continuous period of 6 months or more, but activity and/or accommodation on leaving care have been completed.",
        fields: ["IN_TOUCH", "ACTIV", "ACCOM"]
    ) { ret, findings in
        let oc3 = ret.oc3
        let inTouch = oc3.column("IN_TOUCH"), activ = oc3.column("ACTIV"), accom = oc3.column("ACCOM")
        for (index, row) in oc3.rows.enumerated() where ["DIED", "RHOM"].contains(S.code(row[inTouch])) {
            if row[activ] != "0" || row[accom] != "0" { findings.flag(oc3, row: index) }
        }
    }

    static let r345 = Rule<SSDA903Return>(
        "345", "The data collection record shows the local authority is in touch with this young person, but activity and/or accommodation data items are zero.",
        fields: ["IN_TOUCH", "ACTIV", "ACCOM"]
    ) { ret, findings in
        let oc3 = ret.oc3
        let inTouch = oc3.column("IN_TOUCH"), activ = oc3.column("ACTIV"), accom = oc3.column("ACCOM")
        for (index, row) in oc3.rows.enumerated() where S.code(row[inTouch]) == "YES" {
            if row[activ] == "0" || row[accom] == "0" { findings.flag(oc3, row: index) }
        }
    }

    /// The validator tests ACCOM for "T", not the T1/T2 codes the return uses, so in practice
    /// this never fires; Harbour follows it. Ages are compared as a span of 18 average years.
    static let r347 = Rule<SSDA903Return>(
        "347", "Care leavers aged under 18 years, can not be accommodated in a Foyer.",
        fields: ["PLACE", "DEC", "URN"]
    ) { ret, findings in
        let oc3 = ret.oc3
        let dob = oc3.column("DOB"), accom = oc3.column("ACCOM")
        let start = ret.collectionStart
        for (index, row) in oc3.rows.enumerated() where S.code(row[accom]) == "T" {
            // 18 years of 365.2425 days, as numpy's timedelta64(18, "Y").
            if let birth = row.day(dob), Double(birth.days(until: start)) < 18 * 365.2425 {
                findings.flag(oc3, row: index)
            }
        }
    }

    static let r348 = Rule<SSDA903Return>(
        "348", "Care leaver has previously been reported as having died. ",
        fields: ["IN_TOUCH"]
    ) { ret, findings in
        guard let last = ret.last?.oc3 else { return }
        let lastChild = last.column("CHILD"), lastInTouch = last.column("IN_TOUCH")
        var diedLastYear: Set<String> = []
        for row in last.rows where S.code(row[lastInTouch]) == "DIED" { diedLastYear.insert(row[lastChild]) }
        let oc3 = ret.oc3
        let child = oc3.column("CHILD"), inTouch = oc3.column("IN_TOUCH")
        for (index, row) in oc3.rows.enumerated() where diedLastYear.contains(row[child]) {
            if S.code(row[inTouch]) != "DIED" { findings.flag(oc3, row: index) }
        }
    }

    static let r351 = Rule<SSDA903Return>(
        "351", "Child was over 25 at the start of the current collection year.",
        fields: ["DOB"]
    ) { ret, findings in
        let header = ret.header
        let dob = header.column("DOB")
        let start = ret.collectionStart
        for (index, row) in header.rows.enumerated() {
            if let birth = row.day(dob), start > S.adding(years: 25, to: birth) { findings.flag(header, row: index) }
        }
    }

    static let r352 = Rule<SSDA903Return>(
        "352", "Child who started to be looked after was aged 18 or over.",
        fields: ["DECOM", "RNE"]
    ) { ret, findings in
        let header = ret.header, episodes = ret.episodes
        let hChild = header.column("CHILD"), hDob = header.column("DOB")
        var eighteenths: [String: [Day]] = [:]
        for row in header.rows {
            if let birth = row.day(hDob) { eighteenths[row[hChild], default: []].append(S.adding(years: 18, to: birth)) }
        }
        let child = episodes.column("CHILD"), rne = episodes.column("RNE"), decom = episodes.column("DECOM")
        for (index, row) in episodes.rows.enumerated() where S.code(row[rne]) == "S" {
            guard let start = row.day(decom) else { continue }
            if (eighteenths[row[child]] ?? []).contains(where: { $0 <= start }) { findings.flag(episodes, row: index) }
        }
    }

    static let r353 = Rule<SSDA903Return>(
        "353", "No episode submitted can start before 14 October 1991.",
        fields: ["DECOM"]
    ) { ret, findings in
        let episodes = ret.episodes
        let decom = episodes.column("DECOM")
        let earliest = Day(year: 1991, month: 10, day: 14)!
        for (index, row) in episodes.rows.enumerated() {
            if let start = row.day(decom), start < earliest { findings.flag(episodes, row: index) }
        }
    }
}
