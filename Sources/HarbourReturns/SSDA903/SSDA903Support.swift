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
}
