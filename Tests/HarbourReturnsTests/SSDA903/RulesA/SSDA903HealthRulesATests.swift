@testable import HarbourReturns
import Testing

/// The OC2 rules, on the DfE validator's own test data (collection year 1980-81 where the
/// rule depends on it).
@Suite struct SSDA903HealthRulesATests {
    typealias R = SSDA903Rules

    /// The episodes the DfE's tests use to decide who was looked after all year (1980-81):
    /// children 1, 2, 4 and 5 were; 3333 (short breaks), 6666 (left care), 7777, 8888 and 9
    /// (started care in the year), 10 and 11 (no start date) were not.
    private static let episodes: [[String: String]] = [
        ["CHILD": "1", "DECOM": "01/03/1980", "DEC": "31/03/1981", "LS": "o", "REC": "X1", "RNE": "o"],
        ["CHILD": "2", "DECOM": "01/03/1980", "DEC": "30/03/1981", "LS": "o", "REC": "X1", "RNE": "o"],
        ["CHILD": "3333", "DECOM": "01/03/1980", "DEC": "01/01/1981", "LS": "V3", "REC": "X1", "RNE": "o"],
        ["CHILD": "4", "DECOM": "01/02/1970", "LS": "o", "REC": "!!", "RNE": "o"],
        ["CHILD": "5", "DECOM": "01/03/1979", "DEC": "01/01/1981", "LS": "o", "REC": "X1", "RNE": "o"],
        ["CHILD": "5", "DECOM": "01/01/1981", "LS": "o", "RNE": "o"],
        ["CHILD": "6666", "DECOM": "01/03/1979", "DEC": "01/01/1981", "LS": "o", "REC": "!!", "RNE": "o"],
        ["CHILD": "6666", "DECOM": "01/01/1981", "LS": "o", "RNE": "o"],
        ["CHILD": "7777", "DECOM": "01/03/1979", "DEC": "01/01/1981", "LS": "o", "REC": "X1", "RNE": "o"],
        ["CHILD": "7777", "DECOM": "01/01/1981", "DEC": "01/07/1981", "LS": "o", "REC": "o", "RNE": "S"],
        ["CHILD": "8888", "DECOM": "01/01/1981", "DEC": "31/03/1999", "LS": "o", "REC": "o", "RNE": "S"],
        ["CHILD": "9", "DECOM": "05/04/1980", "LS": "o", "REC": "xx", "RNE": "S"],
        ["CHILD": "10", "DEC": "05/04/1980", "LS": "o", "REC": "xx", "RNE": "S"],
        ["CHILD": "11", "DEC": "05/04/1980", "LS": "V3", "RNE": "S"],
    ]

    private func withEpisodes() -> SSDA903ReturnA {
        var ret = SSDA903ReturnA(year: 1981)
        ret.rows("Episodes", Self.episodes)
        return ret
    }

    @Test func continuouslyLookedAfterChildren() {
        #expect(SSDA903Support.continuouslyLookedAfter(withEpisodes().ret) == ["1", "2", "4", "5"])
    }

    @Test func substanceMisuseItems() {
        var ret = SSDA903ReturnA()
        ret.columns("OC2", ["INTERVENTION_RECEIVED": ["1", "", "0", "1", "1", "0"],
                            "INTERVENTION_OFFERED": ["", "1", "0", "1", "0", "1"]])
        #expect(ret.lines(R.r158, in: "OC2") == [3, 4])

        ret.columns("OC2", ["SUBSTANCE_MISUSE": ["1", "1", "1", "1", "1", "1", "", "", "1", "0"],
                            "INTERVENTION_RECEIVED": ["1", "0", "0", "", "0", "1", "1", "", "0", "1"],
                            "INTERVENTION_OFFERED": ["", "0", "", "", "", "1", "", "", "0", "1"]])
        #expect(ret.lines(R.r159, in: "OC2") == [2, 4])

        ret.columns("OC2", ["SUBSTANCE_MISUSE": ["0", "", "0", "1", "1", "1"],
                            "INTERVENTION_RECEIVED": ["0", "", "1", "1", "", ""]])
        #expect(ret.lines(R.r192, in: "OC2") == [4, 5])

        ret.columns("OC2", ["SUBSTANCE_MISUSE": ["0", "", "0", "1", "", "", "0"],
                            "INTERVENTION_RECEIVED": ["0", "", "1", "1", "1", "", ""],
                            "INTERVENTION_OFFERED": ["0", "", "1", "1", "", "0", ""]])
        #expect(ret.lines(R.r193, in: "OC2") == [0, 2, 4, 5])
    }

    @Test func itemsCodedZeroOrOne() {
        var ret = SSDA903ReturnA()
        ret.columns("OC2", ["SDQ_SCORE": ["10", "41", "58", "72", "0", "40", "39.5", "20.0", "", "XX"]])
        #expect(ret.lines(R.r180, in: "OC2") == [1, 2, 3, 6, 9])

        ret.columns("OC2", [
            "CONVICTED": ["1", "", "", "2", "2"], "HEALTH_CHECK": ["1", "", "", "2", "2"],
            "IMMUNISATIONS": ["1", "", "", "", "2"], "TEETH_CHECK": ["1", "", "0", "", "2"],
            "HEALTH_ASSESSMENT": ["1", "", "1", "", "2"], "SUBSTANCE_MISUSE": ["0", "", "0", "1", "2"],
            "INTERVENTION_RECEIVED": ["0", "", "1", "1", "2"], "INTERVENTION_OFFERED": ["1", "", "", "0", "2"],
        ])
        #expect(ret.lines(R.r181, in: "OC2") == [3, 4])

        ret.columns("OC2", [
            "IMMUNISATIONS": ["", "", "", "1", "", "1", "", "1"], "TEETH_CHECK": ["", "", "", "1", "", "1", "1", "1"],
            "HEALTH_ASSESSMENT": ["", "", "", "1", "", "1", "", "1"], "SUBSTANCE_MISUSE": ["", "", "", "", "", "1", "1", "1"],
            "CONVICTED": ["", "1", "", "", "", "1", "1", ""], "HEALTH_CHECK": ["", "", "1", "", "", "1", "1", ""],
            "INTERVENTION_RECEIVED": ["", "", "", "1", "", "1", "1", ""], "INTERVENTION_OFFERED": ["", "", "", "", "1", "1", "1", ""],
        ])
        #expect(ret.lines(R.r182, in: "OC2") == [1, 2, 3, 4, 6])
    }

    @Test func sdqReasonAndScore() {
        var ret = SSDA903ReturnA()
        // "sdq2" is read as SDQ2 and the empty cell is missing, so only the unknown code fails.
        ret.columns("OC2", ["SDQ_REASON": ["SDQ2", "sdq2", "", "", "SDQ6"]])
        #expect(ret.lines(R.r196, in: "OC2") == [4])

        ret.columns("OC2", ["SDQ_SCORE": ["0", "", "10", "1", ""], "SDQ_REASON": ["XXX", "", "", "XXX", "XXX"]])
        #expect(ret.lines(R.r197a, in: "OC2") == [0, 3])
    }

    @Test func sdqByAge() {
        var young = SSDA903ReturnA(year: 1981)
        young.columns("OC2", ["CHILD": ["0", "1", "2", "3", "4"],
                              "DOB": ["01/01/1970", "01/01/1980", "01/01/1970", "31/03/1977", "01/04/1977"],
                              "SDQ_SCORE": ["OK", "!!!", "", "OK", "!!!"]])
        #expect(young.lines(R.r188, in: "OC2") == [1, 4])

        var old = SSDA903ReturnA(year: 1981)
        old.columns("OC2", ["CHILD": ["0", "1", "2", "3"],
                            "DOB": ["01/04/1962", "02/04/1963", "01/01/1970", "31/03/1960"],
                            "SDQ_SCORE": ["!!!", "OK", "", ""]])
        #expect(old.lines(R.r189, in: "OC2") == [0])
    }

    @Test func sdq1ReasonForChildrenOfSDQAge() {
        var ret = withEpisodes()
        ret.columns("OC2", [
            "CHILD": ["9999999999", "1", "2", "3333", "99999999", "8888", "5"],
            "SDQ_SCORE": ["OK", "", "", "", "", "OK", ""],
            "SDQ_REASON": ["SDQ1", "SDQ1", "SDQ1", "OK", "", "OK", "OK!"],
            "DOB": ["01/04/1970", "31/03/1965", "01/04/1976", "01/04/1970", "01/04/1970", "01/04/1970", "01/07/1970"],
        ])
        #expect(ret.lines(R.r157, in: "OC2") == [1, 2])
    }

    @Test func sdqForChildrenNotLookedAfterAllYear() {
        var ret = withEpisodes()
        ret.columns("OC2", ["CHILD": ["999999", "1", "2", "3333", "9999", "8888"],
                            "SDQ_SCORE": ["!!!!!", "", "OO", "!!", "", "!!"]])
        #expect(ret.lines(R.r185, in: "OC2") == [0, 3, 5])

        ret.columns("OC2", ["CHILD": ["999999", "1", "2", "3333", "9999", "8888"],
                            "SDQ_REASON": ["SDQ1", "", "SDQ2", "SDQ1", "", "SDQ3"]])
        #expect(ret.lines(R.r198, in: "OC2") == [0, 3, 5])
    }

    @Test func sdqExpectedForChildrenLookedAfterAllYear() {
        var ret = SSDA903ReturnA(year: 1981)
        let open = ["DECOM": "31/03/1980", "LS": "C2", "RNE": "o"]
        func episode(_ child: String, _ extra: [String: String] = [:]) -> [String: String] {
            open.merging(extra) { $1 }.merging(["CHILD": child]) { $1 }
        }
        ret.rows("Episodes", [
            episode("1", ["DEC": "31/12/1980", "REC": "X1"]), episode("1", ["DECOM": "31/12/1980"]),
            episode("2"), episode("3"), episode("4"), episode("5"), episode("6"),
            episode("7", ["DECOM": "31/05/1980", "RNE": "S"]),
            episode("8", ["DEC": "30/03/1981", "REC": "E4a"]), episode("9", ["LS": "V4"]),
        ])
        ret.columns("OC2", [
            "CHILD": ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
            "DOB": ["01/04/1970", "01/04/1970", "01/04/1970", "01/04/1970", "01/04/1960", "01/04/1978",
                    "01/04/1970", "01/04/1970", "01/04/1970", "01/04/1970"],
            "SDQ_SCORE": ["10", "1O", "", "", "", "", "", "", "", ""],
            "SDQ_REASON": ["SDQ1", "", "SDQ2", "", "", "", "", "", "", ""],
        ])
        #expect(ret.lines(R.r186, in: "OC2") == [3])
    }

    @Test func adoptionAndCareLeaverDataForChildrenLookedAfterAllYear() {
        var ret = withEpisodes()
        ret.columns("OC3", ["CHILD": ["9999999999", "1", "2", "3333", "99999999", "8888", "5", "9", "10", "11"],
                            "IN_TOUCH": ["OK", "!!!", "", "OK", "", "", "", "xx", "xx", "xx"]])
        ret.columns("AD1", ["CHILD": ["1", "2", "3333", "7777", "99999999", "8888", "5", "9", "10", "11"],
                            "DATE_INT": ["", "", "OK", "OK", "", "", "!!!", "xx", "xx", "xx"]])
        #expect(ret.lines(R.r187, in: "OC3") == [1])
        #expect(ret.lines(R.r187, in: "AD1") == [6])
    }
    @Test func healthItemsAgainstLookedAfterAllYear() {
        var ret = withEpisodes()
        ret.columns("OC2", ["CHILD": ["9999999999", "1", "2", "3333", "99999999", "8888", "5"],
                            "CONVICTED": ["!!!", "OK", "", "", "", "!!!", "OK"]])
        #expect(ret.lines(R.r190, in: "OC2") == [0, 5])

        let filled = Array(repeating: "Filled In!", count: 7)
        ret.columns("OC2", ["CHILD": ["9999999999", "1", "2", "3333", "99999999", "8888", "5"],
                            "IMMUNISATIONS": ["OK", "", "OK", "", "", "OK", ""],
                            "HEALTH_CHECK": filled, "CONVICTED": filled, "TEETH_CHECK": filled,
                            "HEALTH_ASSESSMENT": filled, "SUBSTANCE_MISUSE": filled,
                            "INTERVENTION_RECEIVED": filled, "INTERVENTION_OFFERED": filled])
        #expect(ret.lines(R.r191, in: "OC2") == [1, 6])
        // Child 4 was looked after all year and has no OC2 row: flagged on their first episode.
        #expect(ret.lines(R.r191, in: "Episodes") == [3])
    }

    @Test func sdqExpectedAtFourAndSeventeen() {
        var ret = withEpisodes()
        var episodes = Self.episodes
        episodes += ["9009", "1010"].map {
            ["CHILD": $0, "DECOM": "01/03/1980", "DEC": "31/03/1981", "LS": "o", "REC": "X1", "RNE": "o"]
        }
        ret.rows("Episodes", episodes)
        ret.columns("OC2", [
            "CHILD": ["9999999999", "1", "2", "3333", "99999999", "8888", "5", "9009", "1010"],
            "SDQ_SCORE": ["OK", "", "", "", "", "OK", "", "", ""],
            "SDQ_REASON": ["SDQ1", "", "", "OK", "", "OK", "OK!", "", ""],
            "DOB": ["01/04/1970", "31/03/1964", "31/03/1977", "01/04/1970", "01/04/1970", "01/04/1970",
                    "01/07/1970", "01/01/1977", "09/09/1963"],
        ])
        #expect(ret.lines(R.r197B, in: "OC2") == [1, 2, 7, 8])
    }
}
