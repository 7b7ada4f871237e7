import Testing
@testable import HarbourReturns

@Suite struct SSDA903RulesB511Tests {
    private typealias F = SSDA903FixtureB

    @Test func r511() {
        let ret = F.ret([
            "AD1": [
                ["NB_ADOPTR": "2", "SEX_ADOPTR": "MM"],
                ["NB_ADOPTR": "2", "SEX_ADOPTR": "FF"],
                ["SEX_ADOPTR": "MM"],
                ["NB_ADOPTR": "2", "SEX_ADOPTR": "M1"],
                ["NB_ADOPTR": "2", "SEX_ADOPTR": "F1"],
                ["NB_ADOPTR": "1", "SEX_ADOPTR": "F1"],
                ["NB_ADOPTR": "2", "SEX_ADOPTR": "F1"],
                ["NB_ADOPTR": "1", "SEX_ADOPTR": "F1"],
                ["NB_ADOPTR": "2"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r511, ret, "AD1") == [3, 4, 6])
    }

    @Test func r514() {
        let ret = F.ret([
            "AD1": [
                ["LS_ADOPTR": "L0", "SEX_ADOPTR": "M1"],
                ["LS_ADOPTR": "xx", "SEX_ADOPTR": "F1"],
                ["LS_ADOPTR": "L0", "SEX_ADOPTR": "xx"],
                [:],
                ["LS_ADOPTR": "L0", "SEX_ADOPTR": "xxx"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r514, ret, "AD1") == [2, 4])
    }

    @Test func r516() {
        let ret = F.ret([
            "Episodes": [
                ["REC": "E45", "PLACE": "U1"],
                ["REC": "E46", "PLACE": "U2"],
                ["PLACE": "U3"],
                ["REC": "E45", "PLACE": "Z1"],
                ["REC": "E46", "PLACE": "S1"],
                ["REC": "E45", "PLACE": "R1"],
                ["REC": "E45", "PLACE": "U4"],
                ["REC": "E2", "PLACE": "K2"],
                ["REC": "E2", "PLACE": "K2"],
                ["REC": "E46", "PLACE": "T1"],
                ["REC": "E46", "PLACE": "U6"],
                ["REC": "E46", "PLACE": "xx"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r516, ret, "Episodes") == [3, 4, 5, 9, 11])
    }

    @Test func r517() {
        let ret = F.ret([
            "AD1": [
                ["LS_ADOPTR": "L3", "SEX_ADOPTR": "MF"],
                ["LS_ADOPTR": "L1", "SEX_ADOPTR": "MF"],
                ["SEX_ADOPTR": "MM"],
                ["LS_ADOPTR": "L3", "SEX_ADOPTR": "M1"],
                ["LS_ADOPTR": "L3", "SEX_ADOPTR": "FF"],
                ["LS_ADOPTR": "L4", "SEX_ADOPTR": "F1"],
                ["LS_ADOPTR": "L3", "SEX_ADOPTR": "xxxxx"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r517, ret, "AD1") == [3, 4, 6])
    }

    @Test func r518() {
        let ret = F.ret([
            "AD1": [
                ["LS_ADOPTR": "L4", "SEX_ADOPTR": "MM"],
                ["LS_ADOPTR": "L4", "SEX_ADOPTR": "FF"],
                ["SEX_ADOPTR": "MM"],
                ["LS_ADOPTR": "L4", "SEX_ADOPTR": "M1"],
                ["LS_ADOPTR": "L4", "SEX_ADOPTR": "MF"],
                ["LS_ADOPTR": "L1", "SEX_ADOPTR": "F1"],
                ["LS_ADOPTR": "L4", "SEX_ADOPTR": "xxxxx"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r518, ret, "AD1") == [3, 4, 6])
    }

    @Test func r519() {
        let ret = F.ret([
            "AD1": [
                ["LS_ADOPTR": "L2", "SEX_ADOPTR": "MM"],
                ["LS_ADOPTR": "L4", "SEX_ADOPTR": "FF"],
                ["SEX_ADOPTR": "MM"],
                ["LS_ADOPTR": "L2", "SEX_ADOPTR": "M1"],
                ["LS_ADOPTR": "L2", "SEX_ADOPTR": "MF"],
                ["LS_ADOPTR": "L2"],
                ["LS_ADOPTR": "L4", "SEX_ADOPTR": "xxxxx"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r519, ret, "AD1") == [3, 5])
    }

    @Test func r520() {
        let ret = F.ret([
            "AD1": [
                ["LS_ADOPTR": "L11", "SEX_ADOPTR": "MM"],
                ["LS_ADOPTR": "L11", "SEX_ADOPTR": "FF"],
                ["SEX_ADOPTR": "MM"],
                ["LS_ADOPTR": "L4", "SEX_ADOPTR": "M1"],
                ["LS_ADOPTR": "L11", "SEX_ADOPTR": "MF"],
                ["LS_ADOPTR": "L1", "SEX_ADOPTR": "F1"],
                ["LS_ADOPTR": "L4", "SEX_ADOPTR": "xxxxx"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r520, ret, "AD1") == [0, 1])
    }

    @Test func r521() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/01/2020", "PLACE": "A6"],
                ["CHILD": "111", "DECOM": "01/11/2020", "PLACE": "A5"],
                ["CHILD": "111", "DECOM": "22/01/2020", "PLACE": "X1"],
                ["CHILD": "123", "PLACE": "A5"],
                ["CHILD": "123", "DECOM": "11/01/2020", "PLACE": "X1"],
                ["CHILD": "333", "DECOM": "01/01/2020", "PLACE": "A6"],
                ["CHILD": "333", "DECOM": "22/01/2020", "PLACE": "X1"],
                ["CHILD": "333", "DECOM": "11/01/2020", "PLACE": "U1"],
                ["CHILD": "444", "DECOM": "22/06/2020", "PLACE": "A3"],
                ["CHILD": "444", "DECOM": "11/01/2020", "PLACE": "X1"],
                ["CHILD": "444", "DECOM": "01/01/2020", "PLACE": "A3"],
                ["CHILD": "678", "DECOM": "01/01/2020", "PLACE": "A4"],
            ],
            "AD1": [
                ["DATE_INT": "08/03/2020", "CHILD": "111"],
                ["DATE_INT": "22/07/2020", "CHILD": "123"],
                ["DATE_INT": "13/10/2021", "CHILD": "333"],
                ["DATE_INT": "22/06/2020", "CHILD": "444"],
                ["CHILD": "678"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r521, ret, "Episodes") == [0, 5, 10])
        #expect(F.rows(SSDA903Rules.r521, ret, "AD1") == [0, 2, 3])
    }

    @Test func r522() {
        let ret = F.ret([
            "PlacedAdoption": [
                ["CHILD": "11", "DATE_PLACED_CEASED": "26/05/2000", "DATE_PLACED": "26/05/2000"],
                ["CHILD": "202", "DATE_PLACED_CEASED": "01/02/2003", "DATE_PLACED": "26/05/2000"],
                ["CHILD": "3003", "DATE_PLACED_CEASED": "26/05/2000"],
                ["CHILD": "40004", "DATE_PLACED_CEASED": "26/05/2000", "DATE_PLACED": "01/02/2003"],
                ["CHILD": "606", "DATE_PLACED": "26/05/2000"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r522, ret, "PlacedAdoption") == [3])
    }

    @Test func r523() {
        let ret = F.ret([
            "AD1": [
                ["DATE_INT": "08/03/2020", "CHILD": "1"],
                ["DATE_INT": "22/07/2020", "CHILD": "2"],
                ["DATE_INT": "13/10/2021", "CHILD": "3"],
                ["DATE_INT": "22/06/2020", "CHILD": "4"],
                ["DATE_INT": "26/05/2018", "CHILD": "5"],
                ["CHILD": "6"],
                ["DATE_INT": "01/10/2020", "CHILD": "7"],
                ["DATE_INT": "01/10/2020", "CHILD": "333"],
            ],
            "PlacedAdoption": [
                ["DATE_PLACED": "08/03/2020", "CHILD": "1"],
                ["DATE_PLACED": "22/06/2020", "CHILD": "2"],
                ["DATE_PLACED": "13/10/2022", "CHILD": "3"],
                ["DATE_PLACED": "24/10/2021", "CHILD": "4"],
                ["CHILD": "5"],
                ["CHILD": "6"],
                ["DATE_PLACED": "£1st/Februart", "CHILD": "7"],
                ["DATE_PLACED": "11/11/2020", "CHILD": "10"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r523, ret, "PlacedAdoption") == [1, 2, 3])
        #expect(F.rows(SSDA903Rules.r523, ret, "AD1") == [1, 2, 3])
    }

    @Test func r524() {
        let ret = F.ret([
            "AD1": [
                ["LS_ADOPTR": "L12", "SEX_ADOPTR": "MM"],
                ["LS_ADOPTR": "L12", "SEX_ADOPTR": "FF"],
                ["SEX_ADOPTR": "MM"],
                ["LS_ADOPTR": "L12", "SEX_ADOPTR": "M1"],
                ["LS_ADOPTR": "L12", "SEX_ADOPTR": "MF"],
                ["LS_ADOPTR": "L4", "SEX_ADOPTR": "F1"],
                ["LS_ADOPTR": "L12", "SEX_ADOPTR": "xxxxx"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r524, ret, "AD1") == [3, 4, 6])
    }

    @Test func r525() {
        let ret = F.ret([
            "PlacedAdoption": [
                ["DATE_PLACED_CEASED": "08/03/2020", "CHILD": "104"],
                ["DATE_PLACED_CEASED": "22/06/2020", "CHILD": "105"],
                ["DATE_PLACED_CEASED": "13/10/2022", "CHILD": "107"],
                ["DATE_PLACED_CEASED": "24/10/2021", "CHILD": "108"],
                ["CHILD": "109"],
            ],
            "AD1": [
                ["CHILD": "104"],
                ["CHILD": "105", "DATE_MATCH": "XXX"],
                ["CHILD": "107", "DATE_INT": "XXX", "DATE_MATCH": "XXX", "FOSTER_CARE": "XXX", "NB_ADOPTR": "XXX", "SEX_ADOPTR": "XXX", "LS_ADOPTR": "XXX"],
                ["CHILD": "108", "LS_ADOPTR": "XXX"],
                ["CHILD": "109", "DATE_INT": "XXX", "DATE_MATCH": "XXX", "FOSTER_CARE": "XXX", "NB_ADOPTR": "XXX", "SEX_ADOPTR": "XXX", "LS_ADOPTR": "XXX"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r525, ret, "PlacedAdoption") == [1, 2, 3])
        #expect(F.rows(SSDA903Rules.r525, ret, "AD1") == [1, 2, 3])
    }

    @Test func r526() {
        let ret = F.ret([
            "Episodes": [
                ["PLACE": "E1", "PLACE_PROVIDER": "PR1"],
                ["PLACE": "P0", "PLACE_PROVIDER": "PR2"],
                ["PLACE": "T1"],
                ["PLACE": "T3", "PLACE_PROVIDER": "PR0"],
                ["PLACE": "Z14"],
                ["PLACE": "Z1"],
                ["PLACE": "P0"],
                ["PLACE": "Z14"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r526, ret, "Episodes") == [5, 6])
    }

    @Test func r527() {
        let ret = F.ret([
            "Episodes": [
                ["PLACE": "P1", "PLACE_PROVIDER": "PR1"],
                ["PLACE": "A3", "PLACE_PROVIDER": "PR3"],
                ["PLACE": "K1", "PLACE_PROVIDER": "PR4"],
                ["PLACE": "R2", "PLACE_PROVIDER": "PR1"],
                ["PLACE": "P1", "PLACE_PROVIDER": "PR1"],
                ["PLACE": "X1", "PLACE_PROVIDER": "PR1"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r527, ret, "Episodes") == [0, 3, 4])
    }

    @Test func r528() {
        let ret = F.ret([
            "Episodes": [
                ["PLACE": "P1", "PLACE_PROVIDER": "PR2"],
                ["PLACE": "A3", "PLACE_PROVIDER": "PR3"],
                ["PLACE": "K1", "PLACE_PROVIDER": "PR2"],
                ["PLACE": "P1", "PLACE_PROVIDER": "PR4"],
                ["PLACE": "P1", "PLACE_PROVIDER": "PR5"],
                ["PLACE": "R2", "PLACE_PROVIDER": "PR2"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r528, ret, "Episodes") == [0, 5])
    }

    @Test func r529() {
        let ret = F.ret([
            "Episodes": [
                ["PLACE_PROVIDER": "PR0", "PLACE": "U1"],
                ["PLACE_PROVIDER": "PR1", "PLACE": "U2"],
                ["PLACE_PROVIDER": "PR3", "PLACE": "U3"],
                ["PLACE_PROVIDER": "PR3", "PLACE": "T1"],
                [:],
                ["PLACE_PROVIDER": "PR3", "PLACE": "A3"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r529, ret, "Episodes") == [2, 5])
    }

    @Test func r530() {
        let ret = F.ret([
            "Episodes": [
                ["PLACE": "P1", "PLACE_PROVIDER": "PR4"],
                ["PLACE": "A3", "PLACE_PROVIDER": "PR3"],
                ["PLACE": "K1", "PLACE_PROVIDER": "PR4"],
                ["PLACE": "P1", "PLACE_PROVIDER": "PR4"],
                ["PLACE": "P1", "PLACE_PROVIDER": "PR5"],
                ["PLACE": "P1", "PLACE_PROVIDER": "PRO"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r530, ret, "Episodes") == [0, 3])
    }

    @Test func r531() {
        let ret = F.ret([
            "Episodes": [
                ["PLACE": "P1", "PLACE_PROVIDER": "PR5"],
                ["PLACE": "A3", "PLACE_PROVIDER": "PR3"],
                ["PLACE": "K1", "PLACE_PROVIDER": "PR4"],
                ["PLACE": "P1", "PLACE_PROVIDER": "PR4"],
                ["PLACE": "P1", "PLACE_PROVIDER": "PR5"],
                ["PLACE": "P1", "PLACE_PROVIDER": "PRO"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r531, ret, "Episodes") == [0, 4])
    }
}
