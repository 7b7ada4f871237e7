/// The DfE's CIN census validation rules for 2026-27, each one small unit (see `Rule`).
public enum CINRules {
    public static let all: [Rule<CINReturn>] = (partA + partB).sorted { $0.code < $1.code }
}
