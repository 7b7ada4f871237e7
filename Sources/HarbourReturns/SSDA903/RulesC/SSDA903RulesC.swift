extension SSDA903Rules {
    static let partC: [Rule<SSDA903Return>] = []
}
