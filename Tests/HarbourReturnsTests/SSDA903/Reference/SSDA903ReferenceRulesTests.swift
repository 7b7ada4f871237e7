import HarbourCore
import Testing
@testable import HarbourReturns

/// The rules that read the postcode directory and Ofsted's providers, each with episodes it
/// passes and episodes it flags, on the hand-made files in `ReferenceFixtures` (council
/// E10000001; ZZ1 postcodes in its area, ZZ2 in a neighbour's, ZZ3 in Wales).
@Suite struct SSDA903ReferenceRulesTests {
    private typealias F = SSDA903FixtureB
    private typealias R = ReferenceFixtures
    private typealias Rows = F.Rows

    /// A 2025-26 return for the council, with both reference files.
    private func ret(_ current: [String: Rows], last: [String: Rows]? = nil) -> SSDA903Return {
        var ret = F.ret(current, last: last, year: 2026, la: R.council)
        ret.reference = ReturnReferenceData(postcodes: R.postcodes, providers: R.providers)
        return ret
    }

    private func episodes(_ rows: Rows, last: Rows? = nil, more: [String: Rows] = [:]) -> SSDA903Return {
        ret(more.merging(["Episodes": rows]) { a, _ in a }, last: last.map { ["Episodes": $0] })
    }

    private func flagged(_ rule: Rule<SSDA903Return>, _ input: SSDA903Return) -> [Int] { F.rows(rule, input, "Episodes") }

    // MARK: What a return without reference data does

    @Test func withoutReferenceDataTheRulesDoNotRun() {
        let bare = F.ret(["Episodes": [["CHILD": "1", "LS": "C2", "PLACE": "K2", "PLACE_PROVIDER": "PR1", "PL_POST": "ZZ9 9ZZ", "URN": "SC1"]]], year: 2026)
        let notRun = SSDA903Rules.notRun(on: bare)
        #expect(notRun.count == 25)
        #expect(Set(notRun.map(\.rule.code)) == Set(SSDA903Rules.partReference.map(\.code)))
        #expect(notRun.first { $0.rule.code == "229" }?.missing == [.postcodes, .providers, .councilCode])
        #expect(!SSDA903Rules.runnable(on: bare).contains { !$0.needs.isEmpty })
        // Run anyway, they find nothing rather than every episode.
        for rule in SSDA903Rules.partReference { #expect(rule.run(bare).isEmpty, "\(rule.code)") }

        var postcodesOnly = bare
        postcodesOnly.reference.postcodes = R.postcodes
        #expect(Set(SSDA903Rules.notRun(on: postcodesOnly).map(\.rule.code))
            == ["241", "411", "1015", "503J", "219", "221", "224", "227", "228", "229", "1008"])
        #expect(SSDA903Rules.notRun(on: ret(["Episodes": []])).isEmpty)
    }

    // MARK: The postcode directory

    @Test func r164() {
        // Distances over 999.9 miles cannot happen in Great Britain; a directory with a wrong
        // grid reference gives one.
        var far = episodes([["CHILD": "1", "HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ1 1AB"], ["CHILD": "2", "HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ7 7AA"],
                            ["CHILD": "3", "HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ7 7AA"]], more: ["UASC": [["CHILD": "3"]]])
        far.reference.postcodes = PostcodeDirectory([
            "ZZ1 1AA": .init(district: "E07000901", county: R.council, easting: 500000, northing: 200000),
            "ZZ1 1AB": .init(district: "E07000901", county: R.council, easting: 500000, northing: 210000),
            "ZZ7 7AA": .init(district: "E06000901", easting: 500000, northing: 1_900_000),
        ])
        #expect(flagged(SSDA903Rules.r164, far) == [1])
    }

    @Test func r169() {
        let input = episodes([
            ["LS": "C2", "PL_POST": "ZZ2 2AA"], ["LS": "C2", "PL_POST": "ZZ9 9ZZ"], ["LS": "C2", "PL_POST": ""],
            ["LS": "V3", "PL_POST": ""], ["LS": "C2", "PL_POST": "ZZ6 6AA"], ["LS": "C2", "PL_POST": "ZZ3 3AA"],
        ])
        #expect(flagged(SSDA903Rules.r169, input) == [1, 2, 4])
    }

    @Test func r179() {
        let input = episodes([["LS": "C2", "PL_POST": "ZZ1 1AA"], ["LS": "C2", "PL_POST": "ZZ9 9ZZ"], ["LS": "V4", "PL_POST": "ZZ9 9ZZ"]])
        #expect(flagged(SSDA903Rules.r179, input) == [1])
    }

    @Test func r218() {
        let input = episodes([
            ["PLACE": "K2", "URN": "SC900001", "PL_POST": "ZZ1 1AA"],
            ["PLACE": "K2", "PL_POST": "ZZ1 1AA"],
            ["PLACE": "K2", "PL_POST": "ZZ3 3AA"],
            ["PLACE": "P1", "PL_POST": "ZZ1 1AA"],
            ["PLACE": "K2", "PL_POST": "ZZ1 1AA", "DEC": "31/03/2025"],
            ["PLACE": "K2", "PL_POST": "ZZ1 1AA", "DEC": "01/04/2025"],
            ["PLACE": "K2", "PL_POST": "ZZ9 9ZZ"],
        ])
        #expect(flagged(SSDA903Rules.r218, input) == [1, 5, 6])
    }

    @Test func r241() {
        let input = episodes([
            ["PLACE": "K3", "URN": "SC900003", "PL_POST": "ZZ1 1AB"], ["PLACE": "K3", "URN": "SC900003", "PL_POST": "ZZ2 2AA"],
            ["PLACE": "K3", "URN": "XXXXXXX", "PL_POST": "ZZ2 2AA"], ["PLACE": "K2", "URN": "SC900001", "PL_POST": "ZZ2 2AA"],
        ])
        #expect(flagged(SSDA903Rules.r241, input) == [1])
    }

    @Test func r243() {
        let input = episodes([["URN": "SC900001", "PL_POST": "ZZ1 1AB"], ["URN": "SC900001", "PL_POST": "ZZ3 3AA"], ["PL_POST": "ZZ3 3AA"]])
        #expect(flagged(SSDA903Rules.r243, input) == [1])
    }

    @Test func r392a() {
        let input = episodes([
            ["CHILD": "1", "LS": "C2", "HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ2 2AA"],
            ["CHILD": "1", "LS": "C2", "HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ4 4AA"],
            ["CHILD": "1", "LS": "V3", "HOME_POST": "ZZ1 1AA", "PL_POST": ""],
            ["CHILD": "2", "LS": "C2", "HOME_POST": "ZZ1 1AA", "PL_POST": ""],
        ], more: ["UASC": [["CHILD": "2"]]])
        #expect(flagged(SSDA903Rules.r392a, input) == [1])
    }

    @Test func r392c() {
        let input = episodes([
            ["HOME_POST": "ZZ1 1AA", "PL_POST": "zz2 2aa"], ["HOME_POST": "ZZ9 9ZZ", "PL_POST": "ZZ2 2AA"],
            ["HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ22AB"], ["HOME_POST": "", "PL_POST": ""],
        ])
        #expect(flagged(SSDA903Rules.r392c, input) == [1, 2])
    }

    @Test func r406() {
        let input = episodes([
            ["CHILD": "1", "HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ2 2AA"], ["CHILD": "2", "HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ2 2AA"],
            ["CHILD": "2", "HOME_POST": "", "PL_POST": "ZZ2 2AA"],
        ], last: nil, more: ["UASC": [["CHILD": "2"]]])
        #expect(flagged(SSDA903Rules.r406, input) == [1])
    }

    @Test func r411() {
        // PL_LOCATION is worked out from PL_LA, so the two always agree: nothing to flag.
        let input = episodes([["PL_POST": "ZZ1 1AA"], ["PL_POST": "ZZ2 2AA"], ["PL_POST": "ZZ3 3AA"]])
        #expect(flagged(SSDA903Rules.r411, input).isEmpty)
    }

    @Test func r420() {
        let input = episodes([["LS": "V3", "PL_POST": "ZZ1 1AA"], ["LS": "V4", "PL_POST": ""], ["LS": "C2", "PL_POST": "ZZ1 1AA"]])
        #expect(flagged(SSDA903Rules.r420, input) == [0])
    }

    @Test func r454() {
        let input = episodes([["HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ5 5AA"], ["HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ3 3AA"]])
        #expect(flagged(SSDA903Rules.r454, input) == [0])
    }

    @Test func r1015() {
        let input = episodes([
            ["LS": "C2", "PLACE": "K2", "PLACE_PROVIDER": "PR1", "PL_POST": "ZZ1 1AB"],
            ["LS": "C2", "PLACE": "K2", "PLACE_PROVIDER": "PR1", "PL_POST": "ZZ2 2AA"],
            ["LS": "C2", "PLACE": "U1", "PLACE_PROVIDER": "PR1", "PL_POST": "ZZ2 2AA"],
            ["LS": "V3", "PLACE": "K2", "PLACE_PROVIDER": "PR1", "PL_POST": "ZZ2 2AA"],
            ["LS": "C2", "PLACE": "K2", "PLACE_PROVIDER": "PR2", "PL_POST": "ZZ2 2AA"],
            ["LS": "C2", "PLACE": "K2", "PLACE_PROVIDER": "PR1", "PL_POST": "ZZ9 9ZZ"],
        ])
        #expect(flagged(SSDA903Rules.r1015, input) == [1, 5])
    }

    // MARK: Last year's open episode and this year's first

    /// Child 1 stays put; child 2 moved to the neighbour; child 3's episode last year had ended;
    /// child 4 moved with a new reason for the episode; child 5 moved within the council's area.
    private var twoYears: SSDA903Return {
        episodes([
            ["CHILD": "1", "DECOM": "01/01/2025", "RNE": "S", "HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ1 1AB"],
            ["CHILD": "2", "DECOM": "01/01/2025", "RNE": "S", "HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ2 2AA"],
            ["CHILD": "3", "DECOM": "01/01/2025", "RNE": "S", "HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ2 2AA"],
            ["CHILD": "4", "DECOM": "01/01/2025", "RNE": "P", "HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ2 2AA"],
            ["CHILD": "5", "DECOM": "01/01/2025", "RNE": "S", "HOME_POST": "ZZ2 2AA", "PL_POST": "ZZ1 1AB"],
            ["CHILD": "1", "DECOM": "01/06/2025", "RNE": "P", "HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ2 2AA"],
        ], last: [
            ["CHILD": "1", "DECOM": "01/01/2025", "RNE": "S", "HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ1 1AB"],
            ["CHILD": "2", "DECOM": "01/01/2025", "RNE": "S", "HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ1 1AB"],
            ["CHILD": "3", "DECOM": "01/01/2025", "RNE": "S", "HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ1 1AB", "DEC": "01/03/2025"],
            ["CHILD": "4", "DECOM": "01/01/2025", "RNE": "S", "HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ1 1AB"],
            ["CHILD": "5", "DECOM": "01/01/2025", "RNE": "S", "HOME_POST": "ZZ2 2AA", "PL_POST": "ZZ1 1AA"],
        ])
    }

    @Test func r452() { #expect(flagged(SSDA903Rules.r452, twoYears) == [1]) }
    @Test func r453() { #expect(flagged(SSDA903Rules.r453, twoYears) == [1, 4]) }
    @Test func r503G() { #expect(flagged(SSDA903Rules.r503G, twoYears) == [1, 3, 4]) }
    @Test func r503H() { #expect(flagged(SSDA903Rules.r503H, twoYears) == [1, 3]) }
    @Test func r503J() { #expect(flagged(SSDA903Rules.r503J, twoYears) == [1, 3]) }

    @Test func yearRulesNeedLastYear() {
        let thisYearOnly = episodes([["CHILD": "2", "DECOM": "01/01/2025", "RNE": "S", "HOME_POST": "ZZ1 1AA", "PL_POST": "ZZ2 2AA"]])
        for rule in [SSDA903Rules.r452, SSDA903Rules.r453, SSDA903Rules.r503G, SSDA903Rules.r503H, SSDA903Rules.r503J] {
            #expect(flagged(rule, thisYearOnly).isEmpty)
        }
    }

    // MARK: Ofsted's providers

    @Test func r1008() {
        let input = episodes([["URN": "SC900001"], ["URN": "SC999999"], ["URN": "XXXXXXX"], ["URN": ""], ["URN": "sc900002"]])
        #expect(flagged(SSDA903Rules.r1008, input) == [1])
    }

    @Test func r219() {
        let input = episodes([
            ["URN": "SC900001", "PLACE": "K2"], ["URN": "SC900001", "PLACE": "K1"], ["URN": "SC900002", "PLACE": "K1"],
            ["URN": "SC999999", "PLACE": "K2"], ["URN": "SC900001", "PLACE": ""],
        ])
        #expect(flagged(SSDA903Rules.r219, input) == [1, 3, 4])
    }

    @Test func r221() {
        let input = episodes([
            ["URN": "SC900001", "PLACE": "K2", "LS": "C2", "PL_POST": "ZZ11AB"],
            ["URN": "SC900001", "PLACE": "K2", "LS": "C2", "PL_POST": "ZZ2 2AA"],
            ["URN": "SC900001", "PLACE": "K2", "LS": "V3", "PL_POST": "ZZ2 2AA"],
            ["URN": "SC900001", "PLACE": "U1", "LS": "C2", "PL_POST": "ZZ2 2AA"],
            ["URN": "SC999999", "PLACE": "K2", "LS": "C2", "PL_POST": "ZZ2 2AA"],
        ])
        #expect(flagged(SSDA903Rules.r221, input) == [1, 4])
    }

    @Test func r224() {
        let input = episodes([
            ["URN": "SC900002", "PLACE_PROVIDER": "PR3"], ["URN": "SC900002", "PLACE_PROVIDER": "PR1"], ["URN": "SC999999", "PLACE_PROVIDER": "PR1"],
        ])
        #expect(flagged(SSDA903Rules.r224, input) == [1, 2])
    }

    @Test func r227() {
        let input = episodes([
            ["URN": "SC900003", "DECOM": "29/09/2025"], ["URN": "SC900003", "DECOM": "30/09/2025"], ["URN": "SC900001", "DECOM": "30/09/2025"],
        ])
        #expect(flagged(SSDA903Rules.r227, input) == [1])
    }

    @Test func r228() {
        let input = episodes([
            ["URN": "SC900003", "DEC": "30/09/2025"], ["URN": "SC900003", "DEC": "01/10/2025"], ["URN": "SC900003", "DEC": ""],
            ["URN": "SC900001", "DEC": ""],
        ])
        #expect(flagged(SSDA903Rules.r228, input) == [1, 2])
    }

    @Test func r229() {
        let input = episodes([
            ["URN": "SC900001", "PLACE": "K2", "PLACE_PROVIDER": "PR1"],
            ["URN": "SC900002", "PLACE": "K2", "PLACE_PROVIDER": "PR1"],
            ["URN": "SC900002", "PLACE": "K2", "PLACE_PROVIDER": "PR2"],
            ["URN": "SC900001", "PLACE": "K2", "PLACE_PROVIDER": "PR2"],
            ["URN": "SC900003", "PLACE": "K3", "PLACE_PROVIDER": "PR2"],
            ["URN": "SC999999", "PLACE": "K2", "PLACE_PROVIDER": "PR1"],
        ])
        #expect(flagged(SSDA903Rules.r229, input) == [1, 3, 5])
    }
}
