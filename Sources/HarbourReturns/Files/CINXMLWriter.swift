import HarbourCore

/// Writes a CIN census return as the XML the DfE collects, following the 2025 schema
/// (CIN_schema_2025.xsd): elements in the schema's order, two-space indents, UTF-8 with an
/// XML declaration.
///
/// Values are written the way the schema wants them, which for some items differs from how
/// the tables hold them:
/// - Sex is M, F or U. A blank Sex is taken from the older GenderCurrent (1 → M, 2 → F,
///   0 and 9 → U), as is a Sex written with those codes; GenderCurrent itself is not written.
/// - ReferralNFA and ICPCnotRequired are 1 or 0 (`true`/`false` become 1/0).
/// - Dates are yyyy-mm-dd, whichever form the table holds; codes and numbers are trimmed.
/// - A blank item is left out, and so is a value the schema does not allow (a code outside
///   its list, a date that is not a date); each such value is a problem in the output so the
///   council can put it right. A required item that is blank is a problem too: the file will
///   not pass the schema until it is given.
/// - An AssessmentFactors code comes from the AssessmentFactorsList rows of the assessment,
///   or, when it has none, from its Assessments row's comma-separated AssessmentFactors.
/// - Rows that belong to no written child (no ChildIdentifiers row with their LAchildID, or
///   no CINdetails row with their CINdetailsID) are not written and are problems.
public enum CINXMLWriter {
    public struct Output: Sendable {
        public var text: String
        /// Values left out and required items missing, each at the row it came from.
        public var problems: [ReturnFileProblem]
    }

    public static func write(_ census: CINReturn) -> Output {
        var writer = CINXMLWriterState(census: census)
        writer.message()
        return Output(text: writer.out, problems: writer.problems)
    }
}

/// The schema's simple types the writer checks values against.
enum CINXMLItemKind {
    case string
    case date
    case dateTime
    case year
    case yesNo
    case sex
    case integer
    case pattern(@Sendable (String) -> Bool, String)
    case codes(Set<String>, String)
}

struct CINXMLWriterState {
    let census: CINReturn
    var out = ""
    var problems: [ReturnFileProblem] = []
    /// Which rows of each table have been written, to report the ones that belong nowhere.
    private var written: [[Bool]]

    init(census: CINReturn) {
        self.census = census
        written = census.tables.map { [Bool](repeating: false, count: $0.rows.count) }
        out.reserveCapacity(census.childIdentifiers.rows.count * 2_000 + 1_000)
    }

    // MARK: Structure

    mutating func message() {
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n"
        header()
        children()
        out += "</Message>\n"
        reportUnwritten()
    }

    private mutating func header() {
        let table = census.header
        guard let row = table.rows.first else { return }
        written[0][0] = true
        let collection = ["Collection", "Year", "ReferenceDate"]
        let source = ["SourceLevel", "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime"]
        let hasCollection = collection.contains { !row[table.column($0)].trimmingSpaces.isEmpty }
        let hasSource = source.contains { !row[table.column($0)].trimmingSpaces.isEmpty }
        guard hasCollection || hasSource else { return }
        open("Header", 1)
        if hasCollection {
            open("CollectionDetails", 2)
            item("Collection", row, table, .codes(["CIN"], "collection"), 3)
            item("Year", row, table, .year, 3)
            item("ReferenceDate", row, table, .date, 3)
            close("CollectionDetails", 2)
        }
        if hasSource {
            open("Source", 2)
            item("SourceLevel", row, table, .codes(["L"], "source level"), 3)
            item("LEA", row, table, .pattern(CINXMLSchemaCodes.isLEA, "a three-digit LA number"), 3, required: true)
            item("SoftwareCode", row, table, .string, 3)
            item("Release", row, table, .string, 3)
            item("SerialNo", row, table, .pattern(CINXMLSchemaCodes.isSerialNumber, "a serial number of three or more digits"), 3)
            item("DateTime", row, table, .dateTime, 3)
            close("Source", 2)
        }
        close("Header", 1)
    }

    private mutating func children() {
        let ids = census.childIdentifiers
        let idColumn = ids.column("LAchildID")
        let characteristics = rowsByKey(census.childCharacteristics, 1)
        let disabilities = rowsByKey(census.disabilities, 1)
        let cinDetails = rowsByKey(census.cinDetails, 1)
        let context = CINXMLChildRows(
            assessments: rowsByKey(census.assessments, 2),
            factors: rowsByKey(census.assessmentFactors, 3),
            planDates: rowsByKey(census.cinPlanDates, 2),
            section47: rowsByKey(census.section47, 2),
            plans: rowsByKey(census.childProtectionPlans, 2),
            reviews: rowsByKey(census.reviews, 3)
        )
        var occurrences: [String: Int] = [:]
        open("Children", 1)
        if ids.rows.isEmpty {
            problems.append(ReturnFileProblem(
                location: SourceLocation(file: census.file), column: "Child",
                message: "the return has no children; the schema needs at least one <Child>"))
        }
        for (index, row) in ids.rows.enumerated() {
            written[1][index] = true
            let childID = row[idColumn]
            let occurrence = occurrences[childID, default: 0]
            occurrences[childID] = occurrence + 1
            open("Child", 2)
            identifiers(row)
            if let characteristicsRow = characteristics[childID].flatMap({ occurrence < $0.count ? $0[occurrence] : nil }) {
                childCharacteristics(characteristicsRow, disabilities: occurrence == 0 ? disabilities[childID] ?? [] : [])
            } else {
                required("ChildCharacteristics", at: row.location)
            }
            let details = occurrence == 0 ? cinDetails[childID] ?? [] : []
            if details.isEmpty {
                required("CINdetails", at: row.location)
            }
            for detail in details { cinDetailsBlock(detail, childID: childID, rows: context) }
            close("Child", 2)
        }
        close("Children", 1)
    }

    private mutating func identifiers(_ row: ReturnRow) {
        let table = census.childIdentifiers
        open("ChildIdentifiers", 3)
        item("LAchildID", row, table, .string, 4, required: true)
        item("UPN", row, table, .pattern(CINXMLSchemaCodes.isUPN, "a UPN"), 4)
        item("FormerUPN", row, table, .pattern(CINXMLSchemaCodes.isUPN, "a UPN"), 4)
        item("UPNunknown", row, table, .codes(CINXMLSchemaCodes.upnUnknown, "UPN unknown reason"), 4)
        item("PersonBirthDate", row, table, .date, 4)
        item("ExpectedPersonBirthDate", row, table, .date, 4)
        item("Sex", row, table, .sex, 4, required: true)
        item("PersonDeathDate", row, table, .date, 4)
        close("ChildIdentifiers", 3)
    }

    private mutating func childCharacteristics(_ index: Int, disabilities: [Int]) {
        let table = census.childCharacteristics
        let row = table.rows[index]
        written[2][index] = true
        open("ChildCharacteristics", 3)
        item("Ethnicity", row, table, .codes(CINXMLSchemaCodes.ethnicity, "ethnicity"), 4, required: true)
        let codes = disabilities.compactMap { index -> String? in
            written[3][index] = true
            return value(census.disabilities.rows[index], census.disabilities, "Disability",
                         .codes(CINXMLSchemaCodes.disability, "disability"))
        }
        if !codes.isEmpty {
            open("Disabilities", 4)
            for code in codes { leaf("Disability", code, 5) }
            close("Disabilities", 4)
        }
        close("ChildCharacteristics", 3)
    }

    private mutating func cinDetailsBlock(_ index: Int, childID: String, rows: CINXMLChildRows) {
        let table = census.cinDetails
        let row = table.rows[index]
        written[4][index] = true
        let key = childID + "\u{1}" + row[table.column("CINdetailsID")]
        open("CINdetails", 3)
        item("CINreferralDate", row, table, .date, 4, required: true)
        item("ReferralSource", row, table, .codes(CINXMLSchemaCodes.referralSource, "referral source"), 4, required: true)
        item("PrimaryNeedCode", row, table, .codes(CINXMLSchemaCodes.primaryNeed, "primary need code"), 4)
        item("CINclosureDate", row, table, .date, 4)
        item("ReasonForClosure", row, table, .codes(CINXMLSchemaCodes.reasonForClosure, "reason for closure"), 4)
        item("DateOfInitialCPC", row, table, .date, 4)
        for assessment in rows.assessments[key] ?? [] { assessmentBlock(assessment, key: key, rows: rows) }
        for plan in rows.planDates[key] ?? [] {
            let dates = census.cinPlanDates
            written[7][plan] = true
            open("CINPlanDates", 4)
            item("CINPlanStartDate", dates.rows[plan], dates, .date, 5, required: true)
            item("CINPlanEndDate", dates.rows[plan], dates, .date, 5)
            close("CINPlanDates", 4)
        }
        for enquiry in rows.section47[key] ?? [] {
            let s47 = census.section47
            written[8][enquiry] = true
            open("Section47", 4)
            item("S47ActualStartDate", s47.rows[enquiry], s47, .date, 5, required: true)
            item("InitialCPCtarget", s47.rows[enquiry], s47, .date, 5)
            item("DateOfInitialCPC", s47.rows[enquiry], s47, .date, 5)
            item("ICPCnotRequired", s47.rows[enquiry], s47, .yesNo, 5, required: true)
            close("Section47", 4)
        }
        item("ReferralNFA", row, table, .yesNo, 4, required: true)
        for plan in rows.plans[key] ?? [] { planBlock(plan, key: key, rows: rows) }
        close("CINdetails", 3)
    }

    private mutating func assessmentBlock(_ index: Int, key: String, rows: CINXMLChildRows) {
        let table = census.assessments
        let row = table.rows[index]
        written[5][index] = true
        open("Assessments", 4)
        item("AssessmentActualStartDate", row, table, .date, 5, required: true)
        item("AssessmentInternalReviewDate", row, table, .date, 5)
        item("AssessmentAuthorisationDate", row, table, .date, 5)
        let kind = CINXMLItemKind.codes(CINXMLSchemaCodes.assessmentFactor, "assessment factor")
        var codes: [String] = []
        if let factorRows = rows.factors[key + "\u{1}" + row[table.column("AssessmentID")]] {
            let factors = census.assessmentFactors
            for factor in factorRows {
                written[6][factor] = true
                if let code = value(factors.rows[factor], factors, "AssessmentFactor", kind) { codes.append(code) }
            }
        } else {
            let joined = row[table.column("AssessmentFactors")]
            for part in joined.split(separator: ",", omittingEmptySubsequences: true) {
                if let code = check(String(part), kind, name: "AssessmentFactors", at: row.location) { codes.append(code) }
            }
        }
        if !codes.isEmpty {
            open("FactorsIdentifiedAtAssessment", 5)
            for code in codes { leaf("AssessmentFactors", code, 6) }
            close("FactorsIdentifiedAtAssessment", 5)
        }
        close("Assessments", 4)
    }

    private mutating func planBlock(_ index: Int, key: String, rows: CINXMLChildRows) {
        let table = census.childProtectionPlans
        let row = table.rows[index]
        written[9][index] = true
        let abuse = CINXMLItemKind.codes(CINXMLSchemaCodes.categoryOfAbuse, "category of abuse")
        open("ChildProtectionPlans", 4)
        item("CPPstartDate", row, table, .date, 5, required: true)
        item("CPPendDate", row, table, .date, 5)
        item("InitialCategoryOfAbuse", row, table, abuse, 5, required: true)
        item("LatestCategoryOfAbuse", row, table, abuse, 5, required: true)
        item("NumberOfPreviousCPP", row, table, .integer, 5, required: true)
        let reviews = census.reviews
        let dates = (rows.reviews[key + "\u{1}" + row[table.column("CPPID")]] ?? []).compactMap { review -> String? in
            written[10][review] = true
            return value(reviews.rows[review], reviews, "CPPreviewDate", .date)
        }
        if !dates.isEmpty {
            open("Reviews", 5)
            for date in dates { leaf("CPPreviewDate", date, 6) }
            close("Reviews", 5)
        }
        close("ChildProtectionPlans", 4)
    }

    /// Row indices of a table by its first `parts` id columns (LAchildID, CINdetailsID, …).
    private func rowsByKey(_ table: ReturnTable, _ parts: Int) -> [String: [Int]] {
        var groups: [String: [Int]] = [:]
        for (index, row) in table.rows.enumerated() {
            let key = row.values.prefix(parts).joined(separator: "\u{1}")
            groups[key, default: []].append(index)
        }
        return groups
    }

    private mutating func reportUnwritten() {
        for (tableIndex, table) in census.tables.enumerated() {
            for (index, done) in written[tableIndex].enumerated() where !done {
                let row = table.rows[index]
                problems.append(ReturnFileProblem(
                    location: row.location, column: nil,
                    message: "this \(table.name) row is not written: its child or CINdetails block is not in the return"))
            }
        }
    }

    // MARK: Items

    private mutating func item(
        _ name: String, _ row: ReturnRow, _ table: ReturnTable, _ kind: CINXMLItemKind, _ depth: Int,
        required isRequired: Bool = false
    ) {
        if let text = value(row, table, name, kind) {
            leaf(name, text, depth)
        } else if isRequired {
            required(name, at: row.location)
        }
    }

    /// The value of an item as the schema wants it; nil when blank or not allowed (reported).
    private mutating func value(_ row: ReturnRow, _ table: ReturnTable, _ name: String, _ kind: CINXMLItemKind) -> String? {
        var raw = row[table.column(name)]
        if case .sex = kind, raw.trimmingSpaces.isEmpty {
            raw = row[table.column("GenderCurrent")]
        }
        return check(raw, kind, name: name, at: row.location)
    }

    private mutating func check(_ raw: String, _ kind: CINXMLItemKind, name: String, at location: SourceLocation) -> String? {
        let trimmed = String(raw.trimmingSpaces)
        if trimmed.isEmpty { return nil }
        let result: String?
        let expected: String
        switch kind {
        case .string:
            let kept = String(String.UnicodeScalarView(raw.unicodeScalars.filter(CINXMLSchemaCodes.isXMLCharacter)))
            if kept != raw { leftOut(name, raw, "it holds control characters XML cannot carry; they are removed", at: location) }
            return kept
        case .date:
            result = ReturnDate.parse(trimmed).map(CINXMLSchemaCodes.isoDate)
            expected = "a date"
        case .dateTime:
            result = CINXMLSchemaCodes.isDateTime(trimmed) ? trimmed : nil
            expected = "a date and time (yyyy-mm-ddThh:mm:ss)"
        case .year:
            result = trimmed.utf8.count == 4 && trimmed.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } ? trimmed : nil
            expected = "a year"
        case .yesNo:
            switch trimmed.lowercased() {
            case "1", "true": result = "1"
            case "0", "false": result = "0"
            default: result = nil
            }
            expected = "1 or 0"
        case .sex:
            switch trimmed.uppercased() {
            case "M", "1": result = "M"
            case "F", "2": result = "F"
            case "U", "0", "9": result = "U"
            default: result = nil
            }
            expected = "M, F or U"
        case .integer:
            let digits = trimmed.hasPrefix("+") ? String(trimmed.dropFirst()) : trimmed
            result = !digits.isEmpty && digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) ? digits : nil
            expected = "a whole number, 0 or more"
        case .pattern(let matches, let description):
            result = matches(trimmed) ? trimmed : nil
            expected = description
        case .codes(let codes, let description):
            result = codes.contains(trimmed) ? trimmed : nil
            expected = "one of the 2025 schema's \(description) codes"
        }
        if result == nil { leftOut(name, raw, "it is not \(expected)", at: location) }
        return result
    }

    private mutating func leftOut(_ name: String, _ raw: String, _ why: String, at location: SourceLocation) {
        problems.append(ReturnFileProblem(location: location, column: name, message: "“\(raw)” is left out: \(why)"))
    }

    private mutating func required(_ name: String, at location: SourceLocation) {
        problems.append(ReturnFileProblem(
            location: location, column: name,
            message: "<\(name)> is required and has no value; the file will not pass the schema until it is given"))
    }

    // MARK: Text

    private mutating func open(_ name: String, _ depth: Int) {
        indent(depth)
        out += "<\(name)>\n"
    }

    private mutating func close(_ name: String, _ depth: Int) {
        indent(depth)
        out += "</\(name)>\n"
    }

    private mutating func leaf(_ name: String, _ value: String, _ depth: Int) {
        indent(depth)
        out += "<\(name)>"
        CINXMLSchemaCodes.appendEscaped(value, to: &out)
        out += "</\(name)>\n"
    }

    private mutating func indent(_ depth: Int) {
        for _ in 0..<depth { out += "  " }
    }
}

/// The rows under a child's CINdetails blocks, by LAchildID and ids.
struct CINXMLChildRows {
    var assessments: [String: [Int]]
    var factors: [String: [Int]]
    var planDates: [String: [Int]]
    var section47: [String: [Int]]
    var plans: [String: [Int]]
    var reviews: [String: [Int]]
}

/// The code lists and patterns of CIN_schema_2025.xsd.
enum CINXMLSchemaCodes {
    static let upnUnknown: Set = ["UN1", "UN2", "UN3", "UN4", "UN5", "UN6", "UN7"]
    static let ethnicity: Set = [
        "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH",
        "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT",
    ]
    static let disability: Set = ["NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA"]
    static let referralSource: Set = [
        "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D",
        "6", "7", "8", "9", "10",
    ]
    static let primaryNeed: Set = ["N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"]
    static let reasonForClosure: Set = ["RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9"]
    static let categoryOfAbuse: Set = ["NEG", "PHY", "SAB", "EMO", "MUL"]
    static let assessmentFactor: Set = [
        "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C",
        "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A", "15A", "16A", "17A",
        "18A", "18B", "18C", "19A", "19B", "19C", "20", "21", "22A", "23A", "24A",
    ]

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// `[A-Za-z]\d{11}(\d|[A-Za-z])`
    static let isUPN: @Sendable (String) -> Bool = { text in
        let bytes = Array(text.utf8)
        guard bytes.count == 13, isLetter(bytes[0]), bytes[1...11].allSatisfy(isDigit) else { return false }
        return isDigit(bytes[12]) || isLetter(bytes[12])
    }

    /// `\d{3}`
    static let isLEA: @Sendable (String) -> Bool = { text in
        text.utf8.count == 3 && text.utf8.allSatisfy(isDigit)
    }

    /// `\d{3}\d*`
    static let isSerialNumber: @Sendable (String) -> Bool = { text in
        text.utf8.count >= 3 && text.utf8.allSatisfy(isDigit)
    }

    /// xs:dateTime: yyyy-mm-ddThh:mm:ss, optional fraction and time zone.
    static func isDateTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 19, ReturnDate.parse(String(decoding: bytes[0..<10], as: UTF8.self)) != nil,
              bytes[4] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A, bytes[16] == 0x3A,
              [11, 12, 14, 15, 17, 18].allSatisfy({ isDigit(bytes[$0]) }) else { return false }
        func number(_ at: Int) -> Int { Int(bytes[at] - 0x30) * 10 + Int(bytes[at + 1] - 0x30) }
        guard number(11) <= 23, number(14) <= 59, number(17) <= 59 else { return false }
        var rest = bytes[19...]
        if rest.first == 0x2E {
            rest = rest.dropFirst()
            let digits = rest.prefix(while: isDigit)
            guard !digits.isEmpty else { return false }
            rest = rest.dropFirst(digits.count)
        }
        if rest.isEmpty || Array(rest) == [0x5A] { return true }
        let zone = Array(rest)
        return zone.count == 6 && (zone[0] == 0x2B || zone[0] == 0x2D) && zone[3] == 0x3A
            && [1, 2, 4, 5].allSatisfy { isDigit(zone[$0]) }
    }

    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value == 0x9 || value == 0xA || value == 0xD || (value >= 0x20 && value != 0xFFFE && value != 0xFFFF)
    }

    static func isoDate(_ day: Day) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(day.year, 4))-\(pad(day.month, 2))-\(pad(day.day, 2))"
    }

    /// Text content with &, <, > escaped and carriage returns kept as references.
    static func appendEscaped(_ value: String, to out: inout String) {
        guard value.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x0D }) else {
            out += value
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}
