import HarbourCore

/// Whether a return's files agree with each other and with last year's: every child in a
/// file is in the Header, once where once is expected, with the same date of birth and sex;
/// and children looked after before the year have last year's episodes.
extension SSDA903Rules {
    private typealias S = SSDA903SupportC

    /// Rows of a file whose child is not in the Header.
    private static func inHeaderC(_ code: String, _ message: String, _ table: @escaping @Sendable (SSDA903Tables) -> ReturnTable) -> Rule<SSDA903Return> {
        Rule(code, message, fields: ["CHILD"]) { ret, findings in
            let header = ret.header, file = table(ret.current)
            let headerChild = header.column("CHILD"), child = file.column("CHILD")
            let known = Set(header.rows.map { $0[headerChild] })
            for (index, row) in file.rows.enumerated() where !known.contains(row[child]) {
                findings.flag(file, row: index)
            }
        }
    }

    /// Rows of a file whose date of birth differs from the one in the child's Header row
    /// (where both can be read).
    private static func sameBirthDateC(_ code: String, _ message: String, _ table: @escaping @Sendable (SSDA903Tables) -> ReturnTable) -> Rule<SSDA903Return> {
        Rule(code, message, fields: ["DOB"]) { ret, findings in
            let header = ret.header, file = table(ret.current)
            let child = file.column("CHILD"), dob = file.column("DOB")
            // Every file's rule reads the same dates of birth, worked out once.
            let births: [String: [Day]] = header.memoized("dates of birth by child") {
                let headerChild = header.column("CHILD"), headerDOB = header.column("DOB")
                var births: [String: [Day]] = [:]
                for row in header.rows { if let born = row.day(headerDOB) { births[row[headerChild], default: []].append(born) } }
                return births
            }
            for (index, row) in file.rows.enumerated() {
                guard let born = row.day(dob), let known = births[row[child]] else { continue }
                if known.contains(where: { $0 != born }) { findings.flag(file, row: index) }
            }
        }
    }

    /// Rows of a file whose child has more than one row in it.
    private static func onceC(_ code: String, _ message: String, _ table: @escaping @Sendable (SSDA903Tables) -> ReturnTable) -> Rule<SSDA903Return> {
        Rule(code, message, fields: ["CHILD"]) { ret, findings in
            let file = table(ret.current)
            var repeated: [Int] = []
            for (id, rows) in file.groups(by: file.column("CHILD")) where !id.isEmpty && rows.count > 1 { repeated += rows }
            S.flag(&findings, file, rows: repeated)
        }
    }

    static let rINT01 = inHeaderC("INT01", "Data Integrity Check: Child in AD1 does not exist in Header.") { $0.ad1 }
    static let rINT02 = inHeaderC("INT02", "Internal Check: Child in PlacedAdoption does not exist in Header.") { $0.placedAdoption }
    static let rINT03 = inHeaderC("INT03", "Internal Check: Child in Episodes does not exist in Header.") { $0.episodes }
    static let rINT04 = inHeaderC("INT04", "Internal Check: Child in Missing does not exist in Header.") { $0.missing }
    static let rINT05 = inHeaderC("INT05", "Internal Check: Child in OC2 does not exist in Header.") { $0.oc2 }
    static let rINT06 = inHeaderC("INT06", "Internal Check: Child in OC3 does not exist in Header.") { $0.oc3 }
    static let rINT07 = inHeaderC("INT07", "Internal Check: Child in PrevPerm does not exist in Header.") { $0.prevPerm }
    static let rINT08 = inHeaderC("INT08", "Internal Check: Child in Reviews does not exist in Header.") { $0.reviews }
    static let rINT09 = inHeaderC("INT09", "Internal Check: Child in UASC does not exist in Header.") { $0.uasc }

    static let rINT11 = sameBirthDateC("INT11", "Internal Check: DOB in AD1 is different to DOB in Header.") { $0.ad1 }
    static let rINT12 = sameBirthDateC("INT12", "Internal Check: DOB in PlacedAdoption is different to DOB in Header.") { $0.placedAdoption }
    static let rINT13 = sameBirthDateC("INT13", "Internal Check: DOB in Missing is different to DOB in Header.") { $0.missing }
    static let rINT14 = sameBirthDateC("INT14", "Internal Check: DOB in OC2 is different to DOB in Header.") { $0.oc2 }
    static let rINT15 = sameBirthDateC("INT15", "Internal Check: DOB in OC3 is different to DOB in Header.") { $0.oc3 }
    static let rINT16 = sameBirthDateC("INT16", "Internal Check: DOB in PrevPerm is different to DOB in Header.") { $0.prevPerm }
    static let rINT17 = sameBirthDateC("INT17", "Internal Check: DOB in Reviews is different to DOB in Header.") { $0.reviews }
    static let rINT18 = sameBirthDateC("INT18", "Internal Check: DOB in UASC is different to DOB in Header.") { $0.uasc }

    static let rINT21 = Rule<SSDA903Return>(
        "INT21", "Internal Check: SEX in UASC is different to SEX in Header.",
        fields: ["SEX"]
    ) { ret, findings in
        let header = ret.header, uasc = ret.uasc
        let headerChild = header.column("CHILD"), headerSex = header.column("SEX")
        let child = uasc.column("CHILD"), sex = uasc.column("SEX")
        var recorded: [String: [String]] = [:]
        for row in header.rows where S.has(row, headerSex) { recorded[row[headerChild], default: []].append(S.code(row, headerSex)) }
        for (index, row) in uasc.rows.enumerated() where S.has(row, sex) {
            let value = S.code(row, sex)
            if let known = recorded[row[child]], known.contains(where: { $0 != value }) { findings.flag(uasc, row: index) }
        }
    }

    static let rINT31 = onceC("INT31", "Internal Check: Child should only exist once in AD1.") { $0.ad1 }
    static let rINT32 = onceC("INT32", "Internal Check: Child should only exist once in Header.") { $0.header }
    static let rINT33 = onceC("INT33", "Internal Check: Child should only exist once in OC2.") { $0.oc2 }
    static let rINT34 = onceC("INT34", "Internal Check: Child should only exist once in OC3.") { $0.oc3 }
    static let rINT35 = onceC("INT35", "Internal Check: Child should only exist once in PrevPerm.") { $0.prevPerm }
    static let rINT36 = onceC("INT36", "Internal Check: Child should only exist once in UASC.") { $0.uasc }

    static let rEPI = Rule<SSDA903Return>(
        "EPI", "WARNING: Episodes need to be loaded for this child before further validation is possible [NOTE: This refers to the DfE portal - here, all checks that can be performed with only the available data will be.]",
        .query, fields: ["CHILD"]
    ) { ret, findings in
        let header = ret.header, episodes = ret.episodes, oc3 = ret.oc3
        let child = header.column("CHILD"), episodeChild = episodes.column("CHILD"), oc3Child = oc3.column("CHILD")
        let known = Set(episodes.rows.map { $0[episodeChild] }).union(oc3.rows.map { $0[oc3Child] })
        for (index, row) in header.rows.enumerated() where !known.contains(row[child]) {
            findings.flag(header, row: index)
        }
    }

    static let rNoE = Rule<SSDA903Return>(
        "NoE", "This child has no episodes loaded for previous year even though child started to be looked after before this current year.",
        fields: ["DECOM"]
    ) { ret, findings in
        guard let last = ret.last else { return }
        let episodes = ret.episodes, episodesLast = last.episodes
        let child = episodes.column("CHILD"), decom = episodes.column("DECOM"), lastChild = episodesLast.column("CHILD")
        let lastYear = Set(episodesLast.rows.map { $0[lastChild] })
        let yearStart = ret.collectionStart
        for (index, row) in episodes.rows.enumerated() where !lastYear.contains(row[child]) {
            if let started = row.day(decom), started < yearStart { findings.flag(episodes, row: index) }
        }
    }

    static let r562 = Rule<SSDA903Return>(
        "562", "Episode commenced before the start of the current collection year but there is a missing continuous episode in the previous year.",
        fields: ["DECOM"]
    ) { ret, findings in
        guard let last = ret.last else { return }
        let episodes = ret.episodes, episodesLast = last.episodes
        let child = episodes.column("CHILD"), decom = episodes.column("DECOM")
        let lastChild = episodesLast.column("CHILD"), lastDecom = episodesLast.column("DECOM")
        // Last year's latest episode start for each child.
        var latestLastYear: [String: Day] = [:]
        for row in episodesLast.rows where !row[lastChild].isEmpty {
            guard let started = row.day(lastDecom) else { continue }
            if let best = latestLastYear[row[lastChild]], best >= started { continue }
            latestLastYear[row[lastChild]] = started
        }
        // The validator stops, reporting nothing, when a child's episodes last year have no readable start.
        guard episodesLast.rows.allSatisfy({ $0[lastChild].isEmpty || latestLastYear[$0[lastChild]] != nil }) else { return }
        // This year's first episode for each child that started before the year.
        let yearStart = ret.collectionStart
        var earliest: [String: (row: Int, started: Day)] = [:]
        for (index, row) in episodes.rows.enumerated() where !row[child].isEmpty {
            guard let started = row.day(decom), started < yearStart else { continue }
            if let best = earliest[row[child]], best.started <= started { continue }
            earliest[row[child]] = (index, started)
        }
        let flagged = earliest.compactMap { id, first in latestLastYear[id] == first.started ? nil : first.row }
        S.flag(&findings, episodes, rows: flagged)
    }
}
