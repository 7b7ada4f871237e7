import HarbourCore

/// Plausible but fictitious names and places. Surnames are made from syllables so that no
/// list of real people is involved.
enum Names {
    static let girls = ["Amelia", "Olivia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya", "Grace", "Aisha", "Zara", "Maya",
                        "Ruby", "Evie", "Poppy", "Sofia", "Hana", "Amira", "Chloe", "Esme", "Layla", "Nia", "Phoebe", "Rosie"]
    static let boys = ["Oliver", "Noah", "Leo", "Arthur", "Muhammad", "Harry", "Jack", "Theo", "Oscar", "George", "Ibrahim",
                       "Kai", "Ethan", "Jacob", "Reuben", "Zayn", "Finley", "Mason", "Riley", "Tyler", "Yusuf", "Logan", "Ezra", "Adam"]
    static let neutral = ["Alex", "Sam", "Jordan", "Charlie", "Robin", "Morgan", "Jamie", "Taylor", "Casey", "Frankie"]
    static let starts = ["Ash", "Brook", "Castle", "Dun", "East", "Fair", "Glen", "Hart", "Kings", "Lang", "Mar", "North",
                         "Oak", "Pen", "Ridge", "Stan", "Thorn", "Wal", "West", "Whit", "Bel", "Crow", "Ells", "Har"]
    static let ends = ["by", "field", "ton", "ley", "wood", "more", "well", "ford", "bury", "cott", "dale", "worth", "stead", "ham"]

    static func surname(_ rng: inout SeededRandom) -> String { rng.element(starts) + rng.element(ends) }

    static func first(_ sex: String, _ rng: inout SeededRandom) -> String {
        switch sex {
        case "F": rng.chance(0.9) ? rng.element(girls) : rng.element(neutral)
        case "M": rng.chance(0.9) ? rng.element(boys) : rng.element(neutral)
        default: "Baby"
        }
    }

    static func person(_ rng: inout SeededRandom) -> String {
        first(rng.chance(0.5) ? "F" : "M", &rng) + " " + surname(&rng)
    }

    /// A postcode in the real shape but in the unused ZZ area, so it can never be someone's address.
    static func postcode(_ rng: inout SeededRandom) -> String {
        let letters = Array("ABDEFGHJLNPQRSTUWXYZ")
        return "ZZ\(rng.int(1...99)) \(rng.int(0...9))\(rng.element(letters))\(rng.element(letters))"
    }

    /// A UPN with a correct check letter, in the council's LA number range.
    static func upn(_ rng: inout SeededRandom) -> String {
        var body = "201"
        for _ in 0..<9 { body += String(rng.int(0...9)) }
        return UPN.make(body: body)!
    }
}
