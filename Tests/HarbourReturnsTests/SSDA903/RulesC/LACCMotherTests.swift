import HarbourCore
@testable import HarbourReturns
import Testing

/// Motherhood (part C).
@Suite struct LACCMotherTests {
    @Test func r607() {
        let ret = LACC.ret(2021, [
            "Header": [
                ["CHILD": "101", "SEX": "F"],
                ["CHILD": "102", "SEX": "F", "MOTHER": "0"],
                ["CHILD": "103", "SEX": "F"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "105", "SEX": "F"],
                ["CHILD": "108", "SEX": "M"],
                ["CHILD": "109", "SEX": "F", "MOTHER": "0"],
                ["CHILD": "110", "SEX": "F"],
                ["CHILD": "111", "SEX": "F", "MOTHER": "0"],
                ["CHILD": "112", "SEX": "F", "MOTHER": "1"],
            ],
            "Episodes": [
                ["CHILD": "101", "DEC": "01/01/2021", "LS": "L1"],
                ["CHILD": "102", "DEC": "01/01/2001", "REC": "A3", "LS": "V4"],
                ["CHILD": "103", "DEC": "20/12/2001", "REC": "E15", "LS": "V3"],
                ["CHILD": "104", "DEC": "03/01/2020", "REC": "E46", "LS": "L4"],
                ["CHILD": "105", "DEC": "03/04/2020", "REC": "E48", "LS": "L1"],
                ["CHILD": "105", "DEC": "01/07/2020", "REC": "X2", "LS": "XO"],
                ["CHILD": "105", "DEC": "10/01/2021", "REC": "E11", "LS": "L4"],
                ["CHILD": "108", "DEC": "11/02/2021", "REC": "E48", "LS": "L1"],
                ["CHILD": "109", "DEC": "25/01/2002", "REC": "X1", "LS": "XO"],
                ["CHILD": "110", "DEC": "25/01/2021", "REC": "E47"],
                ["CHILD": "111", "REC": "E45", "LS": "L4"],
                ["CHILD": "112", "DEC": "25/08/2020", "REC": "E46", "LS": "XO"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r607, ret) == ["Episodes": [4, 5, 6, 9], "Header": [4, 7]])
    }

    @Test func r611() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["MOTHER": "1", "MC_DOB": "01/01/2021"],
                ["MOTHER": "1", "MC_DOB": "19/02/2016"],
                ["MC_DOB": "dd/mm/yyyy"],
                ["MC_DOB": "31/31/19"],
                ["MOTHER": "1"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r611, ret) == ["Header": [4]])
    }

    @Test func r612() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["SEX": "F", "MOTHER": "0", "MC_DOB": "19/02/2016"],
                ["SEX": "F", "MOTHER": "0", "MC_DOB": "dd/mm/yyyy"],
                ["SEX": "F", "MC_DOB": "31/31/19"],
                ["SEX": "F"],
                ["SEX": "F", "MOTHER": "1", "MC_DOB": "19/02/2019"],
                ["SEX": "1", "MOTHER": "0"],
                ["SEX": "1", "MOTHER": "1", "MC_DOB": "12/10/2010"],
                ["SEX": "1", "MC_DOB": "21/3rd/yYyYyY"],
                ["SEX": "F", "MC_DOB": "21/3rd/yYyYyY"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r612, ret) == ["Header": [0, 1, 2, 8]])
    }

    @Test func r620() {
        let ret = LACC.ret(2021, [
            "Header": [
                ["MOTHER": "1"],
                ["MOTHER": "1", "DOB": "07/02/2020"],
                ["MOTHER": "1", "DOB": "03/02/2020"],
                [:],
                ["MOTHER": "1", "DOB": "18/01/1981"],
                ["MOTHER": "0", "DOB": "13/02/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r620, ret) == ["Header": [1, 2]])
    }

    @Test func r621() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["DOB": "01/12/2021", "MC_DOB": "01/01/2021"],
                ["DOB": "19/02/2016", "MC_DOB": "19/12/2016"],
                ["DOB": "31/01/2019", "MC_DOB": "31/01/2019"],
                ["DOB": "31/01/2019"],
                ["DOB": "31/01/2019", "MC_DOB": "01/02/2019"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r621, ret) == ["Header": [0, 2]])
    }

    @Test func r624() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["CHILD": "111", "MC_DOB": "01/06/2020"],
                ["CHILD": "222", "MC_DOB": "04/06/2020"],
                ["CHILD": "333"],
                ["CHILD": "444", "MC_DOB": "08/09/2020"],
                ["CHILD": "555"],
                ["CHILD": "66", "MC_DOB": "01/02/2020"],
            ],
        ], last: [
            "Header": [
                ["CHILD": "111", "MC_DOB": "01/06/2020"],
                ["CHILD": "222", "MC_DOB": "04/06/2020"],
                ["CHILD": "333", "MC_DOB": "01/06/2019"],
                ["CHILD": "444", "MC_DOB": "10/09/2020"],
                ["CHILD": "555"],
                ["CHILD": "66"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r624, ret) == ["Header": [2, 3]])
    }

    @Test func r625() {
        let ret = LACC.ret(2021, [
            "Episodes": [
                ["CHILD": "101", "DEC": "02/12/2021"],
                ["CHILD": "101", "DEC": "11/11/2012"],
                ["CHILD": "102", "DEC": "03/10/2014"],
                ["CHILD": "102", "DEC": "11/11/2015"],
                ["CHILD": "103", "DEC": "01/01/2020"],
                ["CHILD": "103", "DEC": "11/11/2020"],
                ["CHILD": "103", "DEC": "01/02/2020"],
            ],
            "Header": [
                ["CHILD": "101", "MC_DOB": "01/11/2021"],
                ["CHILD": "102", "MC_DOB": "19/12/2016"],
                ["CHILD": "103"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r625, ret) == ["Header": [0, 1], "Episodes": [0, 3]])
    }

    @Test func r626() {
        let ret = LACC.ret(2021, [
            "Header": [
                ["CHILD": "111", "MOTHER": "1"],
                ["CHILD": "222", "MOTHER": "1", "MC_DOB": "04/01/2020"],
                ["CHILD": "333", "MOTHER": "0"],
                ["CHILD": "444", "MOTHER": "1", "MC_DOB": "01/04/2020"],
            ],
        ], last: [
            "Header": [
                ["CHILD": "111", "MOTHER": "1"],
                ["CHILD": "222", "MOTHER": "0"],
                ["CHILD": "333", "MOTHER": "1"],
                ["CHILD": "444", "MOTHER": "0"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r626, ret) == ["Header": [1]])
    }

    @Test func r628() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["CHILD": "0", "MOTHER": "1"],
                ["CHILD": "1"],
                ["CHILD": "2", "MOTHER": "0"],
                ["CHILD": "3", "MOTHER": "1"],
                ["CHILD": "4", "MOTHER": "0"],
                ["CHILD": "5", "MOTHER": "1"],
                ["CHILD": "6", "MOTHER": "1"],
            ],
            "Episodes": [
                ["CHILD": "a"],
                ["CHILD": "1"],
                ["CHILD": "3"],
                ["CHILD": "3"],
                ["CHILD": "3"],
                ["CHILD": "4"],
                ["CHILD": "5"],
            ],
            "OC3": [
                ["CHILD": "0", "IN_TOUCH": "Whatever", "ACCOM": "Whatever"],
                ["CHILD": "2"],
                ["CHILD": "6", "IN_TOUCH": "Whatever"],
                ["CHILD": "5", "IN_TOUCH": "Whatever"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r628, ret) == ["Header": [0, 6]])
    }
}
