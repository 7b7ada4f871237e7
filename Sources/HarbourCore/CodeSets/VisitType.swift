/// Kind of visit to or contact with a child (Harbour local code set; not a DfE return code).
public enum VisitType: String, CodeSet {
    case childInNeed = "child-in-need"
    case childProtection = "child-protection"
    case lookedAfterStatutory = "looked-after-statutory"
    case iroContact = "iro-contact"
    case personalAdviser = "personal-adviser"
    case preBirth = "pre-birth"
    case other = "other"

    public static let title = "Visit type"

    public var label: String {
        switch self {
        case .childInNeed: "Child in need visit"
        case .childProtection: "Child protection visit"
        case .lookedAfterStatutory: "Statutory visit to a looked-after child"
        case .iroContact: "Independent reviewing officer (IRO) visit or contact"
        case .personalAdviser: "Personal adviser contact with a care leaver"
        case .preBirth: "Pre-birth visit"
        case .other: "Other visit"
        }
    }
}
