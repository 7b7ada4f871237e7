import HarbourCore

/// A CIN census return as tables, the way the DfE's validator reads the XML: one row per
/// element block, each row carrying LAchildID and the ids of the blocks it sits in
/// (CINdetailsID, AssessmentID, CPPID: "1", "2", … in document order within the child).
/// Absent items are "".
public struct CINReturn: Sendable {
    public static let columns: [(table: String, columns: [String])] = [
        ("Header", ["Collection", "Year", "ReferenceDate", "SourceLevel", "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime"]),
        ("ChildIdentifiers", ["LAchildID", "UPN", "FormerUPN", "UPNunknown", "PersonBirthDate", "ExpectedPersonBirthDate", "GenderCurrent", "Sex", "PersonDeathDate"]),
        ("ChildCharacteristics", ["LAchildID", "Ethnicity"]),
        ("Disabilities", ["LAchildID", "Disability"]),
        ("CINdetails", ["LAchildID", "CINdetailsID", "CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "DateOfInitialCPC", "ReferralNFA"]),
        ("Assessments", ["LAchildID", "CINdetailsID", "AssessmentID", "AssessmentActualStartDate", "AssessmentInternalReviewDate", "AssessmentAuthorisationDate", "AssessmentFactors"]),
        ("AssessmentFactorsList", ["LAchildID", "CINdetailsID", "AssessmentID", "AssessmentFactor"]),
        ("CINplanDates", ["LAchildID", "CINdetailsID", "CINPlanStartDate", "CINPlanEndDate"]),
        ("Section47", ["LAchildID", "CINdetailsID", "S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired"]),
        ("ChildProtectionPlans", ["LAchildID", "CINdetailsID", "CPPID", "CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse", "NumberOfPreviousCPP"]),
        ("Reviews", ["LAchildID", "CINdetailsID", "CPPID", "CPPreviewDate"]),
    ]

    /// The file the return was read from (or will be written to), for findings.
    public var file: String
    public var header: ReturnTable
    public var childIdentifiers: ReturnTable
    public var childCharacteristics: ReturnTable
    public var disabilities: ReturnTable
    public var cinDetails: ReturnTable
    public var assessments: ReturnTable
    /// One row per AssessmentFactors element; the Assessments row's AssessmentFactors column
    /// holds the same codes joined by ",".
    public var assessmentFactors: ReturnTable
    public var cinPlanDates: ReturnTable
    public var section47: ReturnTable
    public var childProtectionPlans: ReturnTable
    public var reviews: ReturnTable

    /// An empty return with every table and its columns.
    public init(file: String) {
        func table(_ name: String) -> ReturnTable {
            ReturnTable(name: name, columns: Self.columns.first { $0.table == name }!.columns)
        }
        self.file = file
        header = table("Header")
        childIdentifiers = table("ChildIdentifiers")
        childCharacteristics = table("ChildCharacteristics")
        disabilities = table("Disabilities")
        cinDetails = table("CINdetails")
        assessments = table("Assessments")
        assessmentFactors = table("AssessmentFactorsList")
        cinPlanDates = table("CINplanDates")
        section47 = table("Section47")
        childProtectionPlans = table("ChildProtectionPlans")
        reviews = table("Reviews")
    }

    public var tables: [ReturnTable] {
        [header, childIdentifiers, childCharacteristics, disabilities, cinDetails, assessments,
         assessmentFactors, cinPlanDates, section47, childProtectionPlans, reviews]
    }

    /// The census end: Header/ReferenceDate (31 March).
    public var referenceDate: Day? {
        header.rows.first.flatMap { $0.day(header.column("ReferenceDate")) }
    }

    /// The census year as the DfE's validator takes it: 1 April of the year before the
    /// reference date to the reference date. Nil when the header has no reference date.
    public var censusPeriod: ClosedRange<Day>? {
        guard let end = referenceDate, let start = Day(year: end.year - 1, month: 4, day: 1) else { return nil }
        return start...end
    }
}

extension CINReturn {
    /// Adds another part of the same census (built from another chunk of children): the
    /// header is kept from the first part that has one.
    public mutating func append(contentsOf part: CINReturn) {
        if header.rows.isEmpty { header = part.header }
        childIdentifiers.rows += part.childIdentifiers.rows
        childCharacteristics.rows += part.childCharacteristics.rows
        disabilities.rows += part.disabilities.rows
        cinDetails.rows += part.cinDetails.rows
        assessments.rows += part.assessments.rows
        assessmentFactors.rows += part.assessmentFactors.rows
        cinPlanDates.rows += part.cinPlanDates.rows
        section47.rows += part.section47.rows
        childProtectionPlans.rows += part.childProtectionPlans.rows
        reviews.rows += part.reviews.rows
    }
}
