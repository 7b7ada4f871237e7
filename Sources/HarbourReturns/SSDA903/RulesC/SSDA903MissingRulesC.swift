import HarbourCore

/// Periods when a looked-after child was missing or away from placement without
/// authorisation: their dates against each other, the collection year and the child's care.
extension SSDA903Rules {
    private typealias S = SSDA903SupportC

    static let r564 = Rule<SSDA903Return>(
        "564", "Child was missing or away from placement without authorisation and the date started is blank.",
        fields: ["MISSING", "MIS_START"]
    ) { ret, findings in
        let missing = ret.missing
        let kind = missing.column("MISSING"), start = missing.column("MIS_START")
        for (index, row) in missing.rows.enumerated() where ["M", "A"].contains(S.code(row, kind)) && !S.has(row, start) {
            findings.flag(missing, row: index)
        }
    }

    static let r565 = Rule<SSDA903Return>(
        "565", "The date that the child started to be missing or away from placement without authorisation has been completed but whether the child was missing or away from placement without authorisation has not been completed.",
        fields: ["MISSING", "MIS_START"]
    ) { ret, findings in
        let missing = ret.missing
        let kind = missing.column("MISSING"), start = missing.column("MIS_START")
        for (index, row) in missing.rows.enumerated() where S.has(row, start) && !S.has(row, kind) {
            findings.flag(missing, row: index)
        }
    }

    static let r566 = Rule<SSDA903Return>(
        "566", "The date that the child's episode of being missing or away from placement without authorisation ended has been completed but whether the child was missing or away without authorisation has not been completed.",
        fields: ["MISSING", "MIS_END"]
    ) { ret, findings in
        let missing = ret.missing
        let kind = missing.column("MISSING"), end = missing.column("MIS_END")
        for (index, row) in missing.rows.enumerated() where S.has(row, end) && !S.has(row, kind) {
            findings.flag(missing, row: index)
        }
    }

    static let r567 = Rule<SSDA903Return>(
        "567", "The date that the missing episode or episode that the child was away from placement without authorisation ended is before the date that it started.",
        fields: ["MIS_START", "MIS_END"]
    ) { ret, findings in
        let missing = ret.missing
        let start = missing.column("MIS_START"), end = missing.column("MIS_END")
        for (index, row) in missing.rows.enumerated() {
            if let started = row.day(start), let ended = row.day(end), started > ended { findings.flag(missing, row: index) }
        }
    }

    static let r570 = Rule<SSDA903Return>(
        "570", "The date that the child started to be missing or away from placement without authorisation is after the end of the collection year.",
        fields: ["MIS_START"]
    ) { ret, findings in
        S.flagStartsAfterYear(&findings, ret.missing, start: "MIS_START", ret)
    }

    static let r571 = Rule<SSDA903Return>(
        "571", "The date that the child ceased to be missing or away from placement without authorisation is before the start or after the end of the collection year.",
        fields: ["MIS_END"]
    ) { ret, findings in
        S.flagEndsOutsideYear(&findings, ret.missing, end: "MIS_END", ret)
    }

    static let r574 = Rule<SSDA903Return>(
        "574", "A new missing/away from placement without authorisation period cannot start when the previous missing/away from placement without authorisation period is still open. Missing/away from placement without authorisation periods should also not overlap.",
        fields: ["MIS_START", "MIS_END"]
    ) { ret, findings in
        S.flagOverlaps(&findings, ret.missing, start: "MIS_START", end: "MIS_END")
    }

    static let r575 = Rule<SSDA903Return>(
        "575", "If the placement from which the child goes missing/away from placement without authorisation ends, the missing/away from placement without authorisation period in the missing module must also have an end date.",
        fields: ["MIS_END"]
    ) { ret, findings in
        let missing = ret.missing, episodes = ret.episodes
        let child = missing.column("CHILD"), start = missing.column("MIS_START"), end = missing.column("MIS_END")
        let episodeChild = episodes.column("CHILD"), decom = episodes.column("DECOM"), dec = episodes.column("DEC")
        var closed: [String: [(start: Day, end: Day)]] = [:]
        for row in episodes.rows {
            // Only an ended episode with a readable start can hold the missing period.
            guard let ended = row.day(dec), let started = row.day(decom) else { continue }
            closed[row[episodeChild], default: []].append((started, ended))
        }
        for (index, row) in missing.rows.enumerated() where !S.has(row, end) {
            guard let started = row.day(start), let episodes = closed[row[child]] else { continue }
            if episodes.contains(where: { started >= $0.start && started <= $0.end }) { findings.flag(missing, row: index) }
        }
    }

    static let r576 = Rule<SSDA903Return>(
        "576", "There is an open missing/away from placement without authorisation period in last year’s return and there is no corresponding period recorded at the start of this year.",
        fields: ["CHILD"]
    ) { ret, findings in
        guard let last = ret.last else { return }
        let missing = ret.missing, missingLast = last.missing
        let child = missing.column("CHILD"), start = missing.column("MIS_START")
        let lastChild = missingLast.column("CHILD"), lastStart = missingLast.column("MIS_START"), lastEnd = missingLast.column("MIS_END")
        var openLastYear: [String: [Day]] = [:]
        for row in missingLast.rows where !S.has(row, lastEnd) {
            // Last year's open period whose start cannot be read matches nothing.
            if let started = row.day(lastStart) { openLastYear[row[lastChild], default: []].append(started) }
        }
        // A period with no readable start counts as starting on 1 January 2099.
        let unknownStart = Day(year: 2099, month: 1, day: 1)!
        var flagged: [Int] = []
        for (id, rows) in missing.groups(by: child) where !id.isEmpty {
            guard let open = openLastYear[id] else { continue }
            var first = rows[0], firstStart = missing.rows[rows[0]].day(start) ?? unknownStart
            for index in rows.dropFirst() {
                let started = missing.rows[index].day(start) ?? unknownStart
                if started < firstStart { first = index; firstStart = started }
            }
            if open.contains(where: { $0 != firstStart }) { flagged.append(first) }
        }
        S.flag(&findings, missing, rows: flagged)
    }

    static let r577 = Rule<SSDA903Return>(
        "577", "Child ceased to be looked after but there is a missing/away from placement without authorisation period without an end date.",
        fields: ["MIS_END"]
    ) { ret, findings in
        let missing = ret.missing
        let child = missing.column("CHILD"), start = missing.column("MIS_START"), end = missing.column("MIS_END")
        let periods = S.periodsOfCare(ret.episodes)
        for (index, row) in missing.rows.enumerated() {
            guard let started = row.day(start), let care = periods[row[child]] else { continue }
            let ended = row.day(end)
            let outsideEvery = care.allSatisfy { period in
                if let ended {
                    return (period.end.map { ended > $0 } ?? false) || ended < period.start
                }
                return period.end != nil || started < period.start
            }
            if outsideEvery { findings.flag(missing, row: index) }
        }
    }

    static let r578 = Rule<SSDA903Return>(
        "578", "The date that the child started to be missing is after the child ceased to be looked after.",
        fields: ["MIS_START"]
    ) { ret, findings in
        let missing = ret.missing
        let child = missing.column("CHILD"), start = missing.column("MIS_START")
        let periods = S.periodsOfCare(ret.episodes)
        for (index, row) in missing.rows.enumerated() {
            guard let started = row.day(start), let care = periods[row[child]] else { continue }
            let outsideEvery = care.allSatisfy { started < $0.start || ($0.end.map { started > $0 } ?? false) }
            if outsideEvery { findings.flag(missing, row: index) }
        }
    }

    static let r580 = Rule<SSDA903Return>(
        "580", "Child is missing when cease being looked after but reason episode ceased not ‘E8’.",
        fields: ["REC"]
    ) { ret, findings in
        let missing = ret.missing, episodes = ret.episodes
        let child = missing.column("CHILD"), dob = missing.column("DOB"), end = missing.column("MIS_END")
        let episodeChild = episodes.column("CHILD"), dec = episodes.column("DEC"), rec = episodes.column("REC")
        let episodesByChild = episodes.groups(by: episodeChild)
        var flagged: [Int] = []
        for row in missing.rows {
            // Missing until the day the child turned 18, the day care ended.
            guard let born = row.day(dob), let ended = row.day(end), S.adding(years: 18, to: born) == ended,
                  let rows = episodesByChild[row[child]] else { continue }
            for index in rows where episodes.rows[index].day(dec) == ended && S.code(episodes.rows[index], rec) != "E8" {
                flagged.append(index)
            }
        }
        S.flag(&findings, episodes, rows: flagged)
    }

    static let r581 = Rule<SSDA903Return>(
        "581", "Child is missing but has not yet started to be looked after.",
        fields: ["MIS_START"]
    ) { ret, findings in
        let missing = ret.missing, episodes = ret.episodes
        let child = missing.column("CHILD"), start = missing.column("MIS_START")
        let episodeChild = episodes.column("CHILD"), decom = episodes.column("DECOM"), dec = episodes.column("DEC")
        var spans: [String: [(start: Day?, end: Day?)]] = [:]
        for row in episodes.rows { spans[row[episodeChild], default: []].append((row.day(decom), row.day(dec))) }
        for (index, row) in missing.rows.enumerated() {
            guard let care = spans[row[child]] else { continue }
            let started = row.day(start)
            let inAnEpisode = care.contains { span in
                guard let started, let from = span.start, started >= from else { return false }
                return span.end.map { started <= $0 } ?? true
            }
            if !inAnEpisode { findings.flag(missing, row: index) }
        }
    }

    static let r586 = Rule<SSDA903Return>(
        "586", "Dates of missing periods are before child’s date of birth.",
        fields: ["MIS_START"]
    ) { ret, findings in
        let missing = ret.missing
        let dob = missing.column("DOB"), start = missing.column("MIS_START")
        for (index, row) in missing.rows.enumerated() {
            if let started = row.day(start), let born = row.day(dob), started <= born { findings.flag(missing, row: index) }
        }
    }
}
