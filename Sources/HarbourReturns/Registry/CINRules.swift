extension CINRules {
    /// Every CIN rule Harbour has, by code.
    public static let all: [Rule<CINReturn>] = (partA + partB).sorted { $0.code < $1.code }
}
