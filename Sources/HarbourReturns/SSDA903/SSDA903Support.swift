import HarbourCore

/// What the SSDA903 rules of every part read the same way: codes compared in capitals, an item
/// given or not, and ages and anniversaries by whole years.
enum SSDA903Support {
    /// A code as the DfE compares it: in capitals.
    static func code(_ text: String) -> String {
        text.utf8.contains { $0 >= 0x61 } ? text.uppercased() : text
    }

    static func code(_ row: ReturnRow, _ column: ReturnTable.Column) -> String { code(row[column]) }

    /// Whether the item is given at all.
    static func has(_ row: ReturnRow, _ column: ReturnTable.Column) -> Bool { !row[column].isEmpty }

    /// The same day `years` later, or the month's last day (28 February for 29 February).
    static func adding(years: Int, to day: Day) -> Day { day.adding(months: years * 12) }

    /// The children looked after continuously through the collection year (OC2), as the DfE's
    /// validator judges it: some episode falls in the year, and none starts a period of care
    /// after 1 April, ends one (other than X1) before 31 March, or is a short break (V3/V4) in
    /// the year. An episode with no CHILD is no child's. Worked out once per return.
    static func continuouslyLookedAfter(_ ret: SSDA903Return) -> Set<String> {
        ret.episodes.memoized("903 continuously looked after \(ret.collectionStart.iso) \(ret.collectionEnd.iso)") {
            let episodes = ret.episodes
            let child = episodes.column("CHILD"), rne = episodes.column("RNE"), rec = episodes.column("REC"), ls = episodes.column("LS")
            let decom = episodes.column("DECOM"), dec = episodes.column("DEC")
            let start = ret.collectionStart, end = ret.collectionEnd
            var inYear: Set<String> = [], broken: Set<String> = []
            for row in episodes.rows where !row[child].isEmpty {
                let from = row.day(decom), to = row.day(dec)
                let during = from.map { $0 <= end } == true && (to.map { $0 >= start } ?? true)
                let entersCare = code(row, rne) == "S" && from.map { $0 > start && $0 <= end } == true
                let leavesCare = code(row, rec) != "X1" && to.map { $0 >= start && $0 < end } == true
                let shortBreak = ["V3", "V4"].contains(code(row, ls)) && during
                if during { inYear.insert(row[child]) }
                if entersCare || leavesCare || shortBreak { broken.insert(row[child]) }
            }
            return inYear.subtracting(broken)
        }
    }
}
