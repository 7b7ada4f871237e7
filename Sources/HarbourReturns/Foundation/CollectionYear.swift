import Foundation
import HarbourCore

/// A statutory return's collection year, 1 April to 31 March, named as the DfE names it
/// ("2025-26"). `end` is the year of the 31 March it ends on.
public struct CollectionYear: Sendable, Hashable, CustomStringConvertible {
    public let end: Int

    public init(end: Int) {
        self.end = end
    }

    /// Reads "2025-26", "2025/26" or "2026" (the year it ends); says why anything else is refused.
    public init(parsing text: String) throws(FieldError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        if parts.count == 1, parts[0].count == 4, let year = Int(parts[0]), (2000...2100).contains(year) {
            self.init(end: year)
            return
        }
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let first = Int(parts[0]), let second = Int(parts[1]),
              (2000...2100).contains(first) else {
            throw FieldError("year", "\"\(text)\" is not a collection year: write it as 2025-26")
        }
        guard (first + 1) % 100 == second else {
            throw FieldError("year", "\"\(text)\" is not a collection year: the second year follows the first, as in \(first)-\(String(format2((first + 1) % 100)))")
        }
        self.init(end: first + 1)
    }

    public var start: Day { Day(year: end - 1, month: 4, day: 1)! }
    public var last: Day { Day(year: end, month: 3, day: 31)! }
    public var description: String { "\(end - 1)-\(format2(end % 100))" }
}

private func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
