/// Decision on a contact to the front door (Harbour local code set; not a DfE return code).
public enum ContactDecision: String, CodeSet {
    case noFurtherAction = "no-further-action"
    case informationAndAdvice = "information-and-advice"
    case earlyHelp = "early-help"
    case referralToChildrensSocialCare = "referral-to-childrens-social-care"
    case strategyDiscussion = "strategy-discussion"
    case alreadyOpen = "already-open"

    public static let title = "Contact decision"

    public var label: String {
        switch self {
        case .noFurtherAction: "No further action"
        case .informationAndAdvice: "Information and advice given"
        case .earlyHelp: "Passed to early help"
        case .referralToChildrensSocialCare: "Referral to children's social care"
        case .strategyDiscussion: "Strategy discussion"
        case .alreadyOpen: "Already open to children's social care"
        }
    }
}
