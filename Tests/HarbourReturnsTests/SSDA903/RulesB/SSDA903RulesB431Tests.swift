import Testing
@testable import HarbourReturns

@Suite struct SSDA903RulesB431Tests {
    private typealias F = SSDA903FixtureB

    @Test func r431() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "RNE": "S", "DECOM": "01/06/2020", "DEC": "04/06/2020"],
                ["CHILD": "111", "RNE": "S", "DECOM": "05/06/2020", "DEC": "06/06/2020"],
                ["CHILD": "111", "RNE": "T", "DECOM": "06/06/2020", "DEC": "08/06/2020"],
                ["CHILD": "111", "RNE": "S", "DECOM": "08/06/2020", "DEC": "05/06/2020"],
                ["CHILD": "222", "RNE": "S", "DECOM": "05/06/2020", "DEC": "06/06/2020"],
                ["CHILD": "333", "RNE": "S", "DECOM": "06/06/2020", "DEC": "07/06/2020"],
                ["CHILD": "333", "RNE": "S", "DECOM": "10/06/2020"],
                ["CHILD": "444", "RNE": "S", "DECOM": "08/06/2020", "DEC": "09/06/2020"],
                ["CHILD": "444", "RNE": "S", "DECOM": "09/06/2020", "DEC": "10/06/2020"],
                ["CHILD": "444", "RNE": "S", "DECOM": "15/06/2020"],
                ["CHILD": "555", "RNE": "S", "DECOM": "11/06/2020", "DEC": "12/06/2020"],
                ["CHILD": "6666", "RNE": "S", "DECOM": "12/06/2020", "DEC": "13/06/2020"],
                ["CHILD": "6666", "RNE": "S", "DECOM": "13/06/2020", "DEC": "14/06/2020"],
                ["CHILD": "6666", "RNE": "S", "DECOM": "14/06/2020", "DEC": "15/06/2020"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r431, ret, "Episodes") == [3, 8, 12, 13])
    }

    @Test func r432() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "RNE": "P", "DECOM": "01/06/2020", "REC": "E2"],
                ["CHILD": "111", "RNE": "P", "DECOM": "05/06/2020", "REC": "E3"],
                ["CHILD": "111", "RNE": "T", "DECOM": "06/06/2020", "REC": "E3"],
                ["CHILD": "111", "RNE": "S", "DECOM": "08/06/2020"],
                ["CHILD": "222", "RNE": "S", "DECOM": "05/06/2020", "REC": "E3"],
                ["CHILD": "333", "RNE": "B", "DECOM": "06/06/2020", "REC": "E3"],
                ["CHILD": "333", "RNE": "U", "DECOM": "10/06/2020"],
                ["CHILD": "444", "RNE": "S", "DECOM": "07/06/2020", "REC": "E3"],
                ["CHILD": "444", "RNE": "S", "DECOM": "08/06/2020", "REC": "E3"],
                ["CHILD": "444", "RNE": "T", "DECOM": "09/06/2020", "REC": "E3"],
                ["CHILD": "444", "RNE": "S", "DECOM": "15/06/2020", "REC": "E3"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r432, ret, "Episodes") == [1, 2, 6, 9])
    }

    @Test func r433() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "101", "DECOM": "20/10/2021", "RNE": "S", "DEC": "20/11/2021"],
                ["CHILD": "102", "DECOM": "19/11/2021", "RNE": "P"],
                ["CHILD": "102", "DECOM": "17/06/2021", "RNE": "P", "DEC": "19/11/2021"],
                ["CHILD": "103", "DECOM": "04/04/2020", "RNE": "B", "DEC": "12/09/2020"],
                ["CHILD": "103", "DECOM": "11/09/2020", "RNE": "B", "DEC": "06/05/2021"],
                ["CHILD": "103", "DECOM": "07/05/2021", "RNE": "B"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r433, ret, "Episodes") == [4, 5])
    }

    @Test func r434() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/01/2020", "RNE": "L", "LS": "--", "PL_POST": "ooo", "URN": "---", "PLACE": "---", "PLACE_PROVIDER": "---"],
                ["CHILD": "111", "DECOM": "01/02/2020", "RNE": "P", "LS": "--", "PL_POST": "ooo", "URN": "---", "PLACE": "---", "PLACE_PROVIDER": "---"],
                ["CHILD": "111", "DECOM": "01/12/2020", "RNE": "L", "LS": "--", "PL_POST": "ooo", "URN": "---", "PLACE": "---", "PLACE_PROVIDER": "---"],
                ["CHILD": "111", "DECOM": "01/03/2020", "RNE": "P", "LS": "--", "PL_POST": "ooo", "URN": "---", "PLACE": "---", "PLACE_PROVIDER": "---"],
                ["CHILD": "222", "DECOM": "01/01/2020", "RNE": "L", "LS": "--", "PL_POST": "---", "URN": "---", "PLACE": "---", "PLACE_PROVIDER": "---"],
                ["CHILD": "222", "DECOM": "01/02/2020", "RNE": "L", "LS": "xx", "PL_POST": "---", "URN": "---", "PLACE": "---", "PLACE_PROVIDER": "---"],
                ["CHILD": "222", "DECOM": "01/03/2020", "RNE": "L", "LS": "oo", "PL_POST": "---", "URN": "xxx", "PLACE": "---", "PLACE_PROVIDER": "---"],
                ["CHILD": "222", "DECOM": "01/04/2020", "RNE": "L", "LS": "oo", "PL_POST": "xxx", "URN": "xxx", "PLACE": "---", "PLACE_PROVIDER": "---"],
                ["CHILD": "333", "DECOM": "01/03/2020", "RNE": "P", "LS": "C1", "PL_POST": "---", "PLACE": "---", "PLACE_PROVIDER": "---"],
                ["CHILD": "333", "DECOM": "01/04/2020", "RNE": "L", "LS": "C2", "PL_POST": "---", "PLACE": "---", "PLACE_PROVIDER": "---"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r434, ret, "Episodes") == [2, 6, 7])
    }

    @Test func r435() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/06/2020", "RNE": "P", "LS": "L1", "PL_POST": "XX1", "URN": "SC112", "PLACE": "R1", "PLACE_PROVIDER": "PR1"],
                ["CHILD": "111", "DECOM": "03/06/2020", "RNE": "P", "LS": "L1", "PL_POST": "XX3", "URN": "SC112", "PLACE": "R1", "PLACE_PROVIDER": "PR1"],
                ["CHILD": "111", "DECOM": "04/06/2020", "RNE": "P", "LS": "L1", "PL_POST": "XX3", "URN": "SC112", "PLACE": "R1", "PLACE_PROVIDER": "PR1"],
                ["CHILD": "111", "DECOM": "05/06/2020", "RNE": "P", "LS": "L1", "PL_POST": "XX1", "URN": "SC112", "PLACE": "R1", "PLACE_PROVIDER": "PR1"],
                ["CHILD": "222", "DECOM": "07/06/2020", "RNE": "P", "LS": "L1", "PL_POST": "XX1", "URN": "SC112", "PLACE": "R1", "PLACE_PROVIDER": "PR4"],
                ["CHILD": "222", "DECOM": "08/06/2020", "RNE": "P", "LS": "L1", "PL_POST": "XX1", "URN": "SC112", "PLACE": "R1", "PLACE_PROVIDER": "PR1"],
                ["CHILD": "222", "DECOM": "09/06/2020", "RNE": "P", "LS": "L3", "PL_POST": "XX1", "URN": "SC112", "PLACE": "R1", "PLACE_PROVIDER": "PR1"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r435, ret, "Episodes") == [2, 6])
    }

    @Test func r436() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "11", "DECOM": "03/06/2020", "RNE": "P", "LS": "P", "PLACE": "X1", "PL_POST": "X1", "URN": "R", "PLACE_PROVIDER": "b"],
                ["CHILD": "11", "DECOM": "05/06/2020", "RNE": "U", "LS": "X", "PLACE": "X1", "PL_POST": "X1", "URN": "a", "PLACE_PROVIDER": "b"],
                ["CHILD": "11", "DECOM": "06/06/2020", "RNE": "B", "LS": "P", "PLACE": "X1", "PL_POST": "X1", "URN": "a", "PLACE_PROVIDER": "b"],
                ["CHILD": "11", "DECOM": "08/06/2020", "RNE": "U", "LS": "X", "PLACE": "X1", "PL_POST": "TT", "URN": "a", "PLACE_PROVIDER": "b"],
                ["CHILD": "22", "DECOM": "05/06/2020", "RNE": "U", "LS": "P", "PL_POST": "X1", "URN": "a", "PLACE_PROVIDER": "b"],
                ["CHILD": "33", "DECOM": "06/06/2020", "RNE": "P", "LS": "P", "PLACE": "E11", "PL_POST": "X1", "URN": "a", "PLACE_PROVIDER": "b"],
                ["CHILD": "33", "DECOM": "07/06/2020", "RNE": "B", "PL_POST": "X1", "URN": "a", "PLACE_PROVIDER": "b"],
                ["CHILD": "44", "DECOM": "08/06/2020", "RNE": "T", "LS": "P", "PLACE": "X1", "PL_POST": "X1", "URN": "a", "PLACE_PROVIDER": "b"],
                ["CHILD": "44", "DECOM": "09/06/2020", "RNE": "B", "LS": "P", "PLACE": "E11", "PL_POST": "X1", "URN": "a", "PLACE_PROVIDER": "b"],
                ["CHILD": "44", "DECOM": "15/06/2020", "RNE": "B", "LS": "P", "PL_POST": "X1", "URN": "a", "PLACE_PROVIDER": "b"],
                ["CHILD": "55", "DECOM": "11/06/2020", "RNE": "P", "LS": "P", "PLACE": "X1", "PL_POST": "X1", "URN": "a", "PLACE_PROVIDER": "b"],
                ["CHILD": "66", "DECOM": "12/06/2020", "RNE": "P", "LS": "P", "PLACE": "X1", "PL_POST": "X1", "URN": "a", "PLACE_PROVIDER": "b"],
                ["CHILD": "66", "DECOM": "13/06/2020", "RNE": "P", "LS": "P", "PLACE": "X1", "PL_POST": "X1", "URN": "a", "PLACE_PROVIDER": "b"],
                ["CHILD": "66", "DECOM": "14/06/2020", "RNE": "B", "LS": "X", "PLACE": "X1", "PL_POST": "X1", "URN": "a", "PLACE_PROVIDER": "b"],
                ["CHILD": "66", "DECOM": "15/06/2020", "RNE": "P", "LS": "P", "PLACE": "X1", "PL_POST": "X1", "URN": "a", "PLACE_PROVIDER": "b"],
                ["CHILD": "77", "DECOM": "16/06/2020", "RNE": "P", "LS": "P", "PLACE": "X1", "PL_POST": "X1", "URN": "a", "PLACE_PROVIDER": "b"],
                ["CHILD": "77", "DECOM": "17/06/2020", "RNE": "B", "LS": "P", "PLACE": "X1", "PL_POST": "X1", "URN": "a", "PLACE_PROVIDER": "b"],
                ["CHILD": "77", "DECOM": "18/06/2020", "RNE": "P", "PL_POST": "X1", "URN": "a", "PLACE_PROVIDER": "b"],
                ["CHILD": "99", "DECOM": "31/06/2020", "RNE": "P", "PL_POST": "X1", "URN": "a", "PLACE_PROVIDER": "b"],
                ["CHILD": "12", "RNE": "U", "PL_POST": "X1", "URN": "a", "PLACE_PROVIDER": "b"],
                ["RNE": "U", "PL_POST": "X1", "URN": "a", "PLACE_PROVIDER": "b"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r436, ret, "Episodes") == [2, 8, 9, 13, 16])
    }

    @Test func r437() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "101", "DECOM": "20/10/2021", "REC": "E2"],
                ["CHILD": "102", "DECOM": "19/11/2021", "REC": "E15"],
                ["CHILD": "102", "DECOM": "17/06/2021", "REC": "X1"],
                ["CHILD": "103", "DECOM": "04/04/2020", "REC": "X1"],
                ["CHILD": "103", "DECOM": "11/09/2020", "REC": "E15"],
                ["CHILD": "103", "DECOM": "07/05/2021"],
                ["CHILD": "104", "DECOM": "15/02/2020", "REC": "X1"],
                ["CHILD": "104", "DECOM": "09/04/2020", "REC": "E4a"],
                ["CHILD": "104", "DECOM": "24/09/2020", "REC": "X1"],
                ["CHILD": "104", "DECOM": "30/06/2021"],
                ["CHILD": "105", "REC": "E2"],
                ["CHILD": "105", "DECOM": "20/12/2020", "REC": "X1"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r437, ret, "Episodes") == [4])
    }

    @Test func r440() {
        let ret = F.ret([
            "Reviews": [
                ["DOB": "01/01/2004", "REVIEW": "31/12/2007", "REVIEW_CODE": "PN0"],
                ["DOB": "01/01/2006", "REVIEW": "01/01/2007", "REVIEW_CODE": "PN0"],
                ["DOB": "01/01/2007", "REVIEW_CODE": "PN0"],
                ["DOB": "01/01/2008", "REVIEW": "01/01/2013", "REVIEW_CODE": "PN0"],
                ["DOB": "01/01/2010", "REVIEW": "01/01/2015", "REVIEW_CODE": "PN0"],
                ["DOB": "01/01/2012", "REVIEW": "01/01/2014", "REVIEW_CODE": "PN0"],
                ["DOB": "01/01/2014", "REVIEW": "01/01/2020", "REVIEW_CODE": "PN1"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r440, ret, "Reviews") == [3, 4])
    }

    @Test func r441() {
        let ret = F.ret([
            "Reviews": [
                ["DOB": "01/01/2004", "REVIEW": "31/12/2008", "REVIEW_CODE": "PN1"],
                ["DOB": "01/01/2006", "REVIEW": "01/01/2012", "REVIEW_CODE": "PN2"],
                ["DOB": "01/01/2007", "REVIEW_CODE": "PN3"],
                ["DOB": "01/01/2008", "REVIEW": "01/01/2009", "REVIEW_CODE": "PN4"],
                ["DOB": "01/01/2010", "REVIEW": "01/01/2012", "REVIEW_CODE": "PN5"],
                ["DOB": "01/01/2012", "REVIEW": "01/01/2017", "REVIEW_CODE": "PN6"],
                ["DOB": "01/01/2014", "REVIEW": "01/01/2021", "REVIEW_CODE": "PN7"],
                ["DOB": "01/06/2014", "REVIEW": "01/01/2015", "REVIEW_CODE": "PN0"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r441, ret, "Reviews") == [3, 4])
    }

    @Test func r442() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "101"],
                ["CHILD": "102", "LS": "L4"],
                ["CHILD": "103"],
                ["CHILD": "104", "LS": "L4"],
                ["CHILD": "105", "LS": "L1"],
                ["CHILD": "106", "LS": "V4"],
                ["CHILD": "108", "LS": "V3"],
                ["CHILD": "999", "LS": "XO"],
            ],
            "Header": [
                ["CHILD": "101"],
                ["CHILD": "102", "UPN": "H801200001001"],
                ["CHILD": "103", "UPN": "UN1"],
                ["CHILD": "104", "UPN": "UN2"],
                ["CHILD": "105"],
                ["CHILD": "106", "UPN": "UN3"],
                ["CHILD": "108"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r442, ret, "Header") == [0, 4])
    }

    @Test func r444() {
        let ret = F.ret([
            "Header": [
                ["UPN": "UN1"],
                ["UPN": "UN2"],
                ["UPN": "UN3"],
                ["UPN": "UN4"],
                ["UPN": "UN5"],
                ["UPN": "UN1"],
                ["UPN": "SINGLE1"],
                ["UPN": "DUPLICATE1"],
                ["UPN": "DUPLICATE1"],
                ["UPN": "DUPLICATE2"],
                ["UPN": "DUPLICATE2"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r444, ret, "Header") == [7, 8, 9, 10])
    }

    @Test func r446() {
        let ret = F.ret([
            "Episodes": [
                ["LS": "E1", "DECOM": "01/12/2005"],
                ["LS": "E1", "DECOM": "15/05/2012"],
                ["LS": "E1"],
                ["LS": "E1", "DECOM": "20/09/2004"],
                ["LS": "E1", "DECOM": "01/10/2005"],
                ["LS": "C1", "DECOM": "20/02/2005"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r446, ret, "Episodes") == [3, 4])
    }

    @Test func r460() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "101", "REC": "E17", "DEC": "16/03/2023"],
                ["CHILD": "102", "REC": "E17", "DEC": "17/06/2020"],
                ["CHILD": "101", "REC": "X1", "DEC": "20/03/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "REC": "E17", "DEC": "23/08/2020"],
                ["CHILD": "104", "REC": "E17", "DEC": "23/08/2020"],
            ],
            "Header": [
                ["CHILD": "101", "DOB": "16/03/2005"],
                ["CHILD": "102", "DOB": "23/09/2002"],
                ["CHILD": "103", "DOB": "31/12/2000"],
                ["CHILD": "104"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r460, ret, "Episodes") == [1])
    }

    @Test func r501() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/06/2020", "DEC": "04/06/2020"],
                ["CHILD": "111", "DECOM": "02/06/2020", "DEC": "06/06/2020"],
                ["CHILD": "111", "DECOM": "06/06/2020"],
                ["CHILD": "111", "DECOM": "08/06/2020", "DEC": "09/06/2020"],
                ["CHILD": "222", "DECOM": "10/06/2020", "DEC": "11/06/2020"],
                ["CHILD": "333", "DECOM": "04/06/2020", "DEC": "07/06/2020"],
                ["CHILD": "333", "DECOM": "05/06/2020"],
                ["CHILD": "444", "DECOM": "08/06/2020", "DEC": "09/06/2020"],
                ["CHILD": "444", "DECOM": "08/06/2020", "DEC": "10/06/2020"],
                ["CHILD": "444", "DECOM": "15/06/2020"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r501, ret, "Episodes") == [1, 6, 8])
    }

    @Test func r502() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/06/2020"],
                ["CHILD": "111", "DECOM": "05/06/2020"],
                ["CHILD": "111", "DECOM": "06/06/2020"],
                ["CHILD": "123", "DECOM": "08/06/2020"],
                ["CHILD": "222", "DECOM": "05/06/2020"],
                ["CHILD": "333", "DECOM": "06/06/2020"],
                ["CHILD": "333", "DECOM": "07/06/2020"],
                ["CHILD": "444", "DECOM": "08/06/2020"],
                ["CHILD": "444", "DECOM": "09/06/2020"],
                ["CHILD": "444", "DECOM": "15/06/2020"],
                ["CHILD": "555", "DECOM": "15/06/2020"],
            ],
        ], last: [
            "Episodes": [
                ["CHILD": "111", "DECOM": "05/06/2020"],
                ["CHILD": "123", "DECOM": "08/06/2020"],
                ["CHILD": "222", "DECOM": "09/06/2020"],
                ["CHILD": "333", "DECOM": "06/06/2020", "DEC": "05/06/2020"],
                ["CHILD": "333", "DECOM": "07/06/2020", "DEC": "05/06/2020"],
                ["CHILD": "444", "DECOM": "08/06/2020", "DEC": "05/06/2020"],
                ["CHILD": "444", "DECOM": "09/06/2020", "DEC": "05/06/2020"],
                ["CHILD": "444", "DECOM": "19/06/2020"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r502, ret, "Episodes") == [0, 4, 7])
    }

    @Test func r503A() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/06/2020", "RNE": "L"],
                ["CHILD": "111", "DECOM": "05/06/2020", "RNE": "L"],
                ["CHILD": "111", "DECOM": "06/06/2020", "RNE": "L"],
                ["CHILD": "123", "DECOM": "08/06/2020", "RNE": "L"],
                ["CHILD": "222", "DECOM": "05/06/2020", "RNE": "L"],
                ["CHILD": "333", "DECOM": "06/06/2020", "RNE": "L"],
                ["CHILD": "333", "DECOM": "07/06/2020", "RNE": "L"],
                ["CHILD": "444", "DECOM": "08/06/2020", "RNE": "L"],
            ],
        ], last: [
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/06/2020", "RNE": "S"],
                ["CHILD": "123", "DECOM": "08/06/2020", "RNE": "P"],
                ["CHILD": "222", "DECOM": "05/06/2020", "RNE": "L"],
                ["CHILD": "333", "DECOM": "06/06/2020", "RNE": "R"],
                ["CHILD": "444", "DECOM": "08/06/2020", "RNE": "L"],
                ["CHILD": "444", "DECOM": "09/06/2020", "RNE": "L"],
                ["CHILD": "444", "DECOM": "19/06/2020", "RNE": "L"],
            ],
        ], year: 2022)
        #expect(F.rows(SSDA903Rules.r503A, ret, "Episodes") == [0, 3, 5])
    }

    @Test func r503B() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/06/2020", "LS": "L"],
                ["CHILD": "111", "DECOM": "05/06/2020", "LS": "L"],
                ["CHILD": "111", "DECOM": "06/06/2020", "LS": "L"],
                ["CHILD": "123", "DECOM": "08/06/2020", "LS": "L"],
                ["CHILD": "222", "DECOM": "05/06/2020", "LS": "L"],
                ["CHILD": "333", "DECOM": "06/06/2020", "LS": "L"],
                ["CHILD": "333", "DECOM": "07/06/2020", "LS": "L"],
                ["CHILD": "444", "DECOM": "08/06/2020", "LS": "L"],
            ],
        ], last: [
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/06/2020", "LS": "L"],
                ["CHILD": "123", "DECOM": "08/06/2020", "LS": "E1"],
                ["CHILD": "222", "DECOM": "05/06/2020", "LS": "L"],
                ["CHILD": "333", "DECOM": "06/06/2020", "LS": "R"],
                ["CHILD": "444", "DECOM": "08/06/2020", "LS": "L"],
                ["CHILD": "444", "DECOM": "09/06/2020", "LS": "L"],
                ["CHILD": "444", "DECOM": "19/06/2020", "LS": "L"],
            ],
        ], year: 2022)
        #expect(F.rows(SSDA903Rules.r503B, ret, "Episodes") == [3, 5])
    }

    @Test func r503C() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/06/2020", "CIN": "N1"],
                ["CHILD": "111", "DECOM": "05/06/2020", "CIN": "N2"],
                ["CHILD": "111", "DECOM": "06/06/2020", "CIN": "N3"],
                ["CHILD": "123", "DECOM": "08/06/2020", "CIN": "N4"],
                ["CHILD": "222", "DECOM": "05/06/2020", "CIN": "N5"],
                ["CHILD": "333", "DECOM": "06/06/2020", "CIN": "N6"],
                ["CHILD": "333", "DECOM": "07/06/2020", "CIN": "N7"],
                ["CHILD": "444", "DECOM": "03/06/2020", "CIN": "N3"],
            ],
        ], last: [
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/06/2020"],
                ["CHILD": "123", "DECOM": "08/06/2020", "CIN": "N4"],
                ["CHILD": "222", "DECOM": "05/06/2020", "CIN": "L"],
                ["CHILD": "333", "DECOM": "06/06/2020"],
                ["CHILD": "444", "DECOM": "08/06/2020", "CIN": "L"],
                ["CHILD": "444", "DECOM": "09/06/2020", "CIN": "L"],
                ["CHILD": "444", "DECOM": "19/06/2020", "CIN": "L"],
            ],
        ], year: 2022)
        #expect(F.rows(SSDA903Rules.r503C, ret, "Episodes") == [0, 4, 5, 7])
    }

    @Test func r503D() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/06/2020", "PLACE": "T1"],
                ["CHILD": "111", "DECOM": "05/06/2020", "PLACE": "T2"],
                ["CHILD": "111", "DECOM": "06/06/2020", "PLACE": "T3"],
                ["CHILD": "123", "DECOM": "08/06/2020", "PLACE": "T4"],
                ["CHILD": "222", "DECOM": "05/06/2020", "PLACE": "T5"],
                ["CHILD": "333", "DECOM": "06/06/2020", "PLACE": "T6"],
                ["CHILD": "333", "DECOM": "07/06/2020", "PLACE": "T7"],
                ["CHILD": "444", "DECOM": "08/06/2020", "PLACE": "T3"],
                ["CHILD": "555", "DECOM": "08/06/2020", "PLACE": "Z13"],
                ["CHILD": "888", "DECOM": "08/06/2020", "PLACE": "Z14"],
                ["CHILD": "999", "DECOM": "08/06/2020", "PLACE": "H3"],
            ],
        ], last: [
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/06/2020"],
                ["CHILD": "123", "DECOM": "08/06/2020", "PLACE": "N4"],
                ["CHILD": "222", "DECOM": "05/06/2020", "PLACE": "L"],
                ["CHILD": "333", "DECOM": "06/06/2020"],
                ["CHILD": "444", "DECOM": "08/06/2020", "PLACE": "L"],
                ["CHILD": "444", "DECOM": "09/06/2020", "PLACE": "L"],
                ["CHILD": "444", "DECOM": "19/06/2020", "PLACE": "L"],
                ["CHILD": "555", "DECOM": "19/06/2020", "PLACE": "Z1"],
                ["CHILD": "888", "DECOM": "08/06/2020", "PLACE": "Z1"],
                ["CHILD": "999", "DECOM": "08/06/2020", "PLACE": "H5"],
            ],
        ], year: 2026)
        #expect(F.rows(SSDA903Rules.r503D, ret, "Episodes") == [0, 3, 4, 5, 7, 10])
    }

    @Test func r503E() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/06/2020", "PLACE_PROVIDER": "PR1"],
                ["CHILD": "111", "DECOM": "05/06/2020", "PLACE_PROVIDER": "PR2"],
                ["CHILD": "111", "DECOM": "06/06/2020", "PLACE_PROVIDER": "PR3"],
                ["CHILD": "123", "DECOM": "08/06/2020", "PLACE_PROVIDER": "PR4"],
                ["CHILD": "222", "DECOM": "05/06/2020", "PLACE_PROVIDER": "PR5"],
                ["CHILD": "333", "DECOM": "06/06/2020", "PLACE_PROVIDER": "PR0"],
                ["CHILD": "333", "DECOM": "07/06/2020", "PLACE_PROVIDER": "PR1"],
                ["CHILD": "444", "DECOM": "05/06/2020", "PLACE_PROVIDER": "PR3"],
            ],
        ], last: [
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/06/2020"],
                ["CHILD": "123", "DECOM": "08/06/2020", "PLACE_PROVIDER": "PR4"],
                ["CHILD": "222", "DECOM": "05/06/2020", "PLACE_PROVIDER": "PR2"],
                ["CHILD": "333", "DECOM": "06/06/2020"],
                ["CHILD": "444", "DECOM": "08/06/2020", "PLACE_PROVIDER": "PR1"],
                ["CHILD": "444", "DECOM": "09/06/2020", "PLACE_PROVIDER": "PR0"],
                ["CHILD": "444", "DECOM": "19/06/2020", "PLACE_PROVIDER": "PR2"],
            ],
        ], year: 2022)
        #expect(F.rows(SSDA903Rules.r503E, ret, "Episodes") == [0, 4, 5, 7])
    }

    @Test func r503F() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/06/2020", "URN": "SC055123"],
                ["CHILD": "111", "DECOM": "05/06/2020", "URN": "SC055123"],
                ["CHILD": "111", "DECOM": "06/06/2020", "URN": "SC055123"],
                ["CHILD": "123", "DECOM": "08/06/2020", "URN": "SC055123"],
                ["CHILD": "222", "DECOM": "05/06/2020", "URN": "SC055123"],
                ["CHILD": "333", "DECOM": "06/06/2020", "URN": "SC055123"],
                ["CHILD": "333", "DECOM": "07/06/2020", "URN": "SC055123"],
                ["CHILD": "444", "DECOM": "07/06/2020", "URN": "SC055123"],
            ],
        ], last: [
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/06/2020"],
                ["CHILD": "123", "DECOM": "08/06/2020", "URN": "SC055123"],
                ["CHILD": "222", "DECOM": "05/06/2020", "URN": "XXX"],
                ["CHILD": "333", "DECOM": "06/06/2020"],
                ["CHILD": "444", "DECOM": "08/06/2020", "URN": "XXX"],
                ["CHILD": "444", "DECOM": "09/06/2020", "URN": "SC055123"],
                ["CHILD": "444", "DECOM": "19/06/2020", "URN": "SC055123"],
            ],
        ], year: 2022)
        #expect(F.rows(SSDA903Rules.r503F, ret, "Episodes") == [0, 4, 5])
    }

    @Test func r504() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/06/2020", "DEC": "04/06/2020", "REC": "X1", "CIN": "N1"],
                ["CHILD": "111", "DECOM": "04/06/2020", "DEC": "06/06/2020", "REC": "X1", "CIN": "N2"],
                ["CHILD": "111", "DECOM": "06/06/2020", "REC": "X1", "CIN": "N3"],
                ["CHILD": "111", "DECOM": "08/06/2020", "DEC": "09/06/2020", "REC": "X1", "CIN": "N2"],
                ["CHILD": "222", "DECOM": "10/06/2020", "DEC": "11/06/2020", "REC": "X1", "CIN": "N3"],
                ["CHILD": "333", "DECOM": "04/06/2020", "DEC": "07/06/2020", "REC": "X1", "CIN": "N4"],
                ["CHILD": "333", "DECOM": "07/06/2020", "REC": "X1", "CIN": "N1"],
                ["CHILD": "444", "DECOM": "08/06/2020", "DEC": "09/06/2020", "REC": "X1", "CIN": "N2"],
                ["CHILD": "444", "DECOM": "08/06/2020", "DEC": "10/06/2020", "REC": "X1", "CIN": "N3"],
                ["CHILD": "444", "DECOM": "10/06/2020", "REC": "X1", "CIN": "N4"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r504, ret, "Episodes") == [1, 2, 6, 9])
    }
}
