import Foundation
import HarbourCore
@testable import HarbourReturns
import Testing

/// Cases the DfE validator's own tests leave out: its quirks that Harbour follows, the new
/// deprivation of liberty rules it cannot run, and returns without last year's tables. The
/// expected rows were checked against the validator on the same data.
@Suite struct LACCEdgeTests {
    @Test func rulesComparingWithLastYearDoNothingWithoutIt() {
        let ret = LACC.ret(2026, [
            "Episodes": [["CHILD": "A", "DECOM": "01/01/2024"]],
            "Missing": [["CHILD": "A", "MIS_START": "01/05/2025"]],
            "PlacedAdoption": [["CHILD": "A"]],
            "Header": [["CHILD": "A", "MOTHER": "1", "MC_DOB": "01/01/2024"]],
            "DoLo": [["CHILD": "A", "DOLO_START": "01/05/2025"]],
        ])
        let rules = [SSDA903Rules.r562, SSDA903Rules.r576, SSDA903Rules.r584, SSDA903Rules.r624, SSDA903Rules.r626, SSDA903Rules.r706, SSDA903Rules.rNoE]
        for rule in rules {
            #expect(rule.run(ret).isEmpty, Comment(rawValue: rule.code))
        }
    }

    @Test func r584ReadsMergePositionsAsRowsAndComparesDatesAsText() {
        let ret = LACC.ret(2021, [
            "PlacedAdoption": [
                ["CHILD": "C1", "DATE_PLACED": "01/01/2021"],
                ["CHILD": "C5", "DATE_PLACED": "01/01/2021"],
                ["CHILD": "C1", "DATE_PLACED": "01/01/2019"],
            ],
        ], last: [
            "PlacedAdoption": [["CHILD": "C1", "DATE_PLACED": "01/06/2019", "DATE_PLACED_CEASED": "01/12/2019"]],
        ])
        #expect(LACC.flagged(SSDA903Rules.r584, ret) == ["PlacedAdoption": [0, 1]])
    }

    @Test func r583TakesTheLatestDecisionByText() {
        let ret = LACC.ret(2026, [
            "PlacedAdoption": [
                ["CHILD": "A", "DATE_PLACED": "01/12/2021"],
                ["CHILD": "A", "DATE_PLACED": "31/01/2020"],
                ["CHILD": "A"],
                ["CHILD": "B"],
                ["CHILD": "B"],
                ["CHILD": "C", "DATE_PLACED": "01/12/2021", "DATE_PLACED_CEASED": "01/01/2022"],
                ["CHILD": "C", "DATE_PLACED": "01/12/2022"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r583, ret) == ["PlacedAdoption": [0, 2, 4]])
    }

    @Test func r706FlagsThisYearsRowAtLastYearsPosition() {
        let ret = LACC.ret(2026, [
            "DoLo": [
                ["CHILD": "A", "DOLO_START": "01/02/2025"],
                ["CHILD": "B", "DOLO_START": "01/05/2025"],
                ["CHILD": "C", "DOLO_START": "01/06/2025"],
            ],
        ], last: [
            "DoLo": [
                ["CHILD": "A", "DOLO_START": "01/02/2025"],
                ["CHILD": "B", "DOLO_START": "01/03/2025", "DOLO_END": "01/04/2025"],
                ["CHILD": "C", "DOLO_START": "01/03/2025"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r706, ret) == ["DoLo": [2]])
    }

    /// Child A: a children's home (K2) until 1 August, then with parents (P1), still open;
    /// child B in a Z12 placement.
    private static let placements: LACC.Rows = [
        ["CHILD": "A", "DECOM": "01/05/2025", "DEC": "01/08/2025", "PLACE": "K2"],
        ["CHILD": "A", "DECOM": "01/08/2025", "PLACE": "P1"],
        ["CHILD": "B", "DECOM": "01/05/2025", "PLACE": "Z12"],
    ]
    private static let orders: LACC.Rows = [
        ["CHILD": "A", "DOLO_START": "01/06/2025", "DOLO_END": "01/07/2025"],
        ["CHILD": "A", "DOLO_START": "01/07/2025", "DOLO_END": "01/09/2025"],
        ["CHILD": "A", "DOLO_START": "01/09/2025"],
        ["CHILD": "B", "DOLO_START": "01/06/2025", "DOLO_END": "01/07/2025"],
    ]

    @Test func r709And710CheckThePlacementsAnOrderOverlaps() {
        let ret = LACC.ret(2026, ["Episodes": Self.placements, "DoLo": Self.orders])
        #expect(LACC.flagged(SSDA903Rules.r709, ret) == ["DoLo": [1], "Episodes": [1]])
        #expect(LACC.flagged(SSDA903Rules.r710, ret) == ["DoLo": [1], "Episodes": [1]])
        var homes = Self.placements
        homes[1]["PLACE"] = "K2"
        let settled = LACC.ret(2026, ["Episodes": homes, "DoLo": Self.orders])
        #expect(LACC.flagged(SSDA903Rules.r709, settled) == [:])
        #expect(LACC.flagged(SSDA903Rules.r710, settled) == [:])
    }

    @Test func r632ReadsUnknownDayAndMonth() {
        #expect(SSDA903Rules.permanenceDateC("ZZ/02/2020") == Day(year: 2020, month: 2, day: 29))
        #expect(SSDA903Rules.permanenceDateC("15/ZZ/2010") == Day(year: 2011, month: 1, day: 14))
        #expect(SSDA903Rules.permanenceDateC("zz/zz/zzzz") == Day(year: 2000, month: 12, day: 31))
        #expect(SSDA903Rules.permanenceDateC("ZZ/ZZ/ZZ") == nil)
        let ret = LACC.ret(2026, [
            "Episodes": [
                ["CHILD": "A", "DECOM": "29/02/2020"],
                ["CHILD": "B", "DECOM": "14/01/2011"],
                ["CHILD": "C", "DECOM": "15/01/2011"],
                ["CHILD": "D", "DECOM": "01/01/2001"],
            ],
            "PrevPerm": [
                ["CHILD": "A", "DATE_PERM": "ZZ/02/2020"],
                ["CHILD": "B", "DATE_PERM": "15/ZZ/2010"],
                ["CHILD": "C", "DATE_PERM": "15/zz/2010"],
                ["CHILD": "D", "DATE_PERM": "ZZ/ZZ/ZZZZ"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r632, ret) == ["Episodes": [0, 1], "PrevPerm": [0, 1]])
    }

    @Test func sw07ReportingPeriodStartsAYearBeforeTheCollectionYear() {
        let ordinary = LACC.ret(2027, ["SWEpisodes": [["CHILD": "A", "SW_DEC": "31/03/2025"], ["CHILD": "A", "SW_DEC": "01/04/2025"]]])
        #expect(LACC.flagged(SSDA903Rules.rSW07STG2, ordinary) == ["SWEpisodes": [0]])
        // Across 29 February the validator's year of 365.2425 days falls short of 1 April.
        let leap = LACC.ret(2025, ["SWEpisodes": [["CHILD": "A", "SW_DEC": "01/04/2023"], ["CHILD": "A", "SW_DEC": "02/04/2023"]]])
        #expect(LACC.flagged(SSDA903Rules.rSW07STG2, leap) == ["SWEpisodes": [0]])
    }

    @Test func sw13ReportsNothingWhenAStartDateCannotBeRead() {
        let unreadable = LACC.ret(2026, ["SWEpisodes": [
            ["CHILD": "A", "SW_DECOM": "01/05/2025"],
            ["CHILD": "A", "SW_DECOM": "not a date", "SW_REASON": "BAD"],
        ]])
        #expect(LACC.flagged(SSDA903Rules.rSW13STG1, unreadable) == [:])
        let readable = LACC.ret(2026, ["SWEpisodes": [
            ["CHILD": "A", "SW_DECOM": "01/05/2025"],
            ["CHILD": "A", "SW_DECOM": "01/05/2022"],
            ["CHILD": "A", "SW_DECOM": "01/06/2025", "SW_REASON": "bad"],
            ["CHILD": "A", "SW_DECOM": "01/07/2025", "SW_REASON": "fconta"],
        ]])
        #expect(LACC.flagged(SSDA903Rules.rSW13STG1, readable) == ["SWEpisodes": [0, 2]])
    }

    @Test func sw11bFindsEpisodesEndingLateWithNothingAfter() {
        let ret = LACC.ret(2026, ["SWEpisodes": [
            ["CHILD": "A", "SW_DECOM": "01/04/2025", "SW_DEC": "28/03/2026"],
            ["CHILD": "B", "SW_DECOM": "01/04/2025", "SW_DEC": "10/01/2026"],
            ["CHILD": "B", "SW_DECOM": "11/01/2026", "SW_DEC": "27/03/2026"],
            ["CHILD": "C", "SW_DECOM": "01/04/2025", "SW_DEC": "27/03/2026"],
            ["CHILD": "C"],
            ["CHILD": "D", "SW_DECOM": "01/04/2025", "SW_DEC": "01/03/2026"],
            ["CHILD": "D", "SW_DECOM": "02/03/2026"],
        ]])
        #expect(LACC.flagged(SSDA903Rules.rSW11bSTG2, ret) == ["SWEpisodes": [0, 2, 4]])
    }

    @Test func sw12AsksForASocialWorkerWhenCareBegan() {
        let ret = LACC.ret(2026, [
            "Episodes": [
                ["CHILD": "A", "DECOM": "01/06/2025", "RNE": "S", "LS": "C2", "REC": "X1"],
                ["CHILD": "B", "DECOM": "01/06/2025", "RNE": "S", "LS": "C2", "DEC": "01/09/2025", "REC": "E11"],
                ["CHILD": "C", "DECOM": "01/06/2025", "RNE": "P", "LS": "C2", "REC": "X1"],
                ["CHILD": "D", "DECOM": "01/06/2025", "RNE": "S", "LS": "V3"],
                ["CHILD": "E", "DECOM": "01/06/2023", "RNE": "S", "LS": "C2", "DEC": "01/06/2024", "REC": "E11"],
            ],
            "SWEpisodes": [
                ["CHILD": "A", "SW_DECOM": "01/06/2025"],
                ["CHILD": "A", "SW_DECOM": "01/05/2025"],
                ["CHILD": "B", "SW_DECOM": "01/05/2025"],
                ["CHILD": "B", "SW_DECOM": "01/10/2025"],
            ],
        ])
        // Only C, in care on 31 March with no social worker episode on 1 April (its care began
        // before the year); A's episode from before care is reported as the DfE asks.
        #expect(LACC.flagged(SSDA903Rules.rSW12STG2, ret) == ["Episodes": [2]])
    }

    @Test func partCListsEveryRuleOnceWithTheDfEMessages() throws {
        let codes = SSDA903Rules.partC.map(\.code)
        #expect(codes.count == 90)
        #expect(Set(codes).count == codes.count)
        #expect(SSDA903Rules.rEPI.severity == .query)
        #expect(SSDA903Rules.r582.severity == .query)
        #expect(SSDA903Rules.r700.severity == .error)
        // The DfE's list sits in shared/ beside the repository, where there is one.
        let list = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../../../shared/reference/returns/ssda903-rules-2026_27.tsv").standardized
        guard let text = try? String(contentsOf: list, encoding: .utf8) else { return }
        var messages: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            if parts.count == 2 { messages[String(parts[0])] = String(parts[1]) }
        }
        for rule in SSDA903Rules.partC {
            #expect(messages[rule.code] == rule.message, Comment(rawValue: rule.code))
        }
    }
}
