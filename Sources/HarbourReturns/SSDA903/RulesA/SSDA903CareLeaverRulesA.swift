import HarbourCore

/// Rules on the OC3 care leaver items: which young people should have them, judged from
/// their episodes this year and last, their age and their UASC record.
extension SSDA903Rules {
    private typealias Support = SSDA903SupportA

    private static let careLeaverItems = ["IN_TOUCH", "ACTIV", "ACCOM"]

    /// Whether an OC3 row has any of the care leaver items.
    private static func hasCareLeaverItems(_ oc3: ReturnTable) -> (ReturnRow) -> Bool {
        let columns = careLeaverItems.map(oc3.column)
        return { row in columns.contains { Support.has(row, $0) } }
    }

    static let r1000 = Rule<SSDA903Return>(
        "1000", "This child is recorded as having died in care and therefore should not have the care leaver information completed. [NOTE: This only tests the current and previous year data loaded into the tool]",
        fields: careLeaverItems
    ) { ret, findings in
        func died(_ episodes: ReturnTable) -> Set<String> {
            let child = episodes.column("CHILD"), rec = episodes.column("REC")
            return Set(episodes.rows.filter { Support.code($0, rec) == "E2" }.map { $0[child] })
        }
        let children = died(ret.episodes).union(ret.last.map { died($0.episodes) } ?? [])
        let oc3 = ret.oc3
        let child = oc3.column("CHILD")
        for (index, row) in oc3.rows.enumerated() where children.contains(row[child]) { findings.flag(oc3, row: index) }
    }

    /// Harbour judges every young person with an OC3 row on the episodes it is given. The DfE's
    /// validator means to leave out those aged 20 or over at 31 March (two years' episodes cannot
    /// show their time in care), but in leaving them out of its reckoning it flags every one.
    static let r1001 = Rule<SSDA903Return>(
        "1001", "The episodes recorded for this young person suggest they are not a relevant or a former relevant child and therefore should not have care leaver information completed. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]",
        fields: careLeaverItems
    ) { ret, findings in
        guard let last = ret.last, !ret.episodes.rows.isEmpty, !ret.oc3.rows.isEmpty, !ret.header.rows.isEmpty,
              !last.episodes.rows.isEmpty else { return }
        let end = ret.collectionEnd

        // This year's and last year's episodes together, each keeping its row number in its own
        // file (the validator's "label", which it later matches across both files).
        struct Episode { var label: Int; var child: String; var decom: Day?; var dec: Day?; var ls: String; var rec: String }
        var episodes: [Episode] = []
        for table in [ret.episodes, last.episodes] {
            let child = table.column("CHILD"), decom = table.column("DECOM"), dec = table.column("DEC")
            let ls = table.column("LS"), rec = table.column("REC")
            for (index, row) in table.rows.enumerated() {
                episodes.append(Episode(label: index, child: row[child], decom: row.day(decom), dec: row.day(dec),
                                        ls: Support.code(row, ls), rec: Support.code(row, rec)))
            }
        }
        // Sorted by end date (open episodes last), keeping one episode per child and start date.
        let sorted = episodes.enumerated().sorted { a, b in
            switch (a.element.dec, b.element.dec) {
            case let (x?, y?): return x != y ? x < y : a.offset < b.offset
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.element)
        var seen: Set<String> = []
        episodes = sorted.filter { seen.insert("\($0.child)\u{1F}\($0.decom?.description ?? "-")").inserted }

        // Each child's latest episode; the validator gives every episode sharing its row number
        // an end date of 31 March when open, and reads adoption from all of them.
        var latest: [String: (label: Int, day: Day)] = [:]
        for episode in episodes where !episode.child.isEmpty {
            guard let day = episode.decom else { continue }
            if let current = latest[episode.child], current.day >= day { continue }
            latest[episode.child] = (episode.label, day)
        }
        let latestLabels = Set(latest.values.map(\.label))
        for index in episodes.indices where latestLabels.contains(episodes[index].label) && episodes[index].dec == nil {
            episodes[index].dec = end
        }
        let adopted = Set(episodes.filter { latestLabels.contains($0.label) && ($0.rec == "E11" || $0.rec == "E12") }.map(\.child))

        // Days looked after since the 14th and 16th birthdays, short breaks aside.
        let header = ret.header
        let headerChild = header.column("CHILD"), dobColumn = header.column("DOB")
        var births: [String: [Day]] = [:]
        for row in header.rows {
            guard let dob = row.day(dobColumn) else { continue }
            births[row[headerChild], default: []].append(dob)
        }
        var since14: [String: Int] = [:], since16: [String: Int] = [:]
        var anyCounted = false
        for episode in episodes where episode.ls != "V3" && episode.ls != "V4" {
            for dob in births[episode.child] ?? [] {
                anyCounted = true
                guard let dec = episode.dec else { continue }
                let from14 = Support.adding(years: 14, to: dob), from16 = Support.adding(years: 16, to: dob)
                since14[episode.child, default: 0] += max(0, max(episode.decom ?? from14, from14).days(until: dec))
                since16[episode.child, default: 0] += max(0, max(episode.decom ?? from16, from16).days(until: dec))
            }
        }
        guard anyCounted else { return }

        let oc3 = ret.oc3
        let child = oc3.column("CHILD")
        for (index, row) in oc3.rows.enumerated() {
            let id = row[child]
            let relevant = (since14[id] ?? 0) >= 91 && (since16[id] ?? 0) >= 1
            if adopted.contains(id) || !relevant { findings.flag(oc3, row: index) }
        }
    }

    static let r1002 = Rule<SSDA903Return>(
        "1002", "This child has no previous episodes of care, therefore should not have care leaver information recorded. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]",
        fields: careLeaverItems
    ) { ret, findings in
        guard let last = ret.last else { return }
        let current = ret.episodes.column("CHILD"), previous = last.episodes.column("CHILD")
        let children = Set(ret.episodes.rows.map { $0[current] }).union(last.episodes.rows.map { $0[previous] })
        let oc3 = ret.oc3
        let child = oc3.column("CHILD")
        for (index, row) in oc3.rows.enumerated() where !children.contains(row[child]) { findings.flag(oc3, row: index) }
    }

    static let r1007 = Rule<SSDA903Return>(
        "1007", "Care leaver information is not required for 17- or 18-year olds who are still looked after [on their 17th or 18th birthday.]",
        fields: careLeaverItems
    ) { ret, findings in
        let oc3 = ret.oc3, episodes = ret.episodes
        let oc3Rows = Support.rowsByChild(oc3)
        let dob = oc3.column("DOB")
        let hasItems = hasCareLeaverItems(oc3)
        let child = episodes.column("CHILD"), decom = episodes.column("DECOM"), dec = episodes.column("DEC")
        let end = ret.collectionEnd
        var flagged: [Int] = []
        for row in episodes.rows {
            guard let rows = oc3Rows[row[child]] else { continue }
            // The validator only counts an episode that has ended after the birthday; one still
            // open on 31 March is not treated as in care on it, though the DfE message implies it is.
            guard let started = row.day(decom), let ended = row.day(dec) else { continue }
            for index in rows {
                let oc3Row = oc3.rows[index]
                guard let born = oc3Row.day(dob), hasItems(oc3Row) else { continue }
                guard Support.adding(years: 17, to: born) <= end, Support.adding(years: 19, to: born) > end else { continue }
                var birthday = Support.adding(years: end.year - born.year, to: born)
                if birthday > end { birthday = Support.adding(years: -1, to: birthday) }
                if started <= birthday && ended > birthday { flagged.append(index) }
            }
        }
        Support.flag(flagged, in: oc3, &findings)
    }

    static let r1010 = Rule<SSDA903Return>(
        "1010", "This child has no episodes loaded for current year even though there was an open episode of care at the end of the previous year, and care leaver data has been entered.",
        fields: careLeaverItems
    ) { ret, findings in
        guard let last = ret.last else { return }
        let previous = last.episodes
        let decom = previous.column("DECOM"), dec = previous.column("DEC")
        let openAtYearEnd = Set(Support.extremeRows(previous, by: decom, latest: true, lastOnTies: true)
            .filter { !Support.has(previous.rows[$0.row], dec) }.map(\.child))
        let currentChild = ret.episodes.column("CHILD")
        let current = Set(ret.episodes.rows.map { $0[currentChild] })
        let oc3 = ret.oc3
        let child = oc3.column("CHILD")
        for (index, row) in oc3.rows.enumerated() where !current.contains(row[child]) && openAtYearEnd.contains(row[child]) {
            findings.flag(oc3, row: index)
        }
    }

    static let r1011 = Rule<SSDA903Return>(
        "1011", "This child is recorded as having his/her care transferred to another local authority for the final episode and therefore should not have the care leaver information completed.",
        fields: careLeaverItems
    ) { ret, findings in
        let episodes = ret.episodes
        let rec = episodes.column("REC")
        let transferred = Set(Support.extremeRows(episodes, by: episodes.column("DECOM"), latest: true)
            .filter { Support.code(episodes.rows[$0.row], rec) == "E3" }.map(\.child))
        let oc3 = ret.oc3
        let child = oc3.column("CHILD")
        let hasItems = hasCareLeaverItems(oc3)
        for (index, row) in oc3.rows.enumerated() where transferred.contains(row[child]) && hasItems(row) {
            findings.flag(oc3, row: index)
        }
    }

    static let r1012 = Rule<SSDA903Return>(
        "1012", "No other data should be returned for OC3 children who had no episodes in the current year", fields: ["CHILD"]
    ) { ret, findings in
        let episodeChild = ret.episodes.column("CHILD")
        let children = Set(ret.episodes.rows.map { $0[episodeChild] })
        for table in [ret.placedAdoption, ret.missing, ret.reviews, ret.ad1, ret.prevPerm, ret.oc2] {
            let child = table.column("CHILD")
            for (index, row) in table.rows.enumerated() where !children.contains(row[child]) { findings.flag(table, row: index) }
        }
    }

    static let r1014 = Rule<SSDA903Return>(
        "1014", "UASC information is not required for care leavers", fields: ["ACTIV", "ACCOM", "IN_TOUCH", "DUC"]
    ) { ret, findings in
        let episodes = ret.episodes
        let child = episodes.column("CHILD"), decom = episodes.column("DECOM"), dec = episodes.column("DEC")
        let start = ret.collectionStart, end = ret.collectionEnd
        var inYear: [String: Bool] = [:]
        for row in episodes.rows where !row[child].isEmpty {
            let began = row.day(decom), ended = row.day(dec)
            let during = began.map { $0 <= end } ?? false && (ended.map { $0 >= start } ?? true)
            inYear[row[child], default: false] = inYear[row[child], default: false] || during
        }
        let uasc = ret.uasc, oc3 = ret.oc3
        let oc3Rows = Support.rowsByChild(oc3)
        let hasItems = hasCareLeaverItems(oc3)
        var flaggedOC3: [Int] = []
        let uascChild = uasc.column("CHILD")
        var flaggedUASC: [Int] = []
        for (index, row) in uasc.rows.enumerated() where inYear[row[uascChild]] == false {
            let withItems = (oc3Rows[row[uascChild]] ?? []).filter { hasItems(oc3.rows[$0]) }
            if !withItems.isEmpty {
                flaggedUASC.append(index)
                flaggedOC3 += withItems
            }
        }
        Support.flag(flaggedUASC, in: uasc, &findings)
        Support.flag(flaggedOC3, in: oc3, &findings)
    }

    static let r1016 = Rule<SSDA903Return>(
        "1016", "Care leaver information is not required for 17- or 18-year olds who cease to be looked after, after their birthday.",
        fields: careLeaverItems
    ) { ret, findings in
        let oc3 = ret.oc3, episodes = ret.episodes
        let episodeRows = Support.rowsByChild(episodes)
        let dec = episodes.column("DEC")
        let child = oc3.column("CHILD"), dob = oc3.column("DOB")
        let hasItems = hasCareLeaverItems(oc3)
        let end = ret.collectionEnd
        for (index, row) in oc3.rows.enumerated() {
            guard hasItems(row), let born = row.day(dob), let rows = episodeRows[row[child]] else { continue }
            // The validator measures age in days against years of 365.2425 days.
            let days = born.days(until: end)
            let birthday: Day
            if days >= 6210 && days < 6575 {
                birthday = Support.adding(years: 17, to: born)
            } else if days >= 6575 && days <= 6939 {
                birthday = Support.adding(years: 18, to: born)
            } else {
                continue
            }
            if rows.contains(where: { episodes.rows[$0].day(dec).map { $0 >= birthday } ?? false }) {
                findings.flag(oc3, row: index)
            }
        }
    }

    static let r134 = Rule<SSDA903Return>(
        "134", "Data on adoption should not be entered for the OC3 cohort.",
        fields: ["IN_TOUCH", "ACTIV", "ACCOM", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]
    ) { ret, findings in
        let oc3 = ret.oc3, ad1 = ret.ad1
        let hasItems = hasCareLeaverItems(oc3)
        let oc3Child = oc3.column("CHILD")
        let careLeavers = Set(oc3.rows.filter(hasItems).map { $0[oc3Child] })
        let child = ad1.column("CHILD")
        let adoption = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"].map(ad1.column)
        for (index, row) in ad1.rows.enumerated()
        where careLeavers.contains(row[child]) && adoption.contains(where: { Support.has(row, $0) }) {
            findings.flag(ad1, row: index)
        }
    }

    static let r165 = Rule<SSDA903Return>(
        "165", "Data entry for mother status is invalid.", fields: ["MOTHER", "SEX", "ACTIV", "ACCOM", "IN_TOUCH", "DECOM"]
    ) { ret, findings in
        let episodes = ret.episodes, header = ret.header, oc3 = ret.oc3
        let child = episodes.column("CHILD"), ls = episodes.column("LS")
        let decom = episodes.column("DECOM"), dec = episodes.column("DEC")
        let start = ret.collectionStart, end = ret.collectionEnd
        // Children with an episode other than a short break, and whether any was open during the year.
        var inYear: [String: Bool] = [:]
        var order: [String] = []
        for row in episodes.rows where !["V3", "V4"].contains(Support.code(row, ls)) {
            let id = row[child]
            let during = (row.day(dec) ?? end) >= start && row.day(decom).map { $0 <= end } ?? false
            if inYear[id] == nil { order.append(id) }
            inYear[id] = (inYear[id] ?? false) || during
        }
        let headerRows = Support.rowsByChild(header), oc3Rows = Support.rowsByChild(oc3)
        let mother = header.column("MOTHER"), sex = header.column("SEX")
        let hasItems = hasCareLeaverItems(oc3)
        var flaggedHeader: [Int] = [], flaggedOC3: [Int] = []
        for id in order {
            let leaverRows = oc3Rows[id] ?? []
            // Episodes with no CHILD count as none in the year, as the validator counts by child.
            let yearly = !id.isEmpty && inYear[id]!
            for index in headerRows[id] ?? [] {
                let row = header.rows[index]
                let given = Support.has(row, mother)
                // The validator still reads sex as 1 (male) and 2 (female), the codes before 2024-25,
                // so with M/F/U returns only the validity of MOTHER itself is checked.
                let error = (given && row[mother] != "0" && row[mother] != "1")
                    || (given && row[sex] == "1")
                    || (!given && row[sex] == "2" && yearly)
                let leaverError = given && row[sex] == "2" && !yearly
                if error { flaggedOC3 += leaverRows }
                let leavers = leaverError ? leaverRows.filter { hasItems(oc3.rows[$0]) } : []
                flaggedOC3 += leavers
                if error || !leavers.isEmpty { flaggedHeader.append(index) }
            }
        }
        Support.flag(flaggedHeader, in: header, &findings)
        Support.flag(flaggedOC3, in: oc3, &findings)
    }

    static let r3001 = Rule<SSDA903Return>(
        "3001", "Where care leavers information is being returned for a young person around their 17th birthday, the accommodation cannot be with their former foster carer(s).",
        fields: ["REC"]
    ) { ret, findings in
        let header = ret.header, oc3 = ret.oc3
        let headerChild = header.column("CHILD"), dob = header.column("DOB")
        var seventeenth: [String: [Day]] = [:]
        for row in header.rows {
            if let born = row.day(dob) { seventeenth[row[headerChild], default: []].append(Support.adding(years: 17, to: born)) }
        }
        let year = ret.collectionStart...ret.collectionEnd
        let child = oc3.column("CHILD"), accom = oc3.column("ACCOM")
        for (index, row) in oc3.rows.enumerated() where ["Z1", "Z2"].contains(Support.code(row, accom)) {
            if (seventeenth[row[child]] ?? []).contains(where: year.contains) { findings.flag(oc3, row: index) }
        }
    }
}
