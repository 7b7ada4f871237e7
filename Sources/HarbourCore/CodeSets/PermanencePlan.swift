/// A looked-after child's permanence plan, the options of Ofsted Annex A list 8 (Harbour local code set; not a DfE return code).
public enum PermanencePlan: String, CodeSet {
    case returnToFamily = "return-to-family"
    case adoption = "adoption"
    case sgoOrCAO = "sgo-or-cao"
    case supportedLiving = "supported-living"
    case longTermResidential = "long-term-residential"
    case longTermFostering = "long-term-fostering"
    case other = "other"

    public static let title = "Permanence plan"

    public var label: String {
        switch self {
        case .returnToFamily: "Return to family"
        case .adoption: "Adoption"
        case .sgoOrCAO: "Special guardianship order or child arrangements order"
        case .supportedLiving: "Supported living in the community"
        case .longTermResidential: "Long-term residential placement"
        case .longTermFostering: "Long-term fostering"
        case .other: "Other"
        }
    }
}
