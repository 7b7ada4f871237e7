import HarbourCore

/// What part A of the CIN census rules shares: the census year, the keys the DfE's validator
/// joins modules on, and dates read once per table.
///
/// The validator's tables mark an absent item as missing (`""` in Harbour's tables) and a date
/// it cannot read as missing too; a missing date is never before, after or equal to another.
/// Its joins match children with a missing LAchildID to each other, as Harbour's keys do.
enum CINSupportA {
    /// One CIN episode of one child (LAchildID, CINdetailsID): the modules inside a
    /// CINdetails block carry both.
    struct Episode: Hashable, Sendable {
        let child: String
        let cin: String

        init(child: String, cin: String) {
            self.child = child
            self.cin = cin
        }

        init(_ row: ReturnRow, child: ReturnTable.Column, episode: ReturnTable.Column) {
            self.init(child: row[child], cin: row[episode])
        }
    }

    /// The census year as the validator works it out from Header/ReferenceDate: from the day
    /// after the same date a year earlier (1 April for a 31 March reference date) to the
    /// reference date. Both ends are nil when the reference date is missing or unreadable.
    struct Period {
        let start: Day?
        let end: Day?

        /// Whether a date falls in the census year; false for a missing date or period.
        func contains(_ day: Day?) -> Bool {
            guard let day, let start, let end else { return false }
            return start <= day && day <= end
        }
    }

    /// The census year, or nil when the return has no header row (the validator stops
    /// such a rule without a finding).
    static func period(_ ret: CINReturn) -> Period? {
        guard let row = ret.header.rows.first else { return nil }
        guard let end = row.day(ret.header.column("ReferenceDate")) else { return Period(start: nil, end: nil) }
        return Period(start: end.adding(months: -12).adding(days: 1), end: end)
    }

    /// A column's dates, parsed once.
    static func days(_ table: ReturnTable, _ name: String) -> [Day?] {
        table.days(table.column(name))
    }

    /// A column's values.
    static func values(_ table: ReturnTable, _ name: String) -> [String] {
        let column = table.column(name)
        return table.rows.map { $0[column] }
    }

    /// Row indices by child.
    static func byChild(_ table: ReturnTable) -> [String: [Int]] {
        table.groups(by: table.column("LAchildID"))
    }

    /// Row indices by CIN episode, in row order.
    static func byEpisode(_ table: ReturnTable) -> [Episode: [Int]] {
        table.memoized("CIN rows by episode") {
            let child = table.column("LAchildID"), cin = table.column("CINdetailsID")
            var groups: [Episode: [Int]] = [:]
            for (index, row) in table.rows.enumerated() {
                groups[Episode(child: row[child], cin: row[cin]), default: []].append(index)
            }
            return groups
        }
    }

    /// The episode each row belongs to.
    static func episodes(_ table: ReturnTable) -> [Episode] {
        table.memoized("CIN episode of each row") {
            let child = table.column("LAchildID"), cin = table.column("CINdetailsID")
            return table.rows.map { Episode(child: $0[child], cin: $0[cin]) }
        }
    }
}

extension Findings {
    /// Flags each listed row of a table once, in row order.
    mutating func cinAFlag(_ table: ReturnTable, rows: some Sequence<Int>, fields: [String]? = nil) {
        for row in Set(rows).sorted() { flag(table, row: row, fields: fields) }
    }
}

/// Text tests the DfE's validator makes with Python's string methods, and its code lists.
enum CINTextA {
    /// Python's `str.isdigit` for one character.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        // Nearly every character in a return is ASCII: answer those without the Unicode tables.
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return switch scalar.properties.numericType {
        case .decimal?, .digit?: true
        default: false
        }
    }

    /// Python's `str.isdigit`: false for no characters.
    static func isDigits(_ scalars: [Unicode.Scalar]) -> Bool {
        !scalars.isEmpty && scalars.allSatisfy(isDigit)
    }

    /// A digit's value, nil for anything else.
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        if scalar.isASCII { return isDigit(scalar) ? Int(scalar.value - 0x30) : nil }
        guard isDigit(scalar), let value = scalar.properties.numericValue else { return nil }
        return Int(value)
    }

    /// Python's `str.isalpha` for one character: a letter in any script.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
        return switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }

    /// Python's `str.isalnum` for one character.
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isLetter(scalar) || isDigit(scalar) }
        return isLetter(scalar) || scalar.properties.numericType != nil
    }

    /// A year written as exactly four digits.
    static func fourDigitYear(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count == 4, bytes.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(text)
    }

    /// The LA numbers the DfE's validator accepts as characters 2-4 of a UPN (rule 1530,
    /// 2023-24 list onwards): post-April 1998 LA codes and the pseudo-LA codes.
    static let upnLACodes: Set<String> = {
        var codes = (1...5).map { "00\($0)" }
        let ranges: [ClosedRange<Int>] = [
            201...213, 301...320, 330...336, 340...344, 350...359, 370...373, 380...384, 390...394,
            660...681, 701...708, 800...803, 805...808, 810...813, 820...823, 835...839, 850...852,
            855...857, 865...896, 935...938, 940...941,
        ]
        let singles = [
            420, 815, 816, 825, 826, 830, 831, 840, 841, 845, 846, 860, 861, 908, 909, 916, 919,
            921, 925, 926, 928, 929, 931, 933, 942, 943,
        ]
        codes += ranges.flatMap { $0.map(String.init) } + singles.map(String.init)
        return Set(codes)
    }()

    /// Ethnicity codes (rule 4220).
    static let ethnicities: Set<String> = [
        "ABAN", "AIND", "AOTH", "APKN", "BAFR", "BCRB", "BOTH", "CHNE", "MOTH", "MWAS", "MWBA",
        "MWBC", "NOBT", "OOTH", "REFU", "WBRI", "WIRI", "WIRT", "WOTH", "WROM",
    ]

    /// Disability codes (rule 8540).
    static let disabilities: Set<String> = [
        "NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA",
    ]
}
