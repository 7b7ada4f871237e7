extension SSDA903Rules {
    /// Every SSDA903 rule Harbour has, by code.
    public static let all: [Rule<SSDA903Return>] = (partA + partB + partC + partReference).sorted { $0.code < $1.code }

    /// The rules that can run on this return: those whose reference data it comes with.
    public static func runnable(on ret: SSDA903Return, from rules: [Rule<SSDA903Return>] = all) -> [Rule<SSDA903Return>] {
        rules.filter { $0.needs.allSatisfy(ret.has) }
    }

    /// The rules that cannot run on this return, each with what it lacks.
    public static func notRun(on ret: SSDA903Return, from rules: [Rule<SSDA903Return>] = all)
        -> [(rule: Rule<SSDA903Return>, missing: [ReturnReference])] {
        rules.compactMap { rule in
            let missing = rule.needs.filter { !ret.has($0) }.sorted()
            return missing.isEmpty ? nil : (rule, missing)
        }
    }
}
