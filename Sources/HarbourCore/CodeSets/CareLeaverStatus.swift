/// A young person's care leaver category under the Children (Leaving Care) Act 2000 (Harbour local code set; not a DfE return code).
public enum CareLeaverStatus: String, CodeSet {
    case eligible = "eligible"
    case relevant = "relevant"
    case formerRelevant = "former-relevant"
    case qualifying = "qualifying"

    public static let title = "Care leaver status"

    public var label: String {
        switch self {
        case .eligible: "Eligible – aged 16 or 17, still looked after, and looked after for at least 13 weeks since age 14 ending after age 16"
        case .relevant: "Relevant – aged 16 or 17, no longer looked after, and was an eligible child before leaving care"
        case .formerRelevant: "Former relevant – aged 18 or over, and was a relevant or an eligible child"
        case .qualifying: "Qualifying – aged 16 to 25, looked after on or after their 16th birthday but not eligible (less than 13 weeks in care since age 14)"
        }
    }
}
