import Foundation
import HarbourCore
@testable import HarbourReturns
import HarbourSynthetic
import Testing

/// A synthetic council's children, built into a CIN census and an SSDA903 return, imported,
/// and built again: the returns are the same, row for row.
@Suite struct ReturnImportRoundTripTests {
    static let end = Day(year: 2026, month: 3, day: 31)!

    struct Council: Sendable {
        let children: [ReturnChild]
        let workers: [Int: ReturnWorker]
    }

    static let council: Council = {
        let synthetic = SyntheticCouncil(SyntheticParameters(seed: 3, scale: 0.08, years: 3, end: end, defects: 0))
        var children = [ReturnChild]()
        synthetic.generate { child in
            let events = child.events.enumerated().map { JourneyEvent(id: $0.offset + 1, kind: $0.element.kind, values: $0.element.values) }
            children.append(ReturnChild(values: child.values, events: events))
        }
        var workers = [Int: ReturnWorker]()
        for (i, worker) in synthetic.workers.enumerated() {
            workers[i + 1] = ReturnWorker(name: worker.displayName, team: synthetic.teams[worker.team].name)
        }
        return Council(children: children, workers: workers)
    }()

    func census(_ children: [ReturnChild]) -> CINReturn {
        CINCensusBuilder(collectionYear: 2026, localAuthority: "999", createdAt: Date(timeIntervalSince1970: 0)).build(children, file: "cin.xml")
    }

    func ssda903(_ children: [ReturnChild]) -> SSDA903Tables {
        SSDA903Builder(collectionYear: 2026, workers: Self.council.workers).build(children)
    }

    @Test func theReturnsBuiltAgainFromTheImportAreTheSame() {
        let council = Self.council
        let cin = census(council.children), lac = ssda903(council.children)
        let builder = SSDA903Builder(collectionYear: 2026, workers: council.workers)
        var directory = [String: Int]()
        for id in council.workers.keys { directory[builder.socialWorkerID(id)] = id }
        let result = ReturnImport(today: Self.end, collectionYear: 2026, workers: directory).run(cin: cin, ssda903: lac)
        for child in result.refused.prefix(5) { Issue.record("\(child.laChildID): \(child.problems)") }
        #expect(result.refused.isEmpty)
        let imported = result.children.map(\.returnChild)
        let cinAgain = census(imported), lacAgain = ssda903(imported)

        // Harbour counts the plans it holds: NumberOfPreviousCPP becomes the plans before this
        // one in the census.
        var expectedPlans = cin.childProtectionPlans
        for (i, row) in expectedPlans.rows.enumerated() {
            let earlier = cin.childProtectionPlans.rows.filter { $0.values[0] == row.values[0] && $0.values[3] < row.values[3] }
            expectedPlans.rows[i].values[7] = String(earlier.count)
        }
        for (before, after) in zip(cin.tables, cinAgain.tables) where before.name != "Header" {
            compare(before.name == "ChildProtectionPlans" ? expectedPlans : before, after)
        }
        #expect(expectedPlans.rows.map(\.values) != cin.childProtectionPlans.rows.map(\.values), "the council has plans from before the year")

        // A care leaver whose time in care is not in the return keeps their record, but leaves OC3
        // (and the Header) until the period of care is recorded.
        let lookedAfter = Set(lac.episodes.rows.map { $0.values[0] })
        let leftEarlier = Set(lac.oc3.rows.map { $0.values[0] }).subtracting(lookedAfter)
        #expect(leftEarlier.count > 3)
        #expect(result.allNotes.filter { $0.message.hasPrefix("The young person's time in care") }.map(\.child).sorted() == leftEarlier.sorted())
        for (before, after) in zip(lac.all, lacAgain.all) {
            var expected = before
            expected.rows.removeAll { leftEarlier.contains($0.values[0]) }
            compare(expected, after)
        }
        // Young people here who leave care in the year do so at eighteen, on the birthday, when the
        // DfE wants no OC3 (rule 1016), so every OC3 row here is one that left before the year.
        #expect(lacAgain.oc3.rows.count == lac.oc3.rows.count - leftEarlier.count)
        let summary = result.summary(existing: [])
        #expect(summary.records[.placement] == lac.episodes.rows.count)
        #expect(summary.records[.referral] == cin.cinDetails.rows.count)
        #expect(summary.records[.allocation] == lac.swEpisodes.rows.count)
    }

    func compare(_ before: ReturnTable, _ after: ReturnTable) {
        let a = before.rows.map(\.values), b = after.rows.map(\.values)
        if a != b {
            let missing = a.filter { !b.contains($0) }, extra = b.filter { !a.contains($0) }
            Issue.record("\(before.name): \(a.count) rows before, \(b.count) after; only before: \(missing.prefix(4)); only after: \(extra.prefix(4))")
        }
    }
}
