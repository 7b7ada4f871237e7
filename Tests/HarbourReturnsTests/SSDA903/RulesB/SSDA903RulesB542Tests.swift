import Testing
@testable import HarbourReturns

@Suite struct SSDA903RulesB542Tests {
    private typealias F = SSDA903FixtureB

    @Test func r542() {
        let ret = F.ret([
            "OC2": [
                ["DOB": "08/03/2020", "CONVICTED": "1"],
                ["DOB": "22/06/2000"],
                ["CONVICTED": "1"],
                ["DOB": "13/10/2000", "CONVICTED": "1"],
                ["DOB": "10/01/2017", "CONVICTED": "1"],
            ],
        ], year: 2020)
        #expect(F.rows(SSDA903Rules.r542, ret, "OC2") == [0, 4])
    }

    @Test func r543() {
        let ret = F.ret([
            "OC2": [
                ["CHILD": "101", "DOB": "08/03/1973"],
                ["CHILD": "102", "DOB": "22/06/1968"],
                ["CHILD": "103"],
                ["CHILD": "104", "DOB": "13/10/1968", "CONVICTED": "1"],
                ["CHILD": "105", "DOB": "10/01/1966"],
                ["CHILD": "106", "DOB": "01/01/1965"],
                ["CHILD": "107", "DOB": "01/01/1965"],
                ["CHILD": "333", "DOB": "01/01/1965"],
            ],
            "Episodes": [
                ["CHILD": "101", "DECOM": "01/03/1980", "DEC": "31/03/1981", "LS": "o", "REC": "X1", "RNE": "o"],
                ["CHILD": "102", "DECOM": "01/03/1980", "DEC": "30/03/1981", "LS": "o", "REC": "X1", "RNE": "o"],
                ["CHILD": "103", "DECOM": "01/03/1980", "DEC": "01/01/1981", "LS": "o", "REC": "X1", "RNE": "o"],
                ["CHILD": "104", "DECOM": "01/02/1970", "LS": "o", "REC": "!!", "RNE": "o"],
                ["CHILD": "105", "DECOM": "01/03/1979", "DEC": "01/01/1981", "LS": "o", "REC": "X1", "RNE": "o"],
                ["CHILD": "105", "DECOM": "01/01/1981", "DEC": "01/01/1983", "LS": "o", "REC": "oo", "RNE": "o"],
                ["CHILD": "106", "DECOM": "01/03/1980", "DEC": "01/01/1982", "LS": "V3", "REC": "X1", "RNE": "o"],
                ["CHILD": "107", "DECOM": "01/03/1980", "DEC": "01/01/1982", "LS": "V3", "REC": "!!", "RNE": "o"],
            ],
        ], year: 1981)
        #expect(F.rows(SSDA903Rules.r543, ret, "OC2") == [1, 4])
    }

    /// An episode with no CHILD is no child's: an OC2 row with no CHILD is not taken to be of a
    /// child looked after all year, in either part's rules.
    @Test func noChildIsNotLookedAfterAllYear() {
        let ret = F.ret([
            "OC2": [["DOB": "01/01/1965"], ["CHILD": "101", "DOB": "01/01/1965"]],
            "Episodes": [
                ["DECOM": "01/03/1980", "LS": "C2", "RNE": "S"],
                ["CHILD": "101", "DECOM": "01/03/1980", "LS": "C2", "RNE": "S"],
            ],
        ], year: 1981)
        #expect(SSDA903Support.continuouslyLookedAfter(ret) == ["101"])
        #expect(F.rows(SSDA903Rules.r543, ret, "OC2") == [1])
        #expect(F.rows(SSDA903Rules.r191, ret, "OC2") == [1])
    }

    @Test func r544() {
        let ret = F.ret([
            "OC2": [
                [:],
                ["CONVICTED": "1"],
                ["CONVICTED": "1"],
                ["CONVICTED": "1"],
                ["CONVICTED": "1", "TEETH_CHECK": "1", "HEALTH_ASSESSMENT": "1"],
                ["CONVICTED": "1"],
                ["CONVICTED": "1"],
                ["CONVICTED": "1"],
                ["CONVICTED": "1"],
                ["CONVICTED": "1", "IMMUNISATIONS": "1", "TEETH_CHECK": "1", "HEALTH_ASSESSMENT": "1", "SUBSTANCE_MISUSE": "1"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r544, ret, "OC2") == [1, 2, 3, 4, 5, 6, 7, 8])
    }

    @Test func r545() {
        let ret = F.ret([
            "OC2": [
                ["CHILD": "101", "DOB": "08/03/1973"],
                ["CHILD": "102", "DOB": "22/06/1977"],
                ["CHILD": "103"],
                ["CHILD": "104", "DOB": "13/10/2000", "HEALTH_CHECK": "1"],
                ["CHILD": "105", "DOB": "10/01/1978"],
                ["CHILD": "106", "DOB": "01/01/1978"],
                ["CHILD": "107", "DOB": "01/01/1978"],
                ["CHILD": "333", "DOB": "01/01/1978"],
            ],
            "Episodes": [
                ["CHILD": "101", "DECOM": "01/03/1980", "DEC": "31/03/1981", "LS": "o", "REC": "X1", "RNE": "o"],
                ["CHILD": "102", "DECOM": "01/03/1980", "DEC": "30/03/1981", "LS": "o", "REC": "X1", "RNE": "o"],
                ["CHILD": "103", "DECOM": "01/03/1980", "DEC": "01/01/1981", "LS": "o", "REC": "X1", "RNE": "o"],
                ["CHILD": "104", "DECOM": "01/02/1970", "LS": "o", "REC": "!!", "RNE": "o"],
                ["CHILD": "105", "DECOM": "01/03/1979", "DEC": "01/01/1981", "LS": "o", "REC": "X1", "RNE": "o"],
                ["CHILD": "105", "DECOM": "01/01/1981", "DEC": "01/01/1983", "LS": "o", "REC": "oo", "RNE": "o"],
                ["CHILD": "106", "DECOM": "01/03/1980", "DEC": "01/01/1982", "LS": "V3", "REC": "X1", "RNE": "o"],
                ["CHILD": "107", "DECOM": "01/03/1980", "DEC": "01/01/1982", "LS": "V3", "REC": "!!", "RNE": "o"],
            ],
        ], year: 1981)
        #expect(F.rows(SSDA903Rules.r545, ret, "OC2") == [1, 4])
    }

    @Test func r546() {
        let ret = F.ret([
            "OC2": [
                ["CHILD": "101", "DOB": "08/03/1963", "HEALTH_CHECK": "1"],
                ["CHILD": "102", "DOB": "22/06/1957", "HEALTH_CHECK": "1"],
                ["CHILD": "103"],
                ["CHILD": "104", "DOB": "13/10/2000", "HEALTH_CHECK": "1"],
                ["CHILD": "105", "DOB": "10/01/1948"],
            ],
            "Episodes": [
                ["CHILD": "101", "DECOM": "01/03/1980", "DEC": "31/03/1981", "LS": "o", "REC": "X1", "RNE": "o"],
                ["CHILD": "102", "DECOM": "01/03/1980", "DEC": "30/03/1981", "LS": "o", "REC": "X1", "RNE": "o"],
                ["CHILD": "103", "DECOM": "01/03/1980", "DEC": "01/01/1981", "LS": "V3", "REC": "X1", "RNE": "o"],
                ["CHILD": "104", "DECOM": "01/02/1970", "LS": "o", "REC": "!!", "RNE": "o"],
                ["CHILD": "105", "DECOM": "01/03/1979", "DEC": "01/01/1981", "LS": "o", "REC": "X1", "RNE": "o"],
            ],
        ], year: 1981)
        #expect(F.rows(SSDA903Rules.r546, ret, "OC2") == [0, 1])
    }

    @Test func r547() {
        let ret = F.ret([
            "OC2": [
                [:],
                ["HEALTH_CHECK": "1"],
                ["HEALTH_CHECK": "1"],
                ["HEALTH_CHECK": "1", "IMMUNISATIONS": "1", "TEETH_CHECK": "1", "HEALTH_ASSESSMENT": "0", "SUBSTANCE_MISUSE": "0"],
                ["HEALTH_CHECK": "1", "TEETH_CHECK": "1", "HEALTH_ASSESSMENT": "1"],
                ["HEALTH_CHECK": "0"],
                ["HEALTH_CHECK": "1", "IMMUNISATIONS": "1", "TEETH_CHECK": "1", "HEALTH_ASSESSMENT": "1", "SUBSTANCE_MISUSE": "1"],
                ["TEETH_CHECK": "1", "HEALTH_ASSESSMENT": "0", "SUBSTANCE_MISUSE": "1"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r547, ret, "OC2") == [1, 2, 4])
    }

    @Test func r550() {
        let ret = F.ret([
            "Episodes": [
                ["PLACE": "P1", "PLACE_PROVIDER": "PR0"],
                ["PLACE": "P0", "PLACE_PROVIDER": "PR2"],
                ["PLACE": "T1", "PLACE_PROVIDER": "PR4"],
                ["PLACE": "T3", "PLACE_PROVIDER": "PR0"],
                ["PLACE": "T1"],
                ["PLACE": "P1", "PLACE_PROVIDER": "PR0"],
                ["PLACE": "P0", "PLACE_PROVIDER": "PR0"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r550, ret, "Episodes") == [3, 6])
    }

    @Test func r551() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "0", "PLACE": "x"],
                ["CHILD": "A", "PLACE": "A3"],
                ["CHILD": "B", "PLACE": "A4"],
                ["CHILD": "C", "PLACE": "A5"],
                ["CHILD": "D", "PLACE": "A6"],
                ["CHILD": "E", "PLACE": "A3"],
                ["CHILD": "F", "PLACE": "A4"],
                ["CHILD": "G", "PLACE": "x"],
                ["CHILD": "H", "PLACE": "A3"],
                ["CHILD": "I", "PLACE": "A5"],
            ],
            "PlacedAdoption": [
                ["CHILD": "A"],
                ["CHILD": "B"],
                ["CHILD": "C"],
                ["CHILD": "D"],
                ["CHILD": "E", "DATE_PLACED": "01/01/2020"],
                ["CHILD": "F", "DATE_PLACED": "15/04/2020"],
                ["CHILD": "G"],
                ["CHILD": "H", "DATE_PLACED": "28th Jan 1930"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r551, ret, "Episodes") == [1, 2, 3, 4, 9])
    }

    @Test func r552() {
        let ret = F.ret([
            "PlacedAdoption": [
                ["DATE_PLACED": "08/03/2020", "CHILD": "104"],
                ["DATE_PLACED": "22/06/2020", "CHILD": "105"],
                ["DATE_PLACED": "13/10/2022", "CHILD": "107"],
                ["DATE_PLACED": "24/10/2021", "CHILD": "108"],
                ["CHILD": "109"],
                ["CHILD": "110"],
                ["DATE_PLACED": "baddate/2021", "CHILD": "111"],
            ],
            "Episodes": [
                ["DECOM": "08/03/2020", "CHILD": "104", "PLACE": "A3"],
                ["DECOM": "22/07/2020", "CHILD": "105", "PLACE": "A4"],
                ["DECOM": "13/10/2021", "CHILD": "107", "PLACE": "A6"],
                ["DECOM": "22/06/2020", "CHILD": "108", "PLACE": "D5"],
                ["DECOM": "26/05/2018", "CHILD": "109", "PLACE": "A3"],
                ["CHILD": "110", "PLACE": "A5"],
                ["DECOM": "01/02/2013", "CHILD": "111", "PLACE": "A4"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r552, ret, "PlacedAdoption") == [2])
        #expect(F.rows(SSDA903Rules.r552, ret, "Episodes") == [2])
    }

    @Test func r553() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "LS": "E1", "DEC": "01/06/2020", "PLACE": "T3"],
                ["CHILD": "222", "LS": "E1", "DEC": "05/06/2020", "PLACE": "P3"],
                ["CHILD": "333", "LS": "T1", "DEC": "06/06/2020", "PLACE": "T3"],
                ["CHILD": "444", "LS": "E1", "PLACE": "T3"],
                ["CHILD": "555", "LS": "E1", "PLACE": "T3"],
                ["CHILD": "777", "LS": "E1", "PLACE": "T3"],
            ],
            "PlacedAdoption": [
                ["CHILD": "111", "DATE_PLACED": "01/06/2020", "DATE_PLACED_CEASED": "01/06/2020", "REASON_PLACED_CEASED": "A"],
                ["CHILD": "222", "DATE_PLACED": "01/06/2020", "DATE_PLACED_CEASED": "01/06/2020"],
                ["CHILD": "333", "DATE_PLACED": "01/06/2020", "DATE_PLACED_CEASED": "01/06/2020", "REASON_PLACED_CEASED": "A"],
                ["CHILD": "123", "DATE_PLACED": "01/06/2020", "DATE_PLACED_CEASED": "01/06/2020", "REASON_PLACED_CEASED": "A"],
                ["CHILD": "555", "DATE_PLACED": "01/06/2020", "REASON_PLACED_CEASED": "A"],
                ["CHILD": "777", "DATE_PLACED_CEASED": "01/06/2020"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r553, ret, "Episodes") == [3])
        #expect(F.rows(SSDA903Rules.r553, ret, "PlacedAdoption") == [4, 5])
    }

    @Test func r554() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "101", "DECOM": "01/01/2020", "LS": "E1"],
                ["CHILD": "101", "DECOM": "11/01/2020", "LS": "T1"],
                ["CHILD": "101", "DECOM": "22/01/2020", "LS": "A3"],
                ["CHILD": "102", "DECOM": "11/01/2020", "LS": "A4"],
                ["CHILD": "102", "DECOM": "01/01/2020", "LS": "U1"],
                ["CHILD": "103", "DECOM": "01/01/2020", "LS": "U1"],
                ["CHILD": "103", "DECOM": "22/07/2020", "LS": "E1"],
                ["CHILD": "103", "DECOM": "11/01/2020", "LS": "T2"],
                ["CHILD": "104", "DECOM": "01/02/2016", "LS": "E1"],
                ["CHILD": "104", "DECOM": "11/01/2020", "LS": "X1"],
                ["CHILD": "104", "DECOM": "01/01/2020", "LS": "A3"],
                ["CHILD": "105", "DECOM": "11/01/2020", "LS": "E1"],
                ["CHILD": "105", "DECOM": "01/01/2020"],
            ],
            "PlacedAdoption": [
                ["CHILD": "101", "DATE_PLACED": "26/05/2022"],
                ["CHILD": "102"],
                ["CHILD": "103", "DATE_PLACED": "26/05/2020"],
                ["CHILD": "104", "DATE_PLACED": "22/01/2020"],
                ["CHILD": "105", "DATE_PLACED": "11/01/2020"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r554, ret, "Episodes") == [0, 8])
        #expect(F.rows(SSDA903Rules.r554, ret, "PlacedAdoption") == [0, 3])
    }

    @Test func r557() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "11", "PLACE": "A3", "LS": "x", "REC": "x"],
                ["CHILD": "202", "PLACE": "x", "LS": "E1", "REC": "x"],
                ["CHILD": "3003", "PLACE": "A4", "LS": "E1", "REC": "E12"],
                ["CHILD": "40004", "PLACE": "x", "LS": "E1", "REC": "EEE"],
                ["CHILD": "5005", "PLACE": "A5", "LS": "x", "REC": "x"],
                ["CHILD": "606", "PLACE": "A6", "LS": "x", "REC": "x"],
                ["CHILD": "77", "PLACE": "x", "LS": "x", "REC": "x"],
                ["CHILD": "8", "PLACE": "A6", "LS": "x", "REC": "X1"],
            ],
            "PlacedAdoption": [
                ["CHILD": "11"],
                ["CHILD": "202", "DATE_PLACED_CEASED": "01/02/2003", "REASON_PLACED_CEASED": "invalid dont matter"],
                ["CHILD": "3003"],
                ["CHILD": "40004"],
                ["CHILD": "606"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r557, ret, "Episodes") == [0, 3, 4, 5])
        #expect(F.rows(SSDA903Rules.r557, ret, "PlacedAdoption") == [0, 3, 4])
    }

    @Test func r558() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "0", "REC": "x"],
                ["CHILD": "A", "REC": "E11"],
                ["CHILD": "B", "REC": "E12"],
                ["CHILD": "C", "REC": "E11"],
                ["CHILD": "D", "REC": "E12"],
                ["CHILD": "E", "REC": "E11"],
                ["CHILD": "F", "REC": "E12"],
                ["CHILD": "G", "REC": "E11"],
                ["CHILD": "H", "REC": "E11"],
                ["CHILD": "I", "REC": "E12"],
            ],
            "PlacedAdoption": [
                ["CHILD": "A"],
                ["CHILD": "B"],
                ["CHILD": "C"],
                ["CHILD": "D", "DATE_PLACED_CEASED": "01/01/2020"],
                ["CHILD": "E", "DATE_PLACED_CEASED": "01/01/2020"],
                ["CHILD": "F", "DATE_PLACED_CEASED": "01/01/2020"],
                ["CHILD": "G", "DATE_PLACED_CEASED": "15/04/2020"],
                ["CHILD": "H"],
                ["CHILD": "D", "DATE_PLACED_CEASED": "28th Jan 1930"],
                ["CHILD": "E", "DATE_PLACED_CEASED": "02/01/1930"],
                ["CHILD": "I", "DATE_PLACED_CEASED": "01/01/1930"],
                ["CHILD": "I", "DATE_PLACED_CEASED": "01/01/1930"],
                ["CHILD": "I", "DATE_PLACED_CEASED": "02/01/1930"],
                ["CHILD": "I"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r558, ret, "Episodes") == [4, 5])
    }

    @Test func r559() {
        let ret = F.ret([
            "PlacedAdoption": [
                ["CHILD": "101", "DATE_PLACED": "26/05/2022"],
                ["CHILD": "102", "DATE_PLACED": "26/05/2021"],
                ["CHILD": "103"],
                ["CHILD": "104", "DATE_PLACED": "01/02/2016"],
                ["CHILD": "105", "DATE_PLACED": "26/05/2019"],
            ],
        ], last: [
            "PlacedAdoption": [
                ["CHILD": "101", "DATE_PLACED": "26/05/2000"],
                ["CHILD": "102"],
                ["CHILD": "103", "DATE_PLACED": "26/05/2000"],
                ["CHILD": "104", "DATE_PLACED": "01/02/2016"],
                ["CHILD": "105"],
            ],
        ], year: 2021)
        #expect(F.rows(SSDA903Rules.r559, ret, "PlacedAdoption") == [4])
    }

    @Test func r560() {
        let ret = F.ret([
            "PlacedAdoption": [
                ["CHILD": "101", "DATE_PLACED_CEASED": "26/05/2000", "DATE_PLACED": "26/05/2019"],
                ["CHILD": "102", "DATE_PLACED_CEASED": "01/07/2018", "DATE_PLACED": "26/05/2000"],
                ["CHILD": "103", "DATE_PLACED_CEASED": "26/05/2000"],
                ["CHILD": "104", "DATE_PLACED_CEASED": "26/05/2017", "DATE_PLACED": "01/02/2016"],
                ["CHILD": "105", "DATE_PLACED": "27/05/2019"],
                ["CHILD": "106", "DATE_PLACED_CEASED": "34rd/Dec/-1000A.D", "DATE_PLACED": "34rd/Dec/-1000A.D"],
                ["CHILD": "107", "DATE_PLACED_CEASED": "different", "DATE_PLACED": "also different"],
            ],
        ], last: [
            "PlacedAdoption": [
                ["CHILD": "101", "DATE_PLACED": "26/05/2000"],
                ["CHILD": "102", "DATE_PLACED_CEASED": "01/07/2018", "DATE_PLACED": "26/05/2000"],
                ["CHILD": "103", "DATE_PLACED_CEASED": "26/05/2000"],
                ["CHILD": "104", "DATE_PLACED_CEASED": "26/05/2017", "DATE_PLACED": "01/02/2016"],
                ["CHILD": "105", "DATE_PLACED": "26/05/2019"],
                ["CHILD": "106", "DATE_PLACED": "34rd/Dec/-1000A.D"],
                ["CHILD": "107", "DATE_PLACED_CEASED": "34rd/Dec/-1000A.D", "DATE_PLACED": "20/20/2020"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r560, ret, "PlacedAdoption") == [0, 4])
    }

    @Test func r561() {
        let ret = F.ret([
            "PlacedAdoption": [
                ["CHILD": "101", "DATE_PLACED_CEASED": "26/05/2000", "DATE_PLACED": "26/05/2019", "REASON_PLACED_CEASED": "xx"],
                ["CHILD": "102", "DATE_PLACED_CEASED": "01/07/2018", "DATE_PLACED": "26/05/2000", "REASON_PLACED_CEASED": "xx"],
                ["CHILD": "103", "DATE_PLACED_CEASED": "26/05/2000", "REASON_PLACED_CEASED": "xx"],
                ["CHILD": "104", "DATE_PLACED_CEASED": "26/05/2017", "DATE_PLACED": "01/02/2016", "REASON_PLACED_CEASED": "xx"],
                ["CHILD": "106", "DATE_PLACED": "26/05/2029", "REASON_PLACED_CEASED": "xx"],
            ],
        ], last: [
            "PlacedAdoption": [
                ["CHILD": "101", "DATE_PLACED": "26/05/2019", "REASON_PLACED_CEASED": "xx"],
                ["CHILD": "102", "DATE_PLACED_CEASED": "01/07/2018", "DATE_PLACED": "26/05/2000", "REASON_PLACED_CEASED": "xx"],
                ["CHILD": "103", "DATE_PLACED_CEASED": "26/05/2000", "REASON_PLACED_CEASED": "xx"],
                ["CHILD": "104", "DATE_PLACED_CEASED": "26/05/2017", "DATE_PLACED": "01/02/2016", "REASON_PLACED_CEASED": "xx"],
                ["CHILD": "105", "DATE_PLACED": "26/05/2019"],
                ["CHILD": "106", "DATE_PLACED_CEASED": "xx", "DATE_PLACED": "01/07/2019", "REASON_PLACED_CEASED": "xx"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r561, ret, "PlacedAdoption") == [0, 1, 3])
    }
}

@Suite struct SSDA903RulesBLastYearTests {
    private typealias F = SSDA903FixtureB

    /// Rules comparing with last year's return fire with it and stay silent without it.
    @Test func needLastYear() {
        let current: [String: F.Rows] = [
            "Episodes": [["CHILD": "1", "DECOM": "01/05/2020", "RNE": "P", "LS": "C2", "CIN": "N1", "PLACE": "U1", "PLACE_PROVIDER": "PR1", "URN": "SC1"]],
            "PlacedAdoption": [["CHILD": "1", "DATE_PLACED": "01/01/2020"], ["CHILD": "2", "DATE_PLACED": "01/06/2020"], ["CHILD": "3", "DATE_PLACED": "01/03/2020"]],
            "OC3": [["CHILD": "1", "IN_TOUCH": "YES"]],
        ]
        let last: [String: F.Rows] = [
            "Episodes": [["CHILD": "1", "DECOM": "01/01/2020", "RNE": "S", "LS": "C1", "CIN": "N2", "PLACE": "U4", "PLACE_PROVIDER": "PR2", "URN": "SC2"]],
            "PlacedAdoption": [["CHILD": "1"], ["CHILD": "2", "DATE_PLACED": "01/02/2020"], ["CHILD": "3", "DATE_PLACED": "01/03/2020", "DATE_PLACED_CEASED": "01/04/2020"]],
            "OC3": [["CHILD": "1", "IN_TOUCH": "DIED"]],
        ]
        let withLast = F.ret(current, last: last, year: 2021)
        let withoutLast = F.ret(current, year: 2021)
        let rules = [SSDA903Rules.r348, SSDA903Rules.r502, SSDA903Rules.r503A, SSDA903Rules.r503B, SSDA903Rules.r503C, SSDA903Rules.r503D,
                     SSDA903Rules.r503E, SSDA903Rules.r503F, SSDA903Rules.r559, SSDA903Rules.r560, SSDA903Rules.r561]
        for rule in rules {
            #expect(rule.run(withLast).count == 1, "\(rule.code)")
            #expect(rule.run(withoutLast).isEmpty, "\(rule.code)")
        }
        #expect(F.rows(SSDA903Rules.r559, withLast, "PlacedAdoption") == [0])
        #expect(F.rows(SSDA903Rules.r560, withLast, "PlacedAdoption") == [1])
        #expect(F.rows(SSDA903Rules.r561, withLast, "PlacedAdoption") == [2])
    }
}
