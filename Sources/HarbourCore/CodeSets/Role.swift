/// What a Harbour user does, which decides what they may see and change (Harbour local code set; not a DfE return code).
public enum Role: String, CodeSet {
    case practitioner = "practitioner"
    case manager = "manager"
    case analyst = "analyst"
    case administrator = "administrator"

    public static let title = "Role"

    public var label: String {
        switch self {
        case .practitioner: "Practitioner (social worker or personal adviser)"
        case .manager: "Team manager"
        case .analyst: "Performance analyst"
        case .administrator: "Administrator"
        }
    }
}
