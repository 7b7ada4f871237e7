import HarbourCore

/// The SSDA903 files of one year, as tables with the DfE's column names.
public struct SSDA903Tables: Sendable {
    public static let columns: [(table: String, columns: [String])] = [
        ("Header", ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"]),
        ("Episodes", ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"]),
        ("Reviews", ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"]),
        ("UASC", ["CHILD", "SEX", "DOB", "DUC"]),
        ("OC2", ["CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"]),
        ("OC3", ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"]),
        ("AD1", ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]),
        ("PlacedAdoption", ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"]),
        ("PrevPerm", ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"]),
        ("Missing", ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"]),
        ("SWEpisodes", ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"]),
        ("DoLo", ["CHILD", "DOB", "DOLO_START", "DOLO_END"]),
    ]

    public var header: ReturnTable
    public var episodes: ReturnTable
    public var reviews: ReturnTable
    public var uasc: ReturnTable
    public var oc2: ReturnTable
    public var oc3: ReturnTable
    public var ad1: ReturnTable
    public var placedAdoption: ReturnTable
    public var prevPerm: ReturnTable
    public var missing: ReturnTable
    public var swEpisodes: ReturnTable
    public var dolo: ReturnTable

    /// Empty tables with their columns.
    public init() {
        func table(_ name: String) -> ReturnTable {
            ReturnTable(name: name, columns: Self.columns.first { $0.table == name }!.columns)
        }
        header = table("Header")
        episodes = table("Episodes")
        reviews = table("Reviews")
        uasc = table("UASC")
        oc2 = table("OC2")
        oc3 = table("OC3")
        ad1 = table("AD1")
        placedAdoption = table("PlacedAdoption")
        prevPerm = table("PrevPerm")
        missing = table("Missing")
        swEpisodes = table("SWEpisodes")
        dolo = table("DoLo")
    }

    public var all: [ReturnTable] {
        [header, episodes, reviews, uasc, oc2, oc3, ad1, placedAdoption, prevPerm, missing, swEpisodes, dolo]
    }

    /// The table with a name from `columns`.
    public subscript(name: String) -> ReturnTable? {
        all.first { $0.name == name }
    }

    public mutating func replace(_ table: ReturnTable) {
        switch table.name {
        case "Header": header = table
        case "Episodes": episodes = table
        case "Reviews": reviews = table
        case "UASC": uasc = table
        case "OC2": oc2 = table
        case "OC3": oc3 = table
        case "AD1": ad1 = table
        case "PlacedAdoption": placedAdoption = table
        case "PrevPerm": prevPerm = table
        case "Missing": missing = table
        case "SWEpisodes": swEpisodes = table
        case "DoLo": dolo = table
        default: preconditionFailure("no SSDA903 table \(table.name)")
        }
    }
}

/// One year's SSDA903 return: this year's tables, last year's where the council gives them
/// (several rules compare the two), and the collection year.
@dynamicMemberLookup
public struct SSDA903Return: Sendable {
    public var current: SSDA903Tables
    /// Last year's return, as the DfE's validator takes it (its "_last" tables); nil when not given.
    public var last: SSDA903Tables?
    /// The year the collection ends: 2026 for 2025-26 (1 April 2025 to 31 March 2026).
    public var collectionYear: Int
    /// The council's ONS code (E10000000 form), for the rules that compare it with LA codes.
    public var localAuthority: String
    /// The postcode directory and Ofsted's providers, where the council gives them.
    public var reference: ReturnReferenceData

    public init(current: SSDA903Tables = SSDA903Tables(), last: SSDA903Tables? = nil, collectionYear: Int, localAuthority: String = "",
                reference: ReturnReferenceData = ReturnReferenceData()) {
        self.current = current
        self.last = last
        self.collectionYear = collectionYear
        self.localAuthority = localAuthority
        self.reference = reference
    }

    /// Whether the return comes with what a rule needs besides its files.
    public func has(_ need: ReturnReference) -> Bool {
        switch need {
        case .postcodes: reference.postcodes != nil
        case .providers: reference.providers != nil
        case .councilCode: !localAuthority.isEmpty
        case .asOfDate: false
        }
    }

    /// 1 April of the year before `collectionYear`.
    public var collectionStart: Day { Day(year: collectionYear - 1, month: 4, day: 1)! }
    /// 31 March of `collectionYear`.
    public var collectionEnd: Day { Day(year: collectionYear, month: 3, day: 31)! }

    /// This year's tables by name: `ret.episodes` is `ret.current.episodes`.
    public subscript<T>(dynamicMember keyPath: KeyPath<SSDA903Tables, T>) -> T {
        current[keyPath: keyPath]
    }
}

extension SSDA903Tables {
    /// Adds the rows of another part of the same year's return (built from another chunk of children).
    public mutating func append(contentsOf part: SSDA903Tables) {
        for table in part.all where !table.rows.isEmpty {
            var merged = self[table.name]!
            merged.rows += table.rows
            replace(merged)
        }
    }
}
