import HarbourCore
@testable import HarbourReturns
import Testing

/// Internal consistency and last year (part C).
@Suite struct LACCIntegrityTests {
    @Test func r562() {
        let ret = LACC.ret(2022, [
            "Episodes": [
                ["CHILD": "111", "DECOM": "15/03/2021"],
                ["CHILD": "111", "DECOM": "05/06/2021"],
                ["CHILD": "222", "DECOM": "13/03/2021"],
                ["CHILD": "222", "DECOM": "08/06/2021"],
                ["CHILD": "222", "DECOM": "05/06/2021"],
                ["CHILD": "333", "DECOM": "01/01/2021"],
                ["CHILD": "444", "DECOM": "01/05/2021"],
            ],
        ], last: [
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/06/2020"],
                ["CHILD": "111", "DECOM": "05/06/2020"],
                ["CHILD": "111", "DECOM": "15/03/2021"],
                ["CHILD": "222", "DECOM": "01/02/2021"],
                ["CHILD": "222", "DECOM": "11/03/2021"],
                ["CHILD": "333", "DECOM": "06/06/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r562, ret) == ["Episodes": [2, 5]])
    }

    @Test func rNoE() {
        let ret = LACC.ret(2022, [
            "Episodes": [
                ["CHILD": "101", "DECOM": "14/03/2021"],
                ["CHILD": "102", "DECOM": "08/09/2021"],
                ["CHILD": "103", "DECOM": "03/10/2020"],
            ],
        ], last: [
            "Episodes": [
                ["CHILD": "101", "DECOM": "14/03/2021"],
                ["CHILD": "102", "DECOM": "16/06/2019"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rNoE, ret) == ["Episodes": [2]])
    }

    @Test func rEPI() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["CHILD": "101"],
                ["CHILD": "102"],
                ["CHILD": "103"],
                ["CHILD": "106"],
            ],
            "Episodes": [
                ["CHILD": "101"],
                ["CHILD": "101"],
                ["CHILD": "103"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rEPI, ret) == ["Header": [1, 3]])
    }

    @Test func rINT01() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "106"],
            ],
            "AD1": [
                ["CHILD": "101", "DOB": "01/04/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "DOB": "04/01/2020"],
                ["CHILD": "105", "DOB": "01/04/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT01, ret) == ["AD1": [3]])
    }

    @Test func rINT02() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "106"],
            ],
            "PlacedAdoption": [
                ["CHILD": "101", "DOB": "01/04/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "DOB": "04/01/2020"],
                ["CHILD": "105", "DOB": "01/04/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT02, ret) == ["PlacedAdoption": [3]])
    }

    @Test func rINT03() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "106"],
            ],
            "Episodes": [
                ["CHILD": "101"],
                ["CHILD": "102"],
                ["CHILD": "103"],
                ["CHILD": "105"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT03, ret) == ["Episodes": [3]])
    }

    @Test func rINT04() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "106"],
            ],
            "Missing": [
                ["CHILD": "101", "DOB": "01/04/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "DOB": "04/01/2020"],
                ["CHILD": "105", "DOB": "01/04/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT04, ret) == ["Missing": [3]])
    }

    @Test func rINT05() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "106"],
            ],
            "OC2": [
                ["CHILD": "101", "DOB": "01/04/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "DOB": "04/01/2020"],
                ["CHILD": "105", "DOB": "01/04/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT05, ret) == ["OC2": [3]])
    }

    @Test func rINT06() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "106"],
            ],
            "OC3": [
                ["CHILD": "101", "DOB": "01/04/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "DOB": "04/01/2020"],
                ["CHILD": "105", "DOB": "01/04/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT06, ret) == ["OC3": [3]])
    }

    @Test func rINT07() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "106"],
            ],
            "PrevPerm": [
                ["CHILD": "101", "DOB": "01/04/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "DOB": "04/01/2020"],
                ["CHILD": "105", "DOB": "01/04/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT07, ret) == ["PrevPerm": [3]])
    }

    @Test func rINT08() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "106"],
            ],
            "Reviews": [
                ["CHILD": "101", "DOB": "01/04/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "DOB": "04/01/2020"],
                ["CHILD": "105", "DOB": "01/04/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT08, ret) == ["Reviews": [3]])
    }

    @Test func rINT09() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "106"],
            ],
            "UASC": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "04/01/2020", "SEX": "F"],
                ["CHILD": "105", "DOB": "01/04/2020", "SEX": "F"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT09, ret) == ["UASC": [3]])
    }

    @Test func rINT11() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "106"],
            ],
            "AD1": [
                ["CHILD": "101", "DOB": "01/04/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "DOB": "04/01/2020"],
                ["CHILD": "105", "DOB": "01/04/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT11, ret) == ["AD1": [2]])
    }

    @Test func rINT12() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "106"],
            ],
            "PlacedAdoption": [
                ["CHILD": "101", "DOB": "01/04/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "DOB": "04/01/2020"],
                ["CHILD": "105", "DOB": "01/04/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT12, ret) == ["PlacedAdoption": [2]])
    }

    @Test func rINT13() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "106"],
            ],
            "Missing": [
                ["CHILD": "101", "DOB": "01/04/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "DOB": "04/01/2020"],
                ["CHILD": "105", "DOB": "01/04/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT13, ret) == ["Missing": [2]])
    }

    @Test func rINT14() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "106"],
            ],
            "OC2": [
                ["CHILD": "101", "DOB": "01/04/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "DOB": "04/01/2020"],
                ["CHILD": "105", "DOB": "01/04/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT14, ret) == ["OC2": [2]])
    }

    @Test func rINT15() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "106"],
            ],
            "OC3": [
                ["CHILD": "101", "DOB": "01/04/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "DOB": "04/01/2020"],
                ["CHILD": "105", "DOB": "01/04/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT15, ret) == ["OC3": [2]])
    }

    @Test func rINT16() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "106"],
            ],
            "PrevPerm": [
                ["CHILD": "101", "DOB": "01/04/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "DOB": "04/01/2020"],
                ["CHILD": "105", "DOB": "01/04/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT16, ret) == ["PrevPerm": [2]])
    }

    @Test func rINT17() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "106"],
            ],
            "Reviews": [
                ["CHILD": "101", "DOB": "01/04/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "DOB": "04/01/2020"],
                ["CHILD": "105", "DOB": "01/04/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT17, ret) == ["Reviews": [2]])
    }

    @Test func rINT18() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "106"],
            ],
            "UASC": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "04/01/2020", "SEX": "F"],
                ["CHILD": "105", "DOB": "01/04/2020", "SEX": "F"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT18, ret) == ["UASC": [2]])
    }

    @Test func rINT21() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "106"],
            ],
            "UASC": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "04/01/2020", "SEX": "F"],
                ["CHILD": "105", "DOB": "01/04/2020", "SEX": "F"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT21, ret) == ["UASC": [2]])
    }

    @Test func rINT31() {
        let ret = LACC.ret(2026, [
            "AD1": [
                ["CHILD": "101", "DOB": "01/04/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "DOB": "01/04/2020"],
                ["CHILD": "104"],
                ["CHILD": "101", "DOB": "01/04/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "DOB": "01/04/2020"],
                ["CHILD": "104"],
                ["CHILD": "106"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT31, ret) == ["AD1": [0, 1, 2, 3, 4, 5, 6, 7]])
    }

    @Test func rINT32() {
        let ret = LACC.ret(2026, [
            "Header": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "106"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT32, ret) == ["Header": [0, 1, 2, 3, 4, 5, 6, 7]])
    }

    @Test func rINT33() {
        let ret = LACC.ret(2026, [
            "OC2": [
                ["CHILD": "101", "DOB": "01/04/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "DOB": "01/04/2020"],
                ["CHILD": "104"],
                ["CHILD": "101", "DOB": "01/04/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "DOB": "01/04/2020"],
                ["CHILD": "104"],
                ["CHILD": "106"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT33, ret) == ["OC2": [0, 1, 2, 3, 4, 5, 6, 7]])
    }

    @Test func rINT34() {
        let ret = LACC.ret(2026, [
            "OC3": [
                ["CHILD": "101", "DOB": "01/04/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "DOB": "01/04/2020"],
                ["CHILD": "104"],
                ["CHILD": "101", "DOB": "01/04/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "DOB": "01/04/2020"],
                ["CHILD": "104"],
                ["CHILD": "106"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT34, ret) == ["OC3": [0, 1, 2, 3, 4, 5, 6, 7]])
    }

    @Test func rINT35() {
        let ret = LACC.ret(2026, [
            "PrevPerm": [
                ["CHILD": "101", "DOB": "01/04/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "DOB": "01/04/2020"],
                ["CHILD": "104"],
                ["CHILD": "101", "DOB": "01/04/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "DOB": "01/04/2020"],
                ["CHILD": "104"],
                ["CHILD": "106"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT35, ret) == ["PrevPerm": [0, 1, 2, 3, 4, 5, 6, 7]])
    }

    @Test func rINT36() {
        let ret = LACC.ret(2026, [
            "UASC": [
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "101", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "102", "SEX": "F"],
                ["CHILD": "103", "DOB": "01/04/2020", "SEX": "M"],
                ["CHILD": "104", "SEX": "F"],
                ["CHILD": "106"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rINT36, ret) == ["UASC": [0, 1, 2, 3, 4, 5, 6, 7]])
    }
}
