import Foundation

/// Runs a rule set over a return, the rules spread over the machine's cores, and gives the
/// findings in a stable order: by file, line, rule.
public enum ReturnValidation {
    public static func run<Input: Sendable>(_ rules: [Rule<Input>], on input: Input) -> [Finding] {
        let results = ResultSlots(count: rules.count)
        DispatchQueue.concurrentPerform(iterations: rules.count) { index in
            results.set(index, rules[index].run(input))
        }
        return results.all.flatMap { $0 }.sorted { a, b in
            (a.file, a.line ?? 0, a.rule, a.path ?? "") < (b.file, b.line ?? 0, b.rule, b.path ?? "")
        }
    }

    /// Findings counted by rule code, for summaries and the cross-check with the DfE's tools.
    public static func counts(_ findings: [Finding]) -> [(rule: String, severity: Severity, message: String, count: Int)] {
        var byRule = [String: (Severity, String, Int)]()
        for f in findings { byRule[f.rule, default: (f.severity, f.message, 0)].2 += 1 }
        return byRule.keys.sorted().map { (rule: $0, severity: byRule[$0]!.0, message: byRule[$0]!.1, count: byRule[$0]!.2) }
    }
}

/// One slot per rule, each written by exactly one iteration of `concurrentPerform`.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [[Finding]]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func set(_ index: Int, _ findings: [Finding]) {
        lock.lock()
        slots[index] = findings
        lock.unlock()
    }

    var all: [[Finding]] { lock.lock(); defer { lock.unlock() }; return slots }
}
