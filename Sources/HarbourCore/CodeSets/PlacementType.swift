/// Where a looked-after child is living (SSDA903 PLACE; SSDA903 rule 146).
public enum PlacementType: String, CodeSet {
    case adoptionWithConsentCurrentFosterCarer = "A3"
    case adoptionWithConsentOtherCarer = "A4"
    case adoptionPlacementOrderCurrentFosterCarer = "A5"
    case adoptionPlacementOrderOtherCarer = "A6"
    case semiIndependentLiving = "H5"
    case secureChildrensHome = "K1"
    case childrensHome = "K2"
    case supportedAccommodation = "K3"
    case withParents = "P1"
    case independentLiving = "P2"
    case residentialEmployment = "P3"
    case residentialCareHome = "R1"
    case healthOrMedicalEstablishment = "R2"
    case familyCentreOrMotherAndBabyUnit = "R3"
    case youngOffenderInstitution = "R5"
    case residentialSchool = "S1"
    case temporaryMove = "T0"
    case temporaryHospital = "T1"
    case temporaryHoliday = "T2"
    case temporaryCarerOnHoliday = "T3"
    case temporaryOther = "T4"
    case fosterRelativeFriendLongTerm = "U1"
    case fosterRelativeFriendFFA = "U2"
    case fosterRelativeFriendOther = "U3"
    case fosterOtherCarerLongTerm = "U4"
    case fosterOtherCarerFFA = "U5"
    case fosterOtherCarerOther = "U6"
    case otherPlacement = "Z1"
    case otherPlacementZ11 = "Z11"
    case otherPlacementZ12 = "Z12"
    case otherPlacementZ13 = "Z13"
    case otherPlacementZ14 = "Z14"

    public static let title = "Placement type"

    public var label: String {
        switch self {
        case .adoptionWithConsentCurrentFosterCarer: "Placed for adoption with parental/guardian consent with current foster carer(s)"
        case .adoptionWithConsentOtherCarer: "Placed for adoption with parental/guardian consent not with current foster carer(s)"
        case .adoptionPlacementOrderCurrentFosterCarer: "Placed for adoption with placement order with current foster carer(s)"
        case .adoptionPlacementOrderOtherCarer: "Placed for adoption with placement order not with current foster carer(s)"
        case .semiIndependentLiving: "Semi-independent living accommodation not subject to children's homes regulations"
        case .secureChildrensHome: "Secure children's home"
        case .childrensHome: "Children's home subject to Children's Homes Regulations"
        case .supportedAccommodation: "Registered supported accommodation"
        case .withParents: "Placed with own parent(s) or other person(s) with parental responsibility"
        case .independentLiving: "Independent living, for example in a flat, lodgings, bedsit, B&B or with friends"
        case .residentialEmployment: "Residential employment"
        case .residentialCareHome: "Residential care home"
        case .healthOrMedicalEstablishment: "NHS/health trust or other establishment providing medical or nursing care"
        case .familyCentreOrMotherAndBabyUnit: "Family centre or mother and baby unit"
        case .youngOffenderInstitution: "Young offender institution (YOI)"
        case .residentialSchool: "Residential school, except where dual-registered as a school and children's home"
        case .temporaryMove: "Temporary move – all types"
        case .temporaryHospital: "Temporary period in hospital"
        case .temporaryHoliday: "Temporary absence of the child on holiday"
        case .temporaryCarerOnHoliday: "Temporary accommodation while normal foster carer(s) on holiday"
        case .temporaryOther: "Temporary accommodation of seven days or less, for any other reason"
        case .fosterRelativeFriendLongTerm: "Foster placement with relative(s) or friend(s) – long-term fostering"
        case .fosterRelativeFriendFFA: "Foster placement with relative(s) or friend(s) who are also approved adopters – FFA/concurrent planning"
        case .fosterRelativeFriendOther: "Foster placement with relative(s) or friend(s) – not long-term or FFA/concurrent planning"
        case .fosterOtherCarerLongTerm: "Foster placement with other foster carer(s) – long-term fostering"
        case .fosterOtherCarerFFA: "Foster placement with other foster carer(s) who are also approved adopters – FFA/concurrent planning"
        case .fosterOtherCarerOther: "Foster placement with other foster carer(s) – not long-term or FFA/concurrent planning"
        case .otherPlacement: "Other placement (listed on a schedule sent to DfE)"
        case .otherPlacementZ11: "Other placement (Z11)"
        case .otherPlacementZ12: "Other placement (Z12)"
        case .otherPlacementZ13: "Other placement (Z13)"
        case .otherPlacementZ14: "Other placement (Z14)"
        }
    }

    /// Foster care (U1-U6), with relatives or friends or with other foster carers.
    public var isFosterPlacement: Bool {
        switch self {
        case .fosterRelativeFriendLongTerm, .fosterRelativeFriendFFA, .fosterRelativeFriendOther,
             .fosterOtherCarerLongTerm, .fosterOtherCarerFFA, .fosterOtherCarerOther:
            true
        default:
            false
        }
    }

    /// A temporary placement (T0-T4); these need no placement provider or reason for placement change.
    public var isTemporary: Bool {
        switch self {
        case .temporaryMove, .temporaryHospital, .temporaryHoliday, .temporaryCarerOnHoliday, .temporaryOther:
            true
        default:
            false
        }
    }
}
