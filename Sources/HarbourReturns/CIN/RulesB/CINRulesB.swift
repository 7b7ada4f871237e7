extension CINRules {
    static let partB: [Rule<CINReturn>] = []
}
