import Foundation
import HarbourCore
import HarbourReturns

/// What an import did, as a table for people or JSON for programs: the counts, then every
/// child refused with every reason, every problem reading the files, and every note on what
/// was read differently or left out.
public struct ReturnImportReport: Sendable {
    public let outcome: ReturnImportStore.Outcome
    public let notes: [ReturnImportProblem]
    public let fileProblems: [ReturnFileProblem]

    public init(outcome: ReturnImportStore.Outcome, notes: [ReturnImportProblem], fileProblems: [ReturnFileProblem]) {
        self.outcome = outcome
        self.notes = notes
        self.fileProblems = fileProblems
    }

    /// The notes on the children imported (a refused child's are beside the point).
    public var notesOnImported: [ReturnImportProblem] {
        let refused = Set(outcome.refused.map(\.laChildID))
        return notes.filter { !refused.contains($0.child) }
    }

    public var table: String {
        var lines = [outcome.description]
        if !outcome.refused.isEmpty {
            lines.append("Refused (\(outcome.refused.count) children, nothing of theirs written):")
            for child in outcome.refused {
                for problem in child.problems { lines.append("  \(child.laChildID)\t\(problem)") }
            }
        }
        if !fileProblems.isEmpty {
            lines.append("Not read (\(fileProblems.count)):")
            for problem in fileProblems { lines.append("  \(problem)") }
        }
        let kept = notesOnImported
        if !kept.isEmpty {
            lines.append("Notes (\(kept.count): read differently or left out):")
            for note in kept { lines.append("  \(note.child.isEmpty ? "-" : note.child)\t\(note)") }
        }
        lines.append(String(format: "%@ in %.2f s", outcome.dryRun ? "Dry run, nothing written," : "Done", outcome.seconds))
        return lines.joined(separator: "\n") + "\n"
    }

    public var json: String {
        func problem(_ p: ReturnImportProblem) -> [String: Any] {
            var out: [String: Any] = ["child": p.child, "file": p.location.file, "message": p.message]
            if let line = p.location.line { out["line"] = line }
            if let path = p.location.path { out["element"] = path }
            if let item = p.item { out["item"] = item }
            return out
        }
        func counts(_ c: [EventKind: Int]) -> [String: Int] { Dictionary(uniqueKeysWithValues: c.map { ($0.key.rawValue, $0.value) }) }
        let object: [String: Any] = [
            "dry_run": outcome.dryRun,
            "created": outcome.created, "updated": outcome.updated, "unchanged": outcome.unchanged,
            "refused": outcome.refused.map { ["child": $0.laChildID, "problems": $0.problems.map(problem)] as [String: Any] },
            "records_written": counts(outcome.written), "records_kept": counts(outcome.kept), "records_removed": counts(outcome.removed), "records_held": counts(outcome.held),
            "file_problems": fileProblems.map { p -> [String: Any] in
                var out: [String: Any] = ["file": p.location.file, "message": p.message]
                if let line = p.location.line { out["line"] = line }
                if let path = p.location.path { out["element"] = path }
                if let column = p.column { out["item"] = column }
                return out
            },
            "notes": notesOnImported.map(problem),
            "seconds": (outcome.seconds * 1000).rounded() / 1000,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
