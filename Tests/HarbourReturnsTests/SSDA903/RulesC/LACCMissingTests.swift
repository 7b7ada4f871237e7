import HarbourCore
@testable import HarbourReturns
import Testing

/// Missing periods (part C).
@Suite struct LACCMissingTests {
    @Test func r564() {
        let ret = LACC.ret(2026, [
            "Missing": [
                ["MISSING": "M"],
                ["MISSING": "A", "MIS_START": "07/02/2020"],
                ["MISSING": "A", "MIS_START": "03/02/2020"],
                [:],
                ["MISSING": "M"],
                ["MISSING": "A", "MIS_START": "13/02/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r564, ret) == ["Missing": [0, 4]])
    }

    @Test func r565() {
        let ret = LACC.ret(2026, [
            "Missing": [
                ["MISSING": "M"],
                ["MIS_START": "07/02/2020"],
                ["MISSING": "A", "MIS_START": "03/02/2020"],
                [:],
                ["MISSING": "M"],
                ["MISSING": "A", "MIS_START": "13/02/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r565, ret) == ["Missing": [1]])
    }

    @Test func r566() {
        let ret = LACC.ret(2026, [
            "Missing": [
                ["MISSING": "M"],
                ["MIS_END": "07/02/2020"],
                ["MISSING": "A", "MIS_END": "03/02/2020"],
                [:],
                ["MISSING": "M", "MIS_END": "01/02/2020"],
                ["MIS_END": "13/02/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r566, ret) == ["Missing": [1, 5]])
    }

    @Test func r567() {
        let ret = LACC.ret(2026, [
            "Missing": [
                ["MIS_START": "01/06/2020", "MIS_END": "05/06/2020"],
                ["MIS_START": "02/06/2020"],
                ["MIS_START": "03/06/2020", "MIS_END": "01/06/2020"],
                ["MIS_START": "04/06/2020", "MIS_END": "02/06/2020"],
                ["MIS_END": "05/06/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r567, ret) == ["Missing": [2, 3]])
    }

    @Test func r570() {
        let ret = LACC.ret(2020, [
            "Missing": [
                ["MIS_START": "08/04/2020"],
                ["MIS_START": "22/06/2020"],
                [:],
                ["MIS_START": "13/10/2005"],
                ["MIS_START": "10/05/2001"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r570, ret) == ["Missing": [0, 1]])
    }

    @Test func r571() {
        let ret = LACC.ret(2021, [
            "Missing": [
                ["MIS_START": "08/03/2020", "MIS_END": "08/03/2020"],
                ["MIS_START": "22/06/2020"],
                ["MIS_END": "22/06/2020"],
                ["MIS_START": "13/10/2021", "MIS_END": "13/10/21"],
                ["MIS_START": "10/24/2021"],
            ],
        ])
        // The validator's test gives a year ending before it starts (flagging rows 0 and 2); in 2020-21 only row 0 ended outside the year.
        #expect(LACC.flagged(SSDA903Rules.r571, ret) == ["Missing": [0]])
    }

    @Test func r574() {
        let ret = LACC.ret(2026, [
            "Missing": [
                ["CHILD": "111", "MIS_START": "01/06/2020", "MIS_END": "05/06/2020"],
                ["CHILD": "111", "MIS_START": "04/06/2020"],
                ["CHILD": "222", "MIS_START": "03/06/2020", "MIS_END": "04/06/2020"],
                ["CHILD": "222", "MIS_START": "04/06/2020"],
                ["CHILD": "222", "MIS_START": "07/06/2020", "MIS_END": "09/06/2020"],
                ["CHILD": "333", "MIS_START": "02/06/2020", "MIS_END": "04/06/2020"],
                ["CHILD": "333", "MIS_START": "03/06/2020", "MIS_END": "09/06/2020"],
                ["CHILD": "444", "MIS_START": "06/06/2020", "MIS_END": "08/06/2020"],
                ["CHILD": "444", "MIS_START": "10/06/2020", "MIS_END": "10/06/2020"],
                ["CHILD": "444", "MIS_START": "08/06/2020", "MIS_END": "10/08/2020"],
                ["CHILD": "555", "MIS_END": "05/06/2020"],
                ["CHILD": "555", "MIS_END": "05/06/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r574, ret) == ["Missing": [0, 4, 6, 9]])
    }

    @Test func r575() {
        let ret = LACC.ret(2026, [
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/06/2020", "DEC": "10/06/2020"],
                ["CHILD": "123", "DECOM": "08/06/2020", "DEC": "10/06/2020"],
                ["CHILD": "222", "DECOM": "05/06/2020", "DEC": "10/06/2020"],
                ["CHILD": "333", "DECOM": "06/06/2020"],
                ["CHILD": "333", "DECOM": "07/06/2020", "DEC": "10/06/2020"],
                ["CHILD": "444", "DECOM": "08/06/2020", "DEC": "10/06/2020"],
                ["CHILD": "444", "DECOM": "08/06/2020"],
            ],
            "Missing": [
                ["CHILD": "111", "MIS_START": "01/06/2020", "MIS_END": "05/06/2020"],
                ["CHILD": "123", "MIS_START": "08/06/2020"],
                ["CHILD": "222", "MIS_START": "05/06/2020", "MIS_END": "05/06/2020"],
                ["CHILD": "333", "MIS_START": "06/06/2020"],
                ["CHILD": "444", "MIS_START": "08/06/2020", "MIS_END": "05/06/2020"],
                ["CHILD": "444", "MIS_START": "09/06/2020"],
                ["CHILD": "444", "MIS_START": "19/06/2020", "MIS_END": "05/06/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r575, ret) == ["Missing": [1, 5]])
    }

    @Test func r576() {
        let ret = LACC.ret(2026, [
            "Missing": [
                ["CHILD": "111", "MIS_START": "07/02/2020"],
                ["CHILD": "222", "MIS_START": "08/02/2020"],
                ["CHILD": "333", "MIS_START": "03/02/2020"],
                ["CHILD": "444"],
                ["CHILD": "555", "MIS_START": "01/02/2020"],
                ["CHILD": "666", "MIS_START": "13/02/2020"],
            ],
        ], last: [
            "Missing": [
                ["CHILD": "111", "MIS_START": "07/02/2020", "MIS_END": "07/02/2020"],
                ["CHILD": "222", "MIS_START": "07/02/2020"],
                ["CHILD": "333", "MIS_START": "03/02/2020", "MIS_END": "07/02/2020"],
                ["CHILD": "444", "MIS_START": "07/02/2020"],
                ["CHILD": "555", "MIS_START": "01/02/2020"],
                ["CHILD": "666", "MIS_START": "13/02/2020", "MIS_END": "07/02/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r576, ret) == ["Missing": [1, 3]])
    }

    @Test func r577() {
        let ret = LACC.ret(2026, [
            "Episodes": [
                ["CHILD": "1", "DECOM": "01/04/1977", "DEC": "31/03/1981", "LS": "o", "REC": "X1"],
                ["CHILD": "2", "DECOM": "01/04/1979", "DEC": "30/03/1981", "LS": "o"],
                ["CHILD": "88", "DECOM": "01/05/1980", "DEC": "01/01/1981", "LS": "o", "REC": "xx"],
                ["CHILD": "3", "DECOM": "01/04/1980", "DEC": "01/01/1981", "LS": "V3", "REC": "kk"],
                ["CHILD": "3", "DECOM": "01/04/2020", "DEC": "01/01/2021", "LS": "V3", "REC": "kk"],
                ["CHILD": "3", "DECOM": "01/01/2021", "DEC": "05/10/2021", "LS": "V3", "REC": "kk"],
                ["CHILD": "4", "DECOM": "01/04/1981", "LS": "o", "REC": "!!"],
                ["CHILD": "5", "DECOM": "01/04/1978", "DEC": "01/01/1981", "LS": "o", "REC": "xx"],
                ["CHILD": "5", "DECOM": "01/01/1981", "DEC": "01/01/1990", "LS": "o", "REC": "xx"],
                ["CHILD": "5", "DECOM": "01/04/1983", "DEC": "04/06/2020", "LS": "o", "REC": "kk"],
                ["CHILD": "6", "DECOM": "01/04/1983", "DEC": "04/06/2020", "LS": "o", "REC": "kk"],
                ["CHILD": "7", "DECOM": "01/04/1983", "DEC": "04/06/2020", "LS": "o", "REC": "kk"],
                ["CHILD": "8", "DECOM": "01/04/1983", "DEC": "04/06/2020", "LS": "o", "REC": "xx"],
                ["CHILD": "9", "DECOM": "01/01/2020", "DEC": "04/06/2020", "LS": "o", "REC": "<--"],
                ["CHILD": "9", "DECOM": "04/06/2020", "DEC": "11/08/2020", "LS": "o", "REC": "-"],
                ["CHILD": "9", "DECOM": "11/08/2020", "DEC": "01/12/2020", "LS": "o", "REC": "-->"],
                ["CHILD": "9", "DECOM": "22/12/2020", "DEC": "25/12/2020", "LS": "o", "REC": "<->"],
                ["CHILD": "9", "DECOM": "01/01/2021", "DEC": "22/02/2021", "LS": "o", "REC": "<--"],
                ["CHILD": "9", "DECOM": "22/02/2021", "DEC": "08/08/2021", "LS": "V3", "REC": "-"],
                ["CHILD": "9", "DECOM": "08/08/2021", "LS": "o", "REC": "--o"],
            ],
            "Missing": [
                ["CHILD": "1", "MIS_START": "01/01/1981"],
                ["CHILD": "2", "MIS_START": "01/01/1981", "MIS_END": "02/06/2020"],
                ["CHILD": "3", "MIS_START": "01/01/1981", "MIS_END": "03/06/2022"],
                ["CHILD": "3", "MIS_START": "01/01/1981", "MIS_END": "03/06/2020"],
                ["CHILD": "4", "MIS_START": "01/01/1981", "MIS_END": "04/06/2020"],
                ["CHILD": "5", "MIS_START": "01/01/1981", "MIS_END": "01/01/1982"],
                ["CHILD": "5", "MIS_START": "01/01/1981", "MIS_END": "01/01/2000"],
                ["CHILD": "6", "MIS_START": "01/01/1981", "MIS_END": "01/01/1981"],
                ["CHILD": "7", "MIS_END": "01/01/1981"],
                ["CHILD": "8", "MIS_START": "01/01/1981"],
                ["CHILD": "9", "MIS_START": "01/01/2020"],
                ["CHILD": "9", "MIS_START": "01/01/2021"],
                ["CHILD": "9", "MIS_START": "04/06/2020", "MIS_END": "04/06/2021"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r577, ret) == ["Missing": [0, 1, 2, 7, 9, 10]])
    }

    @Test func r578() {
        let ret = LACC.ret(2026, [
            "Episodes": [
                ["CHILD": "1", "DECOM": "01/04/1977", "DEC": "31/03/1981", "LS": "o", "REC": "X1"],
                ["CHILD": "2", "DECOM": "01/04/1979", "DEC": "30/03/1981", "LS": "o"],
                ["CHILD": "88", "DECOM": "01/05/1980", "DEC": "01/01/1981", "LS": "o", "REC": "xx"],
                ["CHILD": "3", "DECOM": "01/04/1980", "DEC": "01/01/1981", "LS": "V3", "REC": "kk"],
                ["CHILD": "3", "DECOM": "01/04/2020", "DEC": "01/01/2021", "LS": "V3", "REC": "kk"],
                ["CHILD": "3", "DECOM": "01/01/2021", "DEC": "05/10/2021", "LS": "V3", "REC": "kk"],
                ["CHILD": "4", "DECOM": "01/04/1981", "LS": "o", "REC": "!!"],
                ["CHILD": "5", "DECOM": "01/04/1978", "DEC": "01/01/1981", "LS": "o", "REC": "X1"],
                ["CHILD": "5", "DECOM": "01/01/1981", "DEC": "01/01/1990", "LS": "o", "REC": "xx"],
                ["CHILD": "5", "DECOM": "01/04/1983", "DEC": "04/06/2020", "LS": "o", "REC": "kk"],
                ["CHILD": "6", "DECOM": "01/04/1983", "DEC": "04/06/2020", "LS": "o", "REC": "kk"],
                ["CHILD": "8888", "DECOM": "01/04/1983", "DEC": "04/06/2020", "LS": "o", "REC": "kk"],
                ["CHILD": "8888", "DECOM": "04/06/2020", "LS": "o", "REC": "kk"],
            ],
            "Missing": [
                ["CHILD": "1", "MIS_START": "01/06/2020"],
                ["CHILD": "2", "MIS_START": "02/06/2020"],
                ["CHILD": "3", "MIS_START": "03/06/2022"],
                ["CHILD": "3", "MIS_START": "03/06/2020"],
                ["CHILD": "4", "MIS_START": "04/06/2020"],
                ["CHILD": "5", "MIS_START": "01/01/1982"],
                ["CHILD": "5", "MIS_START": "01/01/2000"],
                ["CHILD": "6", "MIS_START": "01/01/1981"],
                ["CHILD": "77", "MIS_START": "01/01/1981"],
                ["CHILD": "8888", "MIS_START": "01/01/2049"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r578, ret) == ["Missing": [0, 1, 2, 7]])
    }

    @Test func r580() {
        let ret = LACC.ret(2026, [
            "Episodes": [
                ["CHILD": "111", "DEC": "01/06/2020", "REC": "E7"],
                ["CHILD": "123", "DEC": "08/06/2020", "REC": "E7"],
                ["CHILD": "222", "DEC": "05/06/2020", "REC": "E8"],
                ["CHILD": "333", "DEC": "06/06/2020", "REC": "E5"],
                ["CHILD": "444", "DEC": "07/06/2020", "REC": "E8"],
                ["CHILD": "555", "DEC": "19/06/2020", "REC": "E4"],
                ["CHILD": "777", "DEC": "19/06/2020", "REC": "E4"],
            ],
            "Missing": [
                ["CHILD": "111", "MISSING": "M", "MIS_END": "01/06/2020", "DOB": "01/06/2002"],
                ["CHILD": "123", "MISSING": "M", "MIS_END": "08/06/2020", "DOB": "08/06/2002"],
                ["CHILD": "222", "MISSING": "M", "MIS_END": "05/06/2020", "DOB": "05/06/2002"],
                ["CHILD": "333", "MISSING": "M", "MIS_END": "06/06/2020", "DOB": "06/06/2002"],
                ["CHILD": "444", "MISSING": "M", "MIS_END": "08/06/2020", "DOB": "08/06/2002"],
                ["CHILD": "444", "MISSING": "M", "MIS_END": "09/06/2020", "DOB": "09/06/2002"],
                ["CHILD": "555", "MISSING": "M", "MIS_END": "19/06/2020", "DOB": "19/06/2002"],
                ["CHILD": "777", "MISSING": "A", "MIS_END": "19/06/2020", "DOB": "19/06/2002"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r580, ret) == ["Episodes": [0, 1, 3, 5, 6]])
    }

    @Test func r581() {
        let ret = LACC.ret(2026, [
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/06/2020", "DEC": "10/06/2020"],
                ["CHILD": "123", "DECOM": "08/06/2020", "DEC": "10/06/2020"],
                ["CHILD": "222", "DECOM": "06/06/2020", "DEC": "10/06/2020"],
                ["CHILD": "333", "DECOM": "06/06/2020"],
                ["CHILD": "333", "DECOM": "07/06/2020", "DEC": "10/06/2020"],
                ["CHILD": "444", "DECOM": "08/06/2020", "DEC": "10/06/2020"],
                ["CHILD": "444", "DECOM": "12/06/2020"],
                ["CHILD": "555", "DECOM": "15/06/2020", "DEC": "20/06/2020"],
            ],
            "Missing": [
                ["CHILD": "111", "MIS_START": "01/06/2020", "MIS_END": "05/06/2020"],
                ["CHILD": "123", "MIS_START": "08/06/2020"],
                ["CHILD": "222", "MIS_START": "05/06/2020", "MIS_END": "05/06/2020"],
                ["CHILD": "333", "MIS_START": "12/06/2020"],
                ["CHILD": "444", "MIS_START": "08/06/2020", "MIS_END": "05/06/2020"],
                ["CHILD": "444", "MIS_START": "11/06/2020", "MIS_END": "11/06/2020"],
                ["CHILD": "444", "MIS_START": "19/06/2020", "MIS_END": "05/06/2020"],
                ["CHILD": "555", "MIS_START": "21/06/2020", "MIS_END": "21/06/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r581, ret) == ["Missing": [2, 5, 7]])
    }

    @Test func r586() {
        let ret = LACC.ret(2026, [
            "Missing": [
                ["DOB": "01/02/2020"],
                ["DOB": "02/02/2020", "MIS_START": "07/02/2020"],
                ["DOB": "04/02/2020", "MIS_START": "03/02/2020"],
                ["DOB": "06/02/2020"],
                ["DOB": "07/02/2020", "MIS_START": "01/02/2020"],
                ["DOB": "08/02/2020", "MIS_START": "13/02/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r586, ret) == ["Missing": [2, 4]])
    }
}
