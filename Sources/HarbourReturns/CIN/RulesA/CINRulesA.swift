extension CINRules {
    static let partA: [Rule<CINReturn>] = []
}
