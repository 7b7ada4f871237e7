import Testing
@testable import HarbourReturns

@Suite struct SSDA903RulesB392Tests {
    private typealias F = SSDA903FixtureB

    @Test func r392b() {
        let rows: [(String, String, String, String)] = [
            ("111", "L1", "XX1", "XX1"), ("222", "L1", "XX1", ""), ("222", "V3", "", "XX1"), ("333", "L1", "XX1", ""),
            ("333", "V4", "XX1", "XX1"), ("345", "L1", "XX1", ""), ("444", "L1", "XX1", "XX1"), ("444", "V3", "", ""),
        ]
        let episodes = rows.map { ["CHILD": $0.0, "LS": $0.1, "HOME_POST": $0.2, "PL_POST": $0.3] }
        let ret = F.ret(["Episodes": episodes, "UASC": [["CHILD": "111"]]], last: ["UASC": [["CHILD": "444"]]])
        #expect(F.rows(SSDA903Rules.r392b, ret, "Episodes") == [1, 3, 5])
        let lastOnly = F.ret(["Episodes": episodes], last: ["UASC": [["CHILD": "222", "DUC": "01/01/1990"]]])
        #expect(F.rows(SSDA903Rules.r392b, lastOnly, "Episodes") == [3, 5])
    }

    @Test func r392d() {
        let ret = F.ret([
            "Episodes": [
                ["PLACE": "P2", "PL_POST": "BN20", "HOME_POST": "BN20"],
                ["PLACE": "P1", "PL_POST": "BN20", "HOME_POST": "BN20"],
                ["PLACE": "P2", "PL_POST": "BN21", "HOME_POST": "BN20"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r392d, ret, "Episodes") == [0])
    }

    @Test func r393() {
        let ret = F.ret([
            "Header": [
                ["CHILD": "101", "SEX": "F", "MOTHER": "1"],
                ["CHILD": "102", "SEX": "M"],
                ["CHILD": "103", "SEX": "F", "MOTHER": "0"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "105", "SEX": "F"],
            ],
            "Episodes": [
                ["CHILD": "101", "LS": "C2"],
                ["CHILD": "102", "LS": "C2"],
                ["CHILD": "103", "LS": "c2"],
                ["CHILD": "104", "LS": "C1"],
                ["CHILD": "105", "LS": "v4"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r393, ret, "Header") == [3])
    }

    @Test func r398() {
        let ret = F.ret([
            "Episodes": [
                ["HOME_POST": "AB1 0JD", "LS": "V3", "PL_POST": "AB1 0JD"],
                ["HOME_POST": "invalid", "LS": "U1", "PL_POST": "AB1 0JD"],
                ["HOME_POST": "AB1 0JD", "LS": "V4"],
                ["HOME_POST": "invalid", "LS": "T1", "PL_POST": "invalid"],
                ["HOME_POST": "AB10JD", "LS": "U1", "PL_POST": "AB1 0JD"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r398, ret, "Episodes") == [0, 2])
    }

    @Test func r399() {
        let ret = F.ret([
            "Header": [
                ["CHILD": "101", "MOTHER": "0"],
                ["CHILD": "102", "MOTHER": "0"],
                ["CHILD": "103"],
                ["CHILD": "104"],
                ["CHILD": "105", "MOTHER": "1"],
                ["CHILD": "106", "MOTHER": "0"],
                ["CHILD": "108", "MOTHER": "1"],
                ["CHILD": "109"],
            ],
            "Reviews": [
                ["CHILD": "101", "REVIEW": "31/12/2008", "REVIEW_CODE": "PN1"],
                ["CHILD": "102", "REVIEW": "01/01/2012", "REVIEW_CODE": "PN2"],
                ["CHILD": "103"],
                ["CHILD": "104", "REVIEW": "01/01/2009", "REVIEW_CODE": "PN4"],
                ["CHILD": "105", "REVIEW": "01/01/2012", "REVIEW_CODE": "PN5"],
                ["CHILD": "106", "REVIEW": "01/01/2017", "REVIEW_CODE": "PN6"],
                ["CHILD": "108", "REVIEW": "01/01/2021", "REVIEW_CODE": "PN7"],
                ["CHILD": "109", "REVIEW": "01/01/2015", "REVIEW_CODE": "PN0"],
            ],
            "Episodes": [
                ["CHILD": "101", "LS": "V4"],
                ["CHILD": "101", "LS": "V4"],
                ["CHILD": "103", "LS": "V3"],
                ["CHILD": "104", "LS": "L4"],
                ["CHILD": "105"],
                ["CHILD": "106", "LS": "V4"],
                ["CHILD": "108", "LS": "V3"],
                ["CHILD": "108", "LS": "XO"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r399, ret, "Episodes") == [0, 1, 5])
        #expect(F.rows(SSDA903Rules.r399, ret, "Header") == [0, 5])
        #expect(F.rows(SSDA903Rules.r399, ret, "Reviews") == [0, 5])
    }

    @Test func r407() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "101", "DEC": "01/01/2009", "REC": "E45"],
                ["CHILD": "102", "DEC": "01/01/2001", "REC": "A3"],
                ["CHILD": "103", "DEC": "20/12/2001", "REC": "E15"],
                ["CHILD": "104", "DEC": "03/01/2019", "REC": "E46"],
                ["CHILD": "105", "DEC": "03/04/2008", "REC": "E48"],
                ["CHILD": "106", "DEC": "01/01/2002", "REC": "X2"],
                ["CHILD": "107", "DEC": "10/01/2002", "REC": "E11"],
                ["CHILD": "108", "DEC": "11/02/2020", "REC": "E48"],
                ["CHILD": "109", "DEC": "25/01/2002", "REC": "X1"],
                ["CHILD": "110", "DEC": "25/01/2002", "REC": "E47"],
                ["CHILD": "111", "REC": "E45"],
                ["CHILD": "112", "DEC": "25/01/2002", "REC": "E46"],
            ],
            "Header": [
                ["CHILD": "101", "DOB": "01/01/2000"],
                ["CHILD": "102", "DOB": "01/01/2001"],
                ["CHILD": "103", "DOB": "20/12/2001"],
                ["CHILD": "104", "DOB": "01/01/2000"],
                ["CHILD": "105", "DOB": "03/01/2000"],
                ["CHILD": "106", "DOB": "01/01/2002"],
                ["CHILD": "107", "DOB": "10/01/2002"],
                ["CHILD": "108", "DOB": "11/01/2002"],
                ["CHILD": "109", "DOB": "25/01/2002"],
                ["CHILD": "110", "DOB": "25/01/2002"],
                ["CHILD": "111", "DOB": "25/01/2002"],
                ["CHILD": "112"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r407, ret, "Episodes") == [3, 7])
        #expect(F.rows(SSDA903Rules.r407, ret, "Header") == [3, 7])
    }

    @Test func r408() {
        let ret = F.ret([
            "Episodes": [
                ["PLACE": "A5", "LS": "S"],
                ["PLACE": "V4", "LS": "T"],
                ["PLACE": "A6", "LS": "E1"],
                ["PLACE": "U2"],
                ["PLACE": "A6", "LS": "U"],
                ["PLACE": "A5"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r408, ret, "Episodes") == [0, 4, 5])
    }

    @Test func r426() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "LS": "V3"],
                ["CHILD": "111", "LS": "V3"],
                ["CHILD": "222", "LS": "V3"],
                ["CHILD": "222", "LS": "V4"],
                ["CHILD": "222", "LS": "X1"],
                ["CHILD": "444", "LS": "V3"],
                ["CHILD": "555", "LS": "V4"],
                ["CHILD": "555", "LS": "V3"],
                ["CHILD": "555", "LS": "V3"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r426, ret, "Episodes") == [2, 3, 6, 7, 8])
    }
}
