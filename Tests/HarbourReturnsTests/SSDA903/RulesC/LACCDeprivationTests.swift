import HarbourCore
@testable import HarbourReturns
import Testing

/// Deprivation of liberty orders (part C).
@Suite struct LACCDeprivationTests {
    @Test func r700() {
        let ret = LACC.ret(2026, [
            "DoLo": [
                ["DOLO_START": "01/01/2020"],
                [:],
                ["DOLO_START": "2000/12/10"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r700, ret) == ["DoLo": [1, 2]])
    }

    @Test func r701() {
        let ret = LACC.ret(2026, [
            "DoLo": [
                ["DOLO_END": "01/01/2020"],
                [:],
                ["DOLO_END": "2000/12/10"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r701, ret) == ["DoLo": [2]])
    }

    @Test func r702() {
        let ret = LACC.ret(2026, [
            "DoLo": [
                ["DOLO_START": "01/01/2000", "DOLO_END": "01/01/2000"],
                ["DOLO_START": "01/01/2000"],
                ["DOLO_END": "2000/12/10"],
                ["DOLO_START": "02/01/2000", "DOLO_END": "01/01/2000"],
                ["DOLO_START": "01/01/2000", "DOLO_END": "02/10/2000"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r702, ret) == ["DoLo": [0, 3]])
    }

    @Test func r703() {
        let ret = LACC.ret(2000, [
            "DoLo": [
                ["DOLO_START": "01/01/2000"],
                ["DOLO_START": "01/01/2000"],
                [:],
                ["DOLO_START": "02/01/2000"],
                ["DOLO_START": "01/01/2000"],
                ["DOLO_START": "31/03/2000"],
                ["DOLO_START": "01/04/2000"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r703, ret) == ["DoLo": [6]])
    }

    @Test func r704() {
        let ret = LACC.ret(2000, [
            "DoLo": [
                ["DOLO_END": "01/01/2000"],
                ["DOLO_END": "01/01/2000"],
                [:],
                ["DOLO_END": "02/01/2000"],
                ["DOLO_END": "01/01/2000"],
                ["DOLO_END": "31/03/1999"],
                ["DOLO_END": "01/04/2000"],
                ["DOLO_END": "01/04/1999"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r704, ret) == ["DoLo": [5, 6]])
    }

    @Test func r705() {
        let ret = LACC.ret(2026, [
            "DoLo": [
                ["CHILD": "1", "DOLO_START": "01/01/2000", "DOLO_END": "02/01/2000"],
                ["CHILD": "1", "DOLO_START": "04/01/2000", "DOLO_END": "04/01/2000"],
                ["CHILD": "1", "DOLO_START": "03/01/2000", "DOLO_END": "06/01/2000"],
                ["CHILD": "2", "DOLO_START": "01/01/2000"],
                ["CHILD": "2", "DOLO_START": "02/01/2000", "DOLO_END": "02/01/2000"],
                ["CHILD": "3", "DOLO_START": "01/01/2000", "DOLO_END": "02/01/2000"],
                ["CHILD": "4", "DOLO_START": "01/04/2025", "DOLO_END": "o2/04/2025"],
                ["CHILD": "4", "DOLO_START": "04/04/2025"],
                ["CHILD": "4", "DOLO_START": "08/04/2025", "DOLO_END": "10/04/2025"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r705, ret) == ["DoLo": [2, 4, 7, 8]])
    }

    @Test func r706() {
        let ret = LACC.ret(2026, [
            "DoLo": [
                ["CHILD": "1", "DOLO_START": "01/01/2000"],
                ["CHILD": "1", "DOLO_START": "04/01/2000"],
                ["CHILD": "1", "DOLO_START": "06/01/2000"],
                ["CHILD": "2", "DOLO_START": "01/01/2000"],
                ["CHILD": "2", "DOLO_START": "02/01/2000"],
                ["CHILD": "3", "DOLO_START": "01/01/2000"],
            ],
        ], last: [
            "DoLo": [
                ["CHILD": "1", "DOLO_START": "01/01/1999", "DOLO_END": "02/01/1999"],
                ["CHILD": "1", "DOLO_START": "04/01/1999", "DOLO_END": "05/01/1999"],
                ["CHILD": "1", "DOLO_START": "03/01/1999"],
                ["CHILD": "2", "DOLO_START": "01/01/2000", "DOLO_END": "01/02/1999"],
                ["CHILD": "2", "DOLO_START": "02/01/2000", "DOLO_END": "03/01/1999"],
                ["CHILD": "3", "DOLO_START": "01/01/2000", "DOLO_END": "02/01/2000"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r706, ret) == ["DoLo": [2]])
    }

    @Test func r707() {
        let ret = LACC.ret(2026, [
            "DoLo": [
                ["CHILD": "1", "DOLO_START": "01/01/1981"],
                ["CHILD": "2", "DOLO_START": "01/01/1981", "DOLO_END": "02/06/2020"],
                ["CHILD": "3", "DOLO_START": "01/01/1981", "DOLO_END": "03/06/2022"],
                ["CHILD": "3", "DOLO_START": "01/01/1981", "DOLO_END": "03/06/2020"],
                ["CHILD": "4", "DOLO_START": "01/01/1981", "DOLO_END": "04/06/2020"],
                ["CHILD": "5", "DOLO_START": "01/01/1981", "DOLO_END": "01/01/1982"],
                ["CHILD": "5", "DOLO_START": "01/01/1981", "DOLO_END": "01/01/2000"],
                ["CHILD": "6", "DOLO_START": "01/01/1981", "DOLO_END": "01/01/1981"],
                ["CHILD": "7", "DOLO_END": "01/01/1981"],
                ["CHILD": "8", "DOLO_START": "01/01/1981"],
                ["CHILD": "9", "DOLO_START": "01/01/2020"],
                ["CHILD": "9", "DOLO_START": "01/01/2021"],
                ["CHILD": "9", "DOLO_START": "04/06/2020", "DOLO_END": "04/06/2021"],
            ],
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
        ])
        #expect(LACC.flagged(SSDA903Rules.r707, ret) == ["DoLo": [0, 1, 2, 7, 9, 10]])
    }

    @Test func r708() {
        let ret = LACC.ret(2026, [
            "DoLo": [
                ["DOLO_START": "01/01/2000", "DOB": "01/01/2000"],
                ["DOB": "01/01/2000"],
                ["DOLO_START": "01/01/2000"],
                ["DOLO_START": "01/01/2000", "DOB": "01/01/1999"],
                ["DOLO_START": "01/01/1999", "DOB": "01/01/2000"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r708, ret) == ["DoLo": [0, 4]])
    }

    @Test func r709() {
        let ret = LACC.ret(2026, [
            "DoLo": [
                ["CHILD": "1", "DOLO_START": "02/01/2000", "DOLO_END": "03/01/2000"],
                ["CHILD": "1", "DOLO_START": "02/01/2000", "DOLO_END": "05/01/2000"],
                ["CHILD": "1", "DOLO_START": "31/01/1999", "DOLO_END": "03/01/2000"],
                ["CHILD": "1", "DOLO_START": "31/01/1999", "DOLO_END": "05/01/2000"],
                ["CHILD": "1", "DOLO_START": "25/12/1999", "DOLO_END": "31/12/1999"],
                ["CHILD": "1", "DOLO_START": "06/01/2000", "DOLO_END": "07/01/2000"],
                ["CHILD": "1", "DOLO_START": "02/01/2000"],
                ["CHILD": "1", "DOLO_END": "07/01/2000"],
            ],
            "Episodes": [
                ["CHILD": "1", "DECOM": "01/01/2000", "DEC": "04/01/2000", "PLACE": "P"],
                ["CHILD": "1", "DECOM": "01/01/2000", "DEC": "04/01/2000", "PLACE": "K2"],
                ["CHILD": "2", "DECOM": "01/01/2000", "DEC": "03/01/2000", "PLACE": "P"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r709, ret) == ["DoLo": [0, 1, 2, 3], "Episodes": [0]])
    }

    @Test func r710() {
        let ret = LACC.ret(2026, [
            "DoLo": [
                ["CHILD": "1", "DOLO_START": "02/01/2000", "DOLO_END": "03/01/2000"],
                ["CHILD": "1", "DOLO_START": "02/01/2000", "DOLO_END": "05/01/2000"],
                ["CHILD": "1", "DOLO_START": "31/01/1999", "DOLO_END": "03/01/2000"],
                ["CHILD": "1", "DOLO_START": "31/01/1999", "DOLO_END": "05/01/2000"],
                ["CHILD": "1", "DOLO_START": "25/12/1999", "DOLO_END": "31/12/1999"],
                ["CHILD": "1", "DOLO_START": "06/01/2000", "DOLO_END": "07/01/2000"],
                ["CHILD": "1", "DOLO_START": "02/01/2000"],
                ["CHILD": "1", "DOLO_END": "07/01/2000"],
            ],
            "Episodes": [
                ["CHILD": "1", "DECOM": "01/01/2000", "DEC": "04/01/2000", "PLACE": "P1"],
                ["CHILD": "1", "DECOM": "01/01/2000", "DEC": "04/01/2000", "PLACE": "K2"],
                ["CHILD": "2", "DECOM": "01/01/2000", "DEC": "03/01/2000", "PLACE": "P"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r710, ret) == ["DoLo": [0, 1, 2, 3], "Episodes": [0]])
    }
}
