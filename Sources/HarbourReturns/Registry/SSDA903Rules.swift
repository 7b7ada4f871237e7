extension SSDA903Rules {
    /// Every SSDA903 rule Harbour has, by code.
    public static let all: [Rule<SSDA903Return>] = (partA + partB + partC).sorted { $0.code < $1.code }
}
