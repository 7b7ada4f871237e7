/// The DfE's SSDA903 validation rules for 2026-27, each one small unit (see `Rule`).
public enum SSDA903Rules {
    public static let all: [Rule<SSDA903Return>] = (partA + partB + partC).sorted { $0.code < $1.code }
}
