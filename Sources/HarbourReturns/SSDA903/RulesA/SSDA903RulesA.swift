extension SSDA903Rules {
    static let partA: [Rule<SSDA903Return>] = []
}
