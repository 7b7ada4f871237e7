/// Legal status under which a child is looked after (SSDA903 LS; SSDA903 rule 144).
public enum LegalStatus: String, CodeSet {
    case interimCareOrder = "C1"
    case fullCareOrder = "C2"
    case freeingOrder = "D1"
    case placementOrder = "E1"
    case section20SinglePeriod = "V2"
    case shortBreaksIndividualEpisodes = "V3"
    case shortBreaksAgreement = "V4"
    case policeProtection = "L1"
    case emergencyProtectionOrder = "L2"
    case childAssessmentOrder = "L3"
    case remanded = "J1"
    case detainedUnderPACE = "J2"
    case youthRehabilitationOrder = "J3"

    public static let title = "Legal status"

    public var label: String {
        switch self {
        case .interimCareOrder: "Interim care order"
        case .fullCareOrder: "Full care order"
        case .freeingOrder: "Freeing order granted"
        case .placementOrder: "Placement order granted"
        case .section20SinglePeriod: "Single period of accommodation under section 20 (Children Act 1989)"
        case .shortBreaksIndividualEpisodes: "Agreed series of short-term breaks, when individual episodes of care are recorded"
        case .shortBreaksAgreement: "Agreed series of short-term breaks, when agreements are recorded (not individual episodes)"
        case .policeProtection: "Under police protection and in local authority accommodation"
        case .emergencyProtectionOrder: "Emergency protection order (EPO)"
        case .childAssessmentOrder: "Under a child assessment order and in local authority accommodation"
        case .remanded: "Remanded to local authority accommodation or to youth detention accommodation"
        case .detainedUnderPACE: "Placed in local authority accommodation under the Police and Criminal Evidence Act 1984, including secure accommodation"
        case .youthRehabilitationOrder: "Sentenced to a youth rehabilitation order (with residence or intensive fostering requirement)"
        }
    }
}
