/// A child's disability, one or more per child (CIN census N00099; CIN rules 8540, 8790).
public enum Disability: String, CodeSet {
    case noDisability = "NONE"
    case mobility = "MOB"
    case handFunction = "HAND"
    case personalCare = "PC"
    case incontinence = "INC"
    case communication = "COMM"
    case learning = "LD"
    case hearing = "HEAR"
    case vision = "VIS"
    case behaviour = "BEH"
    case consciousness = "CON"
    case autism = "AUT"
    case otherDDA = "DDA"

    public static let title = "Disability"

    public var label: String {
        switch self {
        case .noDisability: "No disability"
        case .mobility: "Mobility – getting about the house and beyond"
        case .handFunction: "Hand function – holding and touching"
        case .personalCare: "Personal care – for example eating, washing, going to the toilet, dressing"
        case .incontinence: "Incontinence – controlling the passage of urine or faeces"
        case .communication: "Communication – speaking and/or understanding others"
        case .learning: "Learning – for example special educational needs"
        case .hearing: "Hearing"
        case .vision: "Vision"
        case .behaviour: "Behaviour – behavioural difficulties, including ADHD"
        case .consciousness: "Consciousness – seizures"
        case .autism: "Diagnosed with autism or Asperger syndrome"
        case .otherDDA: "Other disability under the Disability Discrimination Act"
        }
    }
}
