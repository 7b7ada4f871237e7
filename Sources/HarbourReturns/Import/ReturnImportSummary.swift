import HarbourCore

/// What an import would do, for a dry run: children new to Harbour and already in it, the
/// records by kind, the children refused with their reasons, and the notes counted.
public struct ReturnImportSummary: Sendable, CustomStringConvertible {
    /// A note and how many times it was made.
    public struct NoteCount: Sendable, Hashable {
        public let item: String?
        public let message: String
        public let count: Int
    }

    public var newChildren: Int
    /// Children whose LA child ID Harbour already holds.
    public var updatedChildren: Int
    public var records: [EventKind: Int]
    public var refused: [RefusedChild]
    /// Children recorded without a name (none in the returns, none given).
    public var unnamedChildren: Int
    /// Notes by item and message, most frequent first.
    public var notes: [NoteCount]

    public var description: String {
        var lines = ["Children: \(newChildren) new, \(updatedChildren) already in Harbour, \(refused.count) refused"]
        if unnamedChildren > 0 {
            lines.append("\(unnamedChildren) children have no name in the returns: they are recorded as \"Child\" with their LA child ID until a worker enters it")
        }
        lines.append("Records:")
        for kind in EventKind.allCases {
            if let count = records[kind] { lines.append("  \(kind.spec.title): \(count)") }
        }
        if !refused.isEmpty {
            lines.append("Refused:")
            for child in refused {
                let more = child.problems.count > 1 ? " (and \(child.problems.count - 1) more)" : ""
                lines.append("  \(child.laChildID): \(child.problems[0])\(more)")
            }
        }
        if !notes.isEmpty {
            lines.append("Notes:")
            for note in notes {
                lines.append("  \(note.count) × \(note.item.map { "[\($0)] " } ?? "")\(note.message)")
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension ReturnImportResult {
    /// The summary, given the LA child IDs Harbour already holds.
    public func summary(existing: Set<String>) -> ReturnImportSummary {
        var records = [EventKind: Int]()
        for child in children {
            for record in child.records { records[record.kind, default: 0] += 1 }
        }
        let updated = children.filter { existing.contains($0.laChildID) }.count
        var counts = [ReturnImportSummary.NoteCount: Int]()
        var firstSeen = [ReturnImportSummary.NoteCount]()
        for note in allNotes {
            let key = ReturnImportSummary.NoteCount(item: note.item, message: note.message, count: 0)
            if counts[key] == nil { firstSeen.append(key) }
            counts[key, default: 0] += 1
        }
        let notes = firstSeen.enumerated().map { i, key in (i, ReturnImportSummary.NoteCount(item: key.item, message: key.message, count: counts[key]!)) }
            .sorted { ($1.1.count, $0.0) < ($0.1.count, $1.0) }.map(\.1)
        return ReturnImportSummary(newChildren: children.count - updated, updatedChildren: updated, records: records, refused: refused,
                                   unnamedChildren: children.filter { !$0.named }.count, notes: notes)
    }
}
