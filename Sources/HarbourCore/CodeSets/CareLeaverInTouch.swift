/// Whether the local authority is in touch with a care leaver (SSDA903 OC3 IN_TOUCH; SSDA903 rule 131).
public enum CareLeaverInTouch: String, CodeSet {
    case yes = "YES"
    case no = "NO"
    case died = "DIED"
    case refusesContact = "REFU"
    case noLongerRequiresServices = "NREQ"
    case returnedHome = "RHOM"

    public static let title = "In touch with care leaver"

    public var label: String {
        switch self {
        case .yes: "Yes – in touch"
        case .no: "No – not in touch"
        case .died: "Died after leaving care"
        case .refusesContact: "Young person refuses contact"
        case .noLongerRequiresServices: "Young person no longer requires children's social care services"
        case .returnedHome: "Returned to live with parents or someone with parental responsibility for 6 months or more"
        }
    }
}
