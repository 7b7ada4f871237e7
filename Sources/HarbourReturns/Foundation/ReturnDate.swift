import HarbourCore

/// Dates as the returns write them: the SSDA903 as dd/mm/yyyy, the CIN census as yyyy-mm-dd.
public enum ReturnDate {
    /// A real date in either form, spaces around it allowed; nil for anything else (including
    /// 31/02/2025 and two-digit years).
    public static func parse(_ text: String) -> Day? {
        var bytes = Array(text.utf8)
        while let first = bytes.first, first == 0x20 || first == 0x09 { bytes.removeFirst() }
        while let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0D || last == 0x0A { bytes.removeLast() }
        guard bytes.count == 10 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        if bytes[2] == 0x2F, bytes[5] == 0x2F, let d = number(0..<2), let m = number(3..<5), let y = number(6..<10) {
            return Day(year: y, month: m, day: d)
        }
        if bytes[4] == 0x2D, bytes[7] == 0x2D, let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) {
            return Day(year: y, month: m, day: d)
        }
        return nil
    }
}
