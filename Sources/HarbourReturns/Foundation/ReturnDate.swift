import HarbourCore

/// Dates as the returns write them: the SSDA903 as dd/mm/yyyy, the CIN census as yyyy-mm-dd.
public enum ReturnDate {
    /// A real date in either form, spaces around it allowed; nil for anything else (including
    /// 31/02/2025 and two-digit years).
    public static func parse(_ text: String) -> Day? {
        var text = text
        return text.withUTF8(parse(bytes:))
    }

    /// `parse` on the text's UTF-8 bytes, without copying them.
    static func parse(bytes all: UnsafeBufferPointer<UInt8>) -> Day? {
        var start = 0, end = all.count
        while start < end, all[start] == 0x20 || all[start] == 0x09 { start += 1 }
        while end > start, all[end - 1] == 0x20 || all[end - 1] == 0x09 || all[end - 1] == 0x0D || all[end - 1] == 0x0A { end -= 1 }
        guard end - start == 10 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = all[start + index]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        if all[start + 2] == 0x2F, all[start + 5] == 0x2F, let d = number(0..<2), let m = number(3..<5), let y = number(6..<10) {
            return Day(year: y, month: m, day: d)
        }
        if all[start + 4] == 0x2D, all[start + 7] == 0x2D, let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) {
            return Day(year: y, month: m, day: d)
        }
        return nil
    }
}
