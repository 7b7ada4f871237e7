import HarbourCore

/// A council's Annex A lists as read from their CSV files, for checking before they go to
/// Ofsted: each list a table with the headings as the file gives them, and the date the lists
/// are drawn up to with the months they cover, where the council says.
public struct AnnexALists: Sendable {
    /// The lists found, named list_1 … list_11.
    public var lists: [ReturnTable]
    /// The file each list was read from, by list name.
    public var files: [String: String]
    /// The day the lists are drawn up to; nil when not given (the period checks do not run).
    public var asOf: Day?
    /// How many months before `asOf` the lists cover (Ofsted asks for 6 or 12).
    public var months: Int

    public init(lists: [ReturnTable], files: [String: String] = [:], asOf: Day? = nil, months: Int = 12) {
        self.lists = lists
        self.files = files
        self.asOf = asOf
        self.months = months
    }

    /// The first day of the period, as `AnnexABuilder` draws it.
    public var periodStart: Day? { asOf.map { $0.adding(months: -months).adding(days: 1) } }

    /// Whether the lists come with what a rule needs besides the files.
    public func has(_ need: ReturnReference) -> Bool {
        switch need {
        case .asOfDate: asOf != nil
        default: false
        }
    }
}

/// What Ofsted asks of each list: the headings (from `AnnexABuilder.columns`), which columns
/// hold dates, numbers and codes, which dates place a row in the period, and where one row per
/// child is expected.
public enum AnnexASpec {
    /// How a row falls in the lists' period.
    enum Period {
        /// The date is in the period.
        case on(String)
        /// Either date is in the period (list 5: the enquiry started, or its conference was held).
        case eitherOn(String, String)
        /// Open at any time in the period: started by its end, not ended before its start.
        case open(start: String, end: String)
    }

    /// The headings Ofsted's template gives a list, in order; nil for a name that is not a list.
    public static func headings(_ list: String) -> [String]? {
        AnnexABuilder.columns.first { $0.list == list }?.columns
    }

    /// The column naming the child (the adopter in list 11).
    static func idColumn(_ list: String) -> String { list == "list_11" ? "Individual adopter identifier" : "Child Unique ID" }

    static func isDate(_ heading: String) -> Bool { heading.lowercased().contains("date") }

    static func isNumber(_ heading: String) -> Bool {
        heading == "Age of Child (Years)" || heading.hasPrefix("Number of") || heading == "No. of children placed"
    }

    /// Lists with one row per child: children in care (their latest period), care leavers, adoption.
    static let oneRowPerChild: Set<String> = ["list_8", "list_9", "list_10"]

    static let period: [String: Period] = [
        "list_1": .on("Date of Contact"),
        "list_2": .open(start: "Assessment start date", end: "Assessment completion date"),
        "list_3": .on("Date of referral"),
        "list_4": .open(start: "Continuous Assessment Start Date", end: "Continuous Assessment Date of Authorisation"),
        "list_5": .eitherOn("Strategy discussion initiating Section 47 Enquiry Start Date", "Date of Initial Child Protection Conference"),
        "list_6": .open(start: "CIN Start Date", end: "CIN Closure Date"),
        "list_7": .open(start: "Child Protection Plan Start Date", end: "Child Protection Plan End Date"),
        "list_8": .open(start: "Date Started to be Looked After", end: "Date Ceased to be Looked After"),
    ]

    /// A code as compared: lower case, spaces run together, curly apostrophes straight.
    static func normal(_ value: String) -> String {
        value.lowercased().replacingOccurrences(of: "’", with: "'").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The codes Ofsted allows in each coded column (the same heading means the same codes in
    /// every list), as its template and guidance spell them.
    static let codes: [String: Set<String>] = {
        let truth = ["True", "False"], truthOrUnknown = ["True", "False", "Unknown"]
        let source = ["a) Individual", "b) Schools", "c) Education services", "d) Health services", "e) Housing", "f) LA services",
                      "g) Police", "h) Other legal agency", "i) Other", "j) Anonymous", "k) Unknown"]
        let need = ["a) Abuse or neglect", "b) Child's disability", "c) Parents illness or disability", "d) Family in acute stress",
                    "e) Family dysfunction", "f) Socially unacceptable behaviour", "g) Low income", "h) Absent parenting", "i) Not CIN",
                    "j) Not stated"]
        let abuse = ["a) Neglect", "b) Physical Abuse", "c) Sexual Abuse", "d) Emotional Abuse", "e) Multiple"]
        let table: [String: [String]] = [
            "Gender": ["a) Male", "b) Female", "c) Not stated/recorded", "d) Neither"],
            "Ethnicity": ["a) White", "b) Mixed", "c) Asian or Asian British", "d) Black or black British", "e) Other ethnic group", "f) Not stated"],
            "Contact Source": source, "Referral Source": source,
            "Referral NFA?": truth,
            "Does the Child have a Disability": truthOrUnknown, "Disability": truthOrUnknown,
            "Child Seen During Continuous Assessment": truthOrUnknown,
            "Was the child assessed as requiring LA children's social care support?": truth,
            "Was an Initial Child Protection Conference deemed unnecessary?": truth,
            "Did the Initial Child Protection Conference Result in a Child Protection Plan": truthOrUnknown,
            "Primary Need Code": need, "Child's Category of Need": need,
            "Reason for Closure": ["a) Adopted", "b) Died", "c) Residence Order", "d) Special Guardianship Order", "e) Transfer to another LA",
                                   "f) Transfer to Adult Social Services", "g) 'Other' incl. Child no longer in need",
                                   "h) Child not in need after assessment", "i) Not Stated"],
            "Case Status": ["a) Looked after child", "b) Child Protection plan", "c) Child in need plan", "d) Open assessment", "e) Closed episode"],
            "Initial Category of Abuse": abuse, "Latest Category of Abuse": abuse,
            "Was the Child Seen Alone?": truthOrUnknown,
            "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)": truth,
            "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)": truth,
            "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)": truth,
            "Child's Legal Status": ["a) Interim care orders", "b) Full care orders", "c) Freed for Adoption", "d) Placement order granted",
                                     "e) Accommodated under S20", "f) Detained on child protection grounds in LA accommodation",
                                     "g) Youth justice legal Statuses", "J1: Remanded to LA or youth detention", "J2: LA accommodation under PACE"],
            "What is the permanence plan for this child?": ["a) Return to family", "b) Adoption", "c) SGO/CAO", "d) Supported living in the community",
                                                            "e) Long-term residential placement", "f) Long-term fostering", "g) Other"],
            "Reason Ceased to be Looked After": [
                "a) Adopted", "b) Died", "c) Care taken by another LA", "d) Returned home to live with parents or relatives",
                "e) Left care to live with parents, relatives or other person with no parental responsibility", "f) Residence order granted",
                "g) Special Guardianship Orders", "h) Moved into independent living",
                "i) Transferred to residential care funded by adult social services", "j) Sentenced to custody",
                "k) Accommodation on remand ended", "l) Age assessment determined child was 18 or over", "m) Child moved abroad",
                "n) Care ceased for any other reason"],
            "Placement Type": ["a) Foster placement", "b) Placed for adoption", "c) Placed with parents", "d) Independent living",
                               "e) Residential employment", "f) Residential accommodation", "g) Secure Children’s Homes", "h) Children’s Homes",
                               "i) Residential Care Home", "j) NHS/Health Trust", "k) Family Centre or Mother and Baby Unit",
                               "l) Young Offender Institution", "m) Residential school", "n) Other placements", "o) Temporary placement"],
            "Placement Provider": ["a) Own LA", "b) Private", "c) Other"],
            "Placement Location": ["a) In", "b) Out"],
            "Was the child offered a Return Interview after their last missing episode (Y/N)?": truth,
            "Did the child accept a Return Interview after their last missing episode (Y/N)?": truth,
            "Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)": truth,
            "Eligibility Category": ["a) Relevant", "b) Former relevant", "c) Qualifying", "d) Eligible", "e) Other"],
            "LA in Touch": ["a) In touch", "b) Not in touch", "c) Not recorded", "d) Exclude"],
            "Type of Accommodation": ["a) With parents or relatives", "b) Community home", "c) Semi-independent transitional accommodation",
                                      "d) Supported lodgings", "e) Gone abroad", "f) Deported", "g) Ordinary lodgings", "h) Residence not known",
                                      "i) No fixed abode / homeless", "j) Foyers", "k) Independent living", "l) Emergency accommodation",
                                      "m) Bed and breakfast", "n) In custody", "o) With Former Foster Carer", "p) Other accommodation"],
            "Suitability of Accommodation": ["a) Suitable", "b) Not suitable", "c) Not in touch or not recorded", "d) Exclude"],
            "Activity Status": ["F1: Full time in higher education", "P1: Part time in higher education",
                                "F2: Full time in education other than higher", "P2: Part time in education other than higher",
                                "F3: Full time in training or employment", "P3: Part time in training or employment",
                                "F4: Young person engaged full time in an apprenticeship", "P4: Young person engaged part time in an apprenticeship",
                                "F5: Young person engaged full time in training or employment (not apprenticeship)",
                                "P5: Young person engaged part time in training or employment (not apprenticeship)",
                                "G4: Not in education, employment or training - illness or disability",
                                "G5: Not in education, employment or training - other",
                                "G6: Not in education, employment or training - pregnancy or parenting"],
            "Reason Why Child No Longer Placed for Adoption": ["a) Child’s needs changed", "b) Court did not make a PO",
                                                               "c) Prospective adopters cannot be found", "d) Any other reason"],
            "Is the (prospective) adopter fostering for adoption?": truth,
            "Reason for leaving adoption process": ["a) Withdrew", "b) Process on hold", "c) Application refused"],
        ]
        return table.mapValues { Set($0.map(normal)) }
    }()

    /// A date as Ofsted's template writes it: dd/mm/yyyy, a real day.
    static func day(_ text: String) -> Day? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[2] == 0x2F, bytes[5] == 0x2F else { return nil }
        return ReturnDate.parse(text)
    }
}
