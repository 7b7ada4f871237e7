extension SSDA903Rules {
    static let partB: [Rule<SSDA903Return>] = []
}
