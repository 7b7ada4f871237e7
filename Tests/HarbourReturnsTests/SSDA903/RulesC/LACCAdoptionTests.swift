import HarbourCore
@testable import HarbourReturns
import Testing

/// Adoption decisions and AD1 (part C).
@Suite struct LACCAdoptionTests {
    @Test func r563() {
        let ret = LACC.ret(2026, [
            "PlacedAdoption": [
                ["CHILD": "11", "DATE_PLACED": "26/05/2000"],
                ["CHILD": "202", "DATE_PLACED_CEASED": "01/02/2003", "REASON_PLACED_CEASED": "invalid dont matter", "DATE_PLACED": "26/05/2000"],
                ["CHILD": "3003", "DATE_PLACED": "26/05/2000"],
                ["CHILD": "40004", "DATE_PLACED_CEASED": "26/05/2001", "REASON_PLACED_CEASED": "some sample reason"],
                ["CHILD": "606", "DATE_PLACED": "26/05/2000"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r563, ret) == ["PlacedAdoption": [3]])
    }

    @Test func r579() {
        let ret = LACC.ret(2026, [
            "PlacedAdoption": [
                ["CHILD": "111", "DATE_PLACED": "01/06/2020", "DATE_PLACED_CEASED": "05/06/2020"],
                ["CHILD": "111", "DATE_PLACED": "04/06/2020"],
                ["CHILD": "222", "DATE_PLACED": "03/06/2020", "DATE_PLACED_CEASED": "04/06/2020"],
                ["CHILD": "222", "DATE_PLACED": "04/06/2020"],
                ["CHILD": "222", "DATE_PLACED": "07/06/2020", "DATE_PLACED_CEASED": "09/06/2020"],
                ["CHILD": "333", "DATE_PLACED": "02/06/2020", "DATE_PLACED_CEASED": "04/06/2020"],
                ["CHILD": "333", "DATE_PLACED": "03/06/2020", "DATE_PLACED_CEASED": "09/06/2020"],
                ["CHILD": "555", "DATE_PLACED_CEASED": "05/06/2020"],
                ["CHILD": "555", "DATE_PLACED_CEASED": "05/06/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r579, ret) == ["PlacedAdoption": [1, 4, 6]])
    }

    @Test func r582() {
        let ret = LACC.ret(2026, [
            "Episodes": [
                ["CHILD": "0", "REC": "x", "DEC": "01/01/2020"],
                ["CHILD": "A", "REC": "E11", "DEC": "01/01/2020"],
                ["CHILD": "B", "REC": "E12", "DEC": "01/01/2020"],
                ["CHILD": "C", "REC": "E11", "DEC": "01/01/2020"],
                ["CHILD": "D", "REC": "E12", "DEC": "01/01/2020"],
                ["CHILD": "E", "REC": "E11", "DEC": "01/01/2020"],
                ["CHILD": "F", "REC": "E12", "DEC": "01/01/2020"],
                ["CHILD": "G", "REC": "E11", "DEC": "01/01/2020"],
                ["CHILD": "H", "REC": "E11", "DEC": "01/01/2020"],
                ["CHILD": "I", "REC": "A3", "DEC": "01/01/2020"],
            ],
            "AD1": [
                ["CHILD": "A"],
                ["CHILD": "B", "DATE_MATCH": "02/01/2020"],
                ["CHILD": "C", "DATE_MATCH": "02/01/2020"],
                ["CHILD": "D", "DATE_MATCH": "02/01/2020"],
                ["CHILD": "E", "DATE_MATCH": "02/01/2020"],
                ["CHILD": "F", "DATE_MATCH": "02/01/2020"],
                ["CHILD": "G", "DATE_MATCH": "02/01/2020"],
                ["CHILD": "H", "DATE_MATCH": "01/01/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r582, ret) == ["Episodes": [8]])
    }

    @Test func r583() {
        let ret = LACC.ret(2026, [
            "PlacedAdoption": [
                ["CHILD": "child1", "DATE_PLACED": "01/02/2020", "DATE_PLACED_CEASED": "02/02/2020"],
                ["CHILD": "child1", "DATE_PLACED": "03/02/2020", "DATE_PLACED_CEASED": "04/02/2020"],
                ["CHILD": "child2", "DATE_PLACED": "01/02/2020"],
                ["CHILD": "child2", "DATE_PLACED": "02/02/2020"],
                ["CHILD": "child3", "DATE_PLACED": "01/02/2020", "DATE_PLACED_CEASED": "02/02/2020"],
                ["CHILD": "child3", "DATE_PLACED": "03/02/2020"],
                ["CHILD": "child4", "DATE_PLACED": "01/02/2020", "DATE_PLACED_CEASED": "02/02/2020"],
                ["CHILD": "child4", "DATE_PLACED": "01/01/2020"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r583, ret) == ["PlacedAdoption": [2, 7]])
    }

    @Test func r584() {
        let ret = LACC.ret(2026, [
            "PlacedAdoption": [
                ["CHILD": "child1", "DATE_PLACED": "01/02/2020", "DATE_PLACED_CEASED": "01/02/2020", "REASON_PLACED_CEASED": "xx"],
                ["CHILD": "child2", "DATE_PLACED": "01/02/2020", "DATE_PLACED_CEASED": "01/02/2021", "REASON_PLACED_CEASED": "xx"],
                ["CHILD": "child3", "DATE_PLACED": "01/02/2020", "DATE_PLACED_CEASED": "01/02/2020", "REASON_PLACED_CEASED": "xx"],
                ["CHILD": "child4", "DATE_PLACED": "01/02/2020"],
                ["CHILD": "child5", "DATE_PLACED": "01/02/2021", "DATE_PLACED_CEASED": "01/02/2021"],
                ["CHILD": "child6", "DATE_PLACED": "01/02/2020", "DATE_PLACED_CEASED": "01/02/2021", "REASON_PLACED_CEASED": "XX"],
                ["CHILD": "child7", "DATE_PLACED_CEASED": "01/02/2021", "REASON_PLACED_CEASED": "XX"],
            ],
        ], last: [
            "PlacedAdoption": [
                ["CHILD": "child1", "DATE_PLACED": "01/02/2021", "DATE_PLACED_CEASED": "01/02/2021", "REASON_PLACED_CEASED": "xx"],
                ["CHILD": "child2", "DATE_PLACED": "01/02/2021", "REASON_PLACED_CEASED": "xx"],
                ["CHILD": "child3", "DATE_PLACED": "01/02/2021", "DATE_PLACED_CEASED": "01/02/2021"],
                ["CHILD": "child4", "DATE_PLACED": "01/02/2020", "DATE_PLACED_CEASED": "01/02/2020", "REASON_PLACED_CEASED": "xx"],
                ["CHILD": "child5", "DATE_PLACED": "01/02/2020", "DATE_PLACED_CEASED": "02/02/2020", "REASON_PLACED_CEASED": "xx"],
                ["CHILD": "child6", "DATE_PLACED_CEASED": "01/02/2020", "REASON_PLACED_CEASED": "xx"],
                ["CHILD": "child7", "DATE_PLACED": "01/01/2020", "DATE_PLACED_CEASED": "01/02/2020", "REASON_PLACED_CEASED": "xx"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r584, ret) == ["PlacedAdoption": [0, 1, 2, 3, 6]])
    }

    @Test func r601() {
        let ret = LACC.ret(2021, [
            "Episodes": [
                ["CHILD": "101", "DEC": "01/01/2009", "REC": "E45", "DECOM": "01/01/2009"],
                ["CHILD": "102", "DEC": "01/01/2021", "REC": "E11", "DECOM": "01/01/2001"],
                ["CHILD": "102", "DEC": "20/12/2021", "REC": "E15", "DECOM": "20/12/2001"],
                ["CHILD": "102", "DEC": "03/07/2020", "REC": "E12", "DECOM": "03/01/2019"],
                ["CHILD": "102", "DEC": "03/04/2019", "REC": "E48", "DECOM": "03/04/2008"],
                ["CHILD": "103", "DEC": "26/05/2020", "REC": "E12", "DECOM": "01/01/2002"],
                ["CHILD": "104", "DEC": "10/01/2002", "REC": "E11", "DECOM": "10/01/2002"],
                ["CHILD": "104", "DEC": "11/02/2010", "REC": "X1", "DECOM": "11/02/2010"],
                ["CHILD": "104", "DEC": "25/01/2002", "REC": "X1", "DECOM": "25/01/2002"],
                ["CHILD": "105", "DEC": "25/01/2002", "REC": "E47", "DECOM": "25/01/2002"],
                ["CHILD": "105", "REC": "E45"],
            ],
            "AD1": [
                ["CHILD": "101"],
                ["CHILD": "102", "DATE_MATCH": "XXX"],
                ["CHILD": "103", "DATE_INT": "XXX", "DATE_MATCH": "XXX", "FOSTER_CARE": "XXX", "NB_ADOPTR": "XXX", "SEX_ADOPTR": "XXX", "LS_ADOPTR": "XXX"],
                ["CHILD": "104", "LS_ADOPTR": "XXX"],
                ["CHILD": "105", "DATE_INT": "XXX", "DATE_MATCH": "XXX", "FOSTER_CARE": "XXX", "NB_ADOPTR": "XXX", "SEX_ADOPTR": "XXX", "LS_ADOPTR": "XXX"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r601, ret) == ["AD1": [1], "Episodes": [1, 3]])
    }

    @Test func r602() {
        let ret = LACC.ret(2021, [
            "Episodes": [
                ["CHILD": "111", "DEC": "08/06/2020", "REC": "E11"],
                ["CHILD": "222", "DEC": "09/07/2020", "REC": "oo"],
                ["CHILD": "333", "DEC": "09/08/2020", "REC": "T4"],
                ["CHILD": "444", "DEC": "25/03/2021", "REC": "E11"],
                ["CHILD": "555", "DEC": "22/03/2020", "REC": "oo"],
                ["CHILD": "666", "DEC": "25/04/2021"],
                ["CHILD": "888", "REC": "E11"],
            ],
            "AD1": [
                ["CHILD": "111"],
                ["CHILD": "123", "DATE_INT": "xx"],
                ["CHILD": "222"],
                ["CHILD": "333"],
                ["CHILD": "345", "DATE_INT": "xx"],
                ["CHILD": "444", "DATE_INT": "oo"],
                ["CHILD": "555"],
                ["CHILD": "666", "DATE_INT": "xx"],
                ["CHILD": "777", "DATE_INT": "xx"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.r602, ret) == ["AD1": [1, 4, 7, 8]])
    }
}
