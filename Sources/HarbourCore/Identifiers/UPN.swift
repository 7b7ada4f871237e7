/// Unique pupil number: a check letter then 12 characters (DfE "Unique pupil numbers" guidance;
/// CIN rule 1510). A temporary UPN ends in a letter instead of a digit.
public enum UPN {
    static let checkLetters = Array("ABCDEFGHJKLMNPQRTUVWXYZ")

    /// The check letter for the 12 characters after it, or nil if they are not all digits
    /// (a temporary UPN's final letter counts by its position in the same alphabet).
    public static func checkLetter(for body: String) -> Character? {
        let chars = Array(body)
        guard chars.count == 12 else { return nil }
        var sum = 0
        for (offset, ch) in chars.enumerated() {
            let weight = offset + 2
            if let d = ch.wholeNumberValue, ch.isASCII {
                sum += d * weight
            } else if offset == 11, let index = checkLetters.firstIndex(of: ch) {
                sum += index * weight
            } else {
                return nil
            }
        }
        return checkLetters[sum % 23]
    }

    /// Why a UPN is not acceptable, or nil if it is.
    public static func problem(with upn: String) -> String? {
        let chars = Array(upn)
        guard chars.count == 13 else { return "UPN must be 13 characters: a letter then 12 more" }
        guard let first = chars.first, checkLetters.contains(first) else {
            return "UPN must start with a check letter (A to Z, without I, O and S)"
        }
        guard chars[1...11].allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return "UPN characters 2 to 12 must be digits"
        }
        guard let expected = checkLetter(for: String(chars[1...])) else {
            return "UPN must end in a digit, or a letter for a temporary UPN"
        }
        guard expected == first else { return "UPN check letter is wrong: it should be \(expected)" }
        return nil
    }

    /// Builds a valid UPN from a 12-character body; used by sample data and tests.
    public static func make(body: String) -> String? {
        checkLetter(for: body).map { String($0) + body }
    }
}

public enum Postcode {
    /// A UK postcode in the usual shape: outward code (2-4) + space + inward code (digit, two letters).
    public static func isWellFormed(_ text: String) -> Bool {
        let t = text.uppercased()
        let parts = t.split(separator: " ")
        guard parts.count == 2, (2...4).contains(parts[0].count), parts[1].count == 3 else { return false }
        let outward = Array(parts[0]), inward = Array(parts[1])
        guard outward[0].isLetter, outward.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
              outward.contains(where: \.isNumber) else { return false }
        return inward[0].isNumber && inward[1].isLetter && inward[2].isLetter && inward.allSatisfy(\.isASCII)
    }
}
