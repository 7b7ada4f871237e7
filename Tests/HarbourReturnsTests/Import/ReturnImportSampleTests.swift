import Foundation
import HarbourCore
@testable import HarbourReturns
import Testing

/// The public sample returns (fictitious children from the DfE validators' projects), read
/// with the return readers and imported.
@Suite struct ReturnImportSampleTests {
    static let samples: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Fixtures/returns-samples")
    }()
    static let today = Day(year: 2026, month: 1, day: 15)!

    static func read(_ name: String) throws -> CINReturn {
        try CINXMLReader.read(contentsOf: samples.appendingPathComponent("cin/\(name)")).census
    }

    /// Counted independently (a Python reading of the same files and rules): nearly every child
    /// in the validators' fake census has a UPN whose check letter is wrong.
    @Test func theFakeCensusImportsTheChildrenWithGoodUPNs() throws {
        let result = ReturnImport(today: Self.today, collectionYear: 2022).run(cin: try Self.read("fake_CIN_data.xml"))
        let summary = result.summary(existing: Set(result.children.prefix(3).map(\.laChildID)))
        #expect(summary.newChildren == 9)
        #expect(summary.updatedChildren == 3)
        #expect(summary.records == [.referral: 17, .conference: 14])
        #expect(summary.refused.count == 320)
        #expect(summary.refused.allSatisfy { $0.problems[0].item == "UPN" && $0.problems[0].message.hasPrefix("UPN check letter is wrong") })
        #expect(summary.unnamedChildren == 12)
        #expect(summary.notes.map(\.count) == [17, 8, 4, 1])
        // The validators' fake census is dated 21 July 2022, not the end of a collection year.
        #expect(result.notes.map(\.description) == [
            "fake_CIN_data.xml:2 Message/Header [ReferenceDate]: The census's reference date is 21 July 2022, not the end of the collection year being imported (31 March 2022); the census is read as it is",
        ])
        #expect(summary.description.hasPrefix("Children: 9 new, 3 already in Harbour, 320 refused"))
    }

    @Test func theCensus2024SampleRefusesBothChildren() throws {
        let result = ReturnImport(today: Self.today, collectionYear: 2024).run(cin: try Self.read("CIN_Census_2024.xml"))
        #expect(result.children.isEmpty)
        #expect(result.refused.map { "\($0.laChildID) \($0.problems[0])" } == [
            "DfEX0000001 CIN_Census_2024.xml:19 Message/Children/Child[1]/ChildIdentifiers [UPN]: UPN check letter is wrong: it should be P",
            "child_fails_assessments CIN_Census_2024.xml:74 Message/Children/Child[2]/ChildIdentifiers [LAchildID]: LA child ID must be 20 characters or fewer",
        ])
        // The first child's other reasons: an assessment dated 2028, a factor code the census does not have.
        #expect(result.refused[0].problems.dropFirst().map { $0.item ?? "" } == ["AssessmentActualStartDate", "AssessmentFactor"])
    }

    @Test func theSSDA903SampleImportsWhatHarbourCanTake() throws {
        let tables = try SSDA903CSVReader.read(folder: Self.samples.appendingPathComponent("ssda903")).tables
        let result = ReturnImport(today: Self.today, collectionYear: 2018).run(ssda903: tables)
        let summary = result.summary(existing: [])
        #expect(summary.newChildren == 26)
        #expect(summary.records == [.periodOfCare: 9, .placement: 16, .lookedAfterReview: 101, .healthOutcomes: 26, .permanence: 5])
        #expect(summary.refused.count == 2650)
        var firstIn = [String: Int]()
        for child in summary.refused { firstIn[child.problems[0].location.file, default: 0] += 1 }
        #expect(firstIn == ["episodes.csv": 1587, "header.csv": 1053, "oc2.csv": 8, "placed_for_adoption.csv": 1, "sw_episodes.csv": 1])
        let first = Dictionary(uniqueKeysWithValues: summary.refused.map { ($0.laChildID, $0.problems[0].description) })
        #expect(first["566910"] == "episodes.csv:2 [PLACE_PROVIDER]: Provider PR0 (parents) can only be used with placement type P1")
        #expect(first["CHILD10"] == "sw_episodes.csv:2: The child is not in the census's ChildIdentifiers or the SSDA903 Header, so Harbour has no date of birth, sex or ethnicity for them")
    }
}
