import Testing
@testable import HarbourReturns

@Suite struct SSDA903RulesB371Tests {
    private typealias F = SSDA903FixtureB

    @Test func r371() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/01/2022", "PLACE": "K3", "DEC": "13/02/2022"],
                ["CHILD": "222", "DECOM": "01/02/2022", "PLACE": "P2", "DEC": "14/03/2022"],
                ["CHILD": "333", "DECOM": "02/03/2022", "PLACE": "P2", "DEC": "14/04/2022"],
                ["CHILD": "444", "DECOM": "15/01/1982", "PLACE": "K3", "DEC": "27/04/2012"],
                ["CHILD": "555", "DECOM": "15/03/2016", "PLACE": "K3", "DEC": "26/04/2006"],
                ["CHILD": "666", "DECOM": "14/03/2016", "PLACE": "K3", "DEC": "25/04/2012"],
            ],
            "Header": [
                ["CHILD": "111", "DOB": "01/01/1998"],
                ["CHILD": "222", "DOB": "01/02/2000"],
                ["CHILD": "333", "DOB": "02/03/2015"],
                ["CHILD": "444", "DOB": "15/01/2010"],
                ["CHILD": "555", "DOB": "15/03/2000"],
                ["CHILD": "666", "DOB": "15/03/2000"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r371, ret, "Episodes") == [3, 5])
    }

    @Test func r372() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/01/2020", "PLACE": "R5", "DEC": "13/02/2020"],
                ["CHILD": "222", "DECOM": "01/02/2020", "PLACE": "R5", "DEC": "14/03/2020"],
                ["CHILD": "333", "DECOM": "02/03/2020", "PLACE": "P2", "DEC": "14/04/2020"],
                ["CHILD": "444", "DECOM": "15/03/2010", "PLACE": "R5", "DEC": "27/04/2010"],
                ["CHILD": "555", "DECOM": "15/01/1980", "PLACE": "R5", "DEC": "26/04/2004"],
                ["CHILD": "666", "DECOM": "14/03/2010", "PLACE": "R5", "DEC": "25/04/2014"],
            ],
            "Header": [
                ["CHILD": "111", "DOB": "01/01/1998"],
                ["CHILD": "222", "DOB": "01/02/2000"],
                ["CHILD": "333", "DOB": "02/03/2015"],
                ["CHILD": "444", "DOB": "15/01/2010"],
                ["CHILD": "555", "DOB": "15/03/2000"],
                ["CHILD": "666", "DOB": "15/03/2000"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r372, ret, "Episodes") == [3, 4, 5])
    }

    @Test func r373() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/01/2020", "PLACE": "S1", "DEC": "13/02/2020"],
                ["CHILD": "222", "DECOM": "01/02/2020", "PLACE": "S1", "DEC": "14/03/2020"],
                ["CHILD": "333", "DECOM": "02/03/2020", "PLACE": "P2", "DEC": "14/04/2020"],
                ["CHILD": "444", "DECOM": "15/03/2010", "PLACE": "S1", "DEC": "27/04/2010"],
                ["CHILD": "555", "DECOM": "15/03/2004", "PLACE": "S1", "DEC": "26/04/2004"],
                ["CHILD": "666", "DECOM": "14/03/2004", "PLACE": "S1", "DEC": "25/04/2014"],
            ],
            "Header": [
                ["CHILD": "111", "DOB": "01/01/1998"],
                ["CHILD": "222", "DOB": "01/02/2000"],
                ["CHILD": "333", "DOB": "02/03/2015"],
                ["CHILD": "444", "DOB": "15/01/2010"],
                ["CHILD": "555", "DOB": "15/03/2000"],
                ["CHILD": "666", "DOB": "15/03/2000"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r373, ret, "Episodes") == [3, 5])
    }

    @Test func r374() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/01/2020", "PLACE": "P3", "DEC": "13/02/2020"],
                ["CHILD": "222", "DECOM": "01/02/2020", "PLACE": "P3", "DEC": "14/03/2020"],
                ["CHILD": "333", "DECOM": "02/03/2020", "PLACE": "P3", "DEC": "14/04/2020"],
                ["CHILD": "444", "DECOM": "15/03/2010", "PLACE": "P3"],
                ["CHILD": "555", "PLACE": "P3", "DEC": "27/04/2010"],
                ["CHILD": "666", "DECOM": "15/03/2004", "PLACE": "P3", "DEC": "26/04/2004"],
                ["CHILD": "777", "DECOM": "14/03/2014", "PLACE": "P3", "DEC": "25/04/2014"],
            ],
            "Header": [
                ["CHILD": "111", "DOB": "01/01/1998"],
                ["CHILD": "222", "DOB": "01/02/2000"],
                ["CHILD": "333", "DOB": "02/03/2015"],
                ["CHILD": "444", "DOB": "15/01/2010"],
                ["CHILD": "555", "DOB": "15/03/2000"],
                ["CHILD": "666", "DOB": "15/03/2000"],
                ["CHILD": "777", "DOB": "15/03/2000"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r374, ret, "Episodes") == [2, 5, 6])
    }

    @Test func r375() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/01/2020", "DEC": "13/02/2020", "PLACE": "T1"],
                ["CHILD": "222", "DECOM": "01/02/2020", "DEC": "14/03/2020", "PLACE": "T1"],
                ["CHILD": "333", "DECOM": "02/03/2020", "DEC": "14/04/2020", "PLACE": "T1"],
                ["CHILD": "444", "DECOM": "15/03/2010", "DEC": "27/04/2010", "PLACE": "T1"],
                ["CHILD": "555", "DECOM": "15/03/2004", "DEC": "26/04/2004", "PLACE": "T1"],
                ["CHILD": "666", "DECOM": "14/03/2014", "DEC": "25/04/2014", "PLACE": "P2"],
            ],
            "Header": [
                ["CHILD": "111", "DOB": "01/01/1998"],
                ["CHILD": "222", "DOB": "01/02/2000"],
                ["CHILD": "333", "DOB": "02/03/2015"],
                ["CHILD": "444", "DOB": "15/01/2010"],
                ["CHILD": "555", "DOB": "15/03/2000"],
                ["CHILD": "666", "DOB": "15/03/2000"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r375, ret, "Episodes") == [0, 2, 3])
    }

    @Test func r376() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/01/2020", "DEC": "22/01/2020", "PLACE": "T3"],
                ["CHILD": "222", "DECOM": "01/02/2020", "DEC": "23/02/2020", "PLACE": "T3"],
                ["CHILD": "333", "DECOM": "02/03/2020", "DEC": "24/03/2020", "PLACE": "T3"],
                ["CHILD": "444", "DECOM": "15/03/2010", "DEC": "06/04/2010", "PLACE": "T3"],
                ["CHILD": "555", "DECOM": "15/03/2004", "DEC": "05/04/2004", "PLACE": "T3"],
                ["CHILD": "666", "DECOM": "14/03/2014", "DEC": "04/04/2014", "PLACE": "P2"],
                ["CHILD": "777", "PLACE": "T3"],
            ],
            "Header": [
                ["CHILD": "111", "DOB": "01/01/1998"],
                ["CHILD": "222", "DOB": "01/02/2000"],
                ["CHILD": "333", "DOB": "02/03/2015"],
                ["CHILD": "444", "DOB": "15/01/2010"],
                ["CHILD": "555", "DOB": "15/03/2000"],
                ["CHILD": "666", "DOB": "15/03/2000"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r376, ret, "Episodes") == [1, 2, 3])
    }

    @Test func r377() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "RNE": "P", "DECOM": "01/06/2020", "PLACE": "T3"],
                ["CHILD": "111", "RNE": "P", "DECOM": "05/06/2020", "PLACE": "P3"],
                ["CHILD": "111", "RNE": "T", "DECOM": "06/06/2020", "PLACE": "T3"],
                ["CHILD": "111", "RNE": "B", "DECOM": "08/06/2020", "PLACE": "T3"],
                ["CHILD": "222", "RNE": "B", "DECOM": "05/06/2020", "PLACE": "T3"],
                ["CHILD": "333", "RNE": "B", "DECOM": "06/06/2020", "PLACE": "T3"],
                ["CHILD": "333", "RNE": "U", "DECOM": "10/06/2020", "PLACE": "T3"],
                ["CHILD": "444", "RNE": "B", "DECOM": "07/06/2020", "PLACE": "T3"],
                ["CHILD": "444", "RNE": "B", "DECOM": "08/06/2020", "PLACE": "oo"],
                ["CHILD": "444", "RNE": "T", "DECOM": "09/06/2020", "PLACE": "T3"],
                ["CHILD": "444", "RNE": "B", "DECOM": "15/06/2020", "PLACE": "T3"],
                ["CHILD": "6666", "RNE": "P", "DECOM": "11/06/2020", "PLACE": "oo"],
                ["CHILD": "6666", "RNE": "P", "DECOM": "12/06/2020", "PLACE": "T3"],
                ["CHILD": "6666", "RNE": "P", "DECOM": "13/06/2020", "PLACE": "T3"],
                ["CHILD": "6666", "RNE": "P", "DECOM": "14/06/2020", "PLACE": "T3"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r377, ret, "Episodes") == [0, 2, 3, 7, 9, 10, 12, 13, 14])
    }

    @Test func r378() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "11", "PLACE": "P1", "LS": "x", "REC": "x"],
                ["CHILD": "202", "PLACE": "x", "LS": "D1", "REC": "x"],
                ["CHILD": "3003", "PLACE": "A4", "LS": "D1", "REC": "E12"],
                ["CHILD": "40004", "PLACE": "P1", "LS": "V2", "REC": "E12"],
                ["CHILD": "5005", "PLACE": "A5", "LS": "x", "REC": "x"],
                ["CHILD": "606", "PLACE": "A6", "LS": "V2", "REC": "x"],
                ["CHILD": "77", "PLACE": "x", "LS": "x", "REC": "x"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r378, ret, "Episodes") == [3])
    }

    @Test func r379() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/01/2020", "DEC": "08/01/2020", "PLACE": "T4"],
                ["CHILD": "222", "DECOM": "01/02/2020", "DEC": "09/02/2020", "PLACE": "T4"],
                ["CHILD": "333", "DECOM": "02/03/2020", "DEC": "09/03/2020", "PLACE": "T4"],
                ["CHILD": "444", "DECOM": "15/03/2010", "DEC": "25/03/2010", "PLACE": "T4"],
                ["CHILD": "555", "DECOM": "15/03/2004", "DEC": "22/03/2004", "PLACE": "T4"],
                ["CHILD": "666", "DECOM": "14/03/2014", "DEC": "25/03/2014", "PLACE": "P2"],
            ],
            "Header": [
                ["CHILD": "111", "DOB": "08/01/2020"],
                ["CHILD": "222", "DOB": "08/02/2020"],
                ["CHILD": "333", "DOB": "09/03/2020"],
                ["CHILD": "444", "DOB": "22/03/2010"],
                ["CHILD": "555", "DOB": "22/03/2004"],
                ["CHILD": "666", "DOB": "21/03/2014"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r379, ret, "Episodes") == [1, 3])
    }

    @Test func r380() {
        let ret = F.ret([
            "Episodes": [
                ["RNE": "S", "PLACE": "U1"],
                ["RNE": "L", "PLACE": "T0"],
                ["RNE": "P", "PLACE": "U2"],
                ["RNE": "B", "PLACE": "Z1"],
                ["RNE": "P", "PLACE": "T1"],
                [:],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r380, ret, "Episodes") == [1])
    }

    @Test func r381() {
        let ret = F.ret([
            "Episodes": [
                ["REC": "X1", "PLACE": "T3"],
                ["REC": "PR1", "PLACE": "T0"],
                ["REC": "X1", "PLACE": "U2"],
                ["PLACE": "T2"],
                ["REC": "X1", "PLACE": "T1"],
                [:],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r381, ret, "Episodes") == [1])
    }

    @Test func r382() {
        let ret = F.ret([
            "Episodes": [
                ["PLACE": "T0", "LS": "V3"],
                ["PLACE": "R4", "LS": "V3"],
                ["PLACE": "T1", "LS": "X3"],
                ["PLACE": "T2", "LS": "V4"],
                ["PLACE": "T3", "LS": "V4"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r382, ret, "Episodes") == [0, 3, 4])
    }

    @Test func r383() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "RNE": "S", "DECOM": "01/06/2020", "PLACE": "S1", "PL_POST": "1"],
                ["CHILD": "111", "RNE": "S", "DECOM": "05/06/2020", "PLACE": "T1", "PL_POST": "1"],
                ["CHILD": "111", "RNE": "T", "DECOM": "06/06/2020", "PLACE": "S1", "PL_POST": "1"],
                ["CHILD": "222", "RNE": "S", "DECOM": "05/06/2020", "PLACE": "T1", "PL_POST": "1"],
                ["CHILD": "333", "RNE": "S", "DECOM": "06/06/2020", "PLACE": "S1", "PL_POST": "1"],
                ["CHILD": "333", "RNE": "S", "DECOM": "10/06/2020", "PLACE": "T1", "PL_POST": "1"],
                ["CHILD": "333", "RNE": "P", "DECOM": "12/06/2020", "PLACE": "S2", "PL_POST": "1"],
                ["CHILD": "444", "RNE": "S", "DECOM": "08/06/2020", "PLACE": "T1", "PL_POST": "1"],
                ["CHILD": "444", "RNE": "S", "DECOM": "09/06/2020", "PLACE": "P4", "PL_POST": "1"],
                ["CHILD": "444", "RNE": "S", "DECOM": "15/06/2020", "PLACE": "T1", "PL_POST": "1"],
                ["CHILD": "6666", "RNE": "S", "DECOM": "12/06/2020", "PLACE": "T1", "PL_POST": "1"],
                ["CHILD": "6666", "RNE": "S", "DECOM": "13/06/2020", "PLACE": "T1", "PL_POST": "1"],
                ["CHILD": "6666", "RNE": "P", "DECOM": "14/06/2020", "PLACE": "T1", "PL_POST": "1"],
                ["CHILD": "777", "RNE": "P", "DECOM": "01/06/2020", "PLACE": "S1", "PL_POST": "1"],
                ["CHILD": "777", "RNE": "S", "DECOM": "05/06/2020", "PLACE": "T1", "PL_POST": "2"],
                ["CHILD": "777", "RNE": "P", "DECOM": "06/06/2020", "PLACE": "S1", "PL_POST": "3"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r383, ret, "Episodes") == [2, 6, 15])
    }

    @Test func r384() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "11", "PLACE": "U1", "LS": "V4"],
                ["CHILD": "202", "PLACE": "x", "LS": "D1"],
                ["CHILD": "3003", "PLACE": "U4", "LS": "V3"],
                ["CHILD": "40004", "PLACE": "P1", "LS": "V3"],
                ["CHILD": "5005", "PLACE": "A5", "LS": "x"],
                ["CHILD": "606", "PLACE": "A6", "LS": "V4"],
                ["CHILD": "77", "PLACE": "x", "LS": "x"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r384, ret, "Episodes") == [0, 2])
    }

    @Test func r385() {
        let ret = F.ret([
            "Episodes": [
                ["DEC": "14/03/2021"],
                ["DEC": "08/09/2021"],
                ["DEC": "03/10/2020"],
                ["DEC": "04/04/2021"],
                [:],
                ["DEC": "Tuesday 33st"],
            ],
        ], year: 2021)
        #expect(F.rows(SSDA903Rules.r385, ret, "Episodes") == [1, 3])
    }

    @Test func r386() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "101", "REC": "E11", "DEC": "15/03/2021"],
                ["CHILD": "102", "REC": "E12", "DEC": "17/06/2020"],
                ["CHILD": "101", "REC": "X1", "DEC": "20/03/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "REC": "E11", "DEC": "23/08/2020"],
                ["CHILD": "104", "REC": "E11"],
            ],
            "Header": [
                ["CHILD": "101", "DOB": "16/03/2020"],
                ["CHILD": "102", "DOB": "23/09/2002"],
                ["CHILD": "103", "DOB": "31/12/2000"],
                ["CHILD": "104", "DOB": "01/02/2003"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r386, ret, "Episodes") == [4])
    }

    @Test func r387() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "101", "REC": "E5", "DEC": "16/03/2021"],
                ["CHILD": "102", "REC": "E6", "DEC": "17/06/2020"],
                ["CHILD": "101", "REC": "X1", "DEC": "20/03/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "REC": "E6", "DEC": "23/08/2020"],
                ["CHILD": "104", "REC": "E5", "DEC": "19XX/33rd"],
                ["CHILD": "105", "REC": "E6"],
            ],
            "Header": [
                ["CHILD": "101", "DOB": "16/03/2005"],
                ["CHILD": "102", "DOB": "23/09/2002"],
                ["CHILD": "103", "DOB": "31/12/2014"],
                ["CHILD": "104", "DOB": "31/12/2014"],
                ["CHILD": "105", "DOB": "01/01/2004"],
                ["CHILD": "105", "DOB": "01/01/2004"],
            ],
        ], year: 2021)
        #expect(F.rows(SSDA903Rules.r387, ret, "Episodes") == [4])
    }

    @Test func r388() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "111", "DECOM": "01/06/2020", "DEC": "04/06/2020", "REC": "X1"],
                ["CHILD": "111", "DECOM": "05/06/2020", "DEC": "06/06/2020", "REC": "X1"],
                ["CHILD": "111", "DECOM": "06/06/2020", "DEC": "08/06/2020", "REC": "X1"],
                ["CHILD": "111", "DECOM": "08/06/2020", "DEC": "05/06/2020", "REC": "X1"],
                ["CHILD": "222", "DECOM": "05/06/2020", "DEC": "06/06/2020"],
                ["CHILD": "333", "DECOM": "06/06/2020", "DEC": "07/06/2020", "REC": "E11"],
                ["CHILD": "333", "DECOM": "07/06/2020"],
                ["CHILD": "444", "DECOM": "08/06/2020", "DEC": "09/06/2020", "REC": "X1"],
                ["CHILD": "444", "DECOM": "09/06/2020", "DEC": "10/06/2020", "REC": "E11"],
                ["CHILD": "444", "DECOM": "15/06/2020"],
                ["CHILD": "555", "DECOM": "11/06/2020", "DEC": "12/06/2020", "REC": "X1"],
                ["CHILD": "6666", "DECOM": "12/06/2020", "DEC": "13/06/2020", "REC": "X1"],
                ["CHILD": "6666", "DECOM": "13/06/2020", "DEC": "14/06/2020", "REC": "X1"],
                ["CHILD": "6666", "DECOM": "14/06/2020", "DEC": "15/06/2020", "REC": "X1"],
                ["CHILD": "6666", "DECOM": "15/06/2020", "DEC": "16/06/2020", "REC": "X1"],
                ["CHILD": "77777", "DECOM": "16/06/2020", "DEC": "17/06/2020", "REC": "X1"],
                ["CHILD": "77777", "DECOM": "17/06/2020", "DEC": "18/06/2020", "REC": "X1"],
                ["CHILD": "77777", "DECOM": "18/06/2020"],
                ["CHILD": "999", "DECOM": "31/06/2020"],
                ["CHILD": "123"],
                [:],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r388, ret, "Episodes") == [0, 3, 5, 10, 14])
    }

    @Test func r389() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "101", "REC": "E7", "DEC": "16/03/2021"],
                ["CHILD": "102", "REC": "E7", "DEC": "17/06/2020"],
                ["CHILD": "101", "REC": "X1", "DEC": "20/03/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "REC": "E7", "DEC": "23/08/2020"],
            ],
            "Header": [
                ["CHILD": "101", "DOB": "16/03/2005"],
                ["CHILD": "102", "DOB": "23/09/2002"],
                ["CHILD": "103", "DOB": "31/12/2014"],
                ["CHILD": "103", "DOB": "31/12/2014"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r389, ret, "Episodes") == [4])
    }

    @Test func r390() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "11", "PLACE": "P1", "LS": "x", "REC": "E11"],
                ["CHILD": "202", "PLACE": "x", "LS": "D1", "REC": "x"],
                ["CHILD": "3003", "PLACE": "A4", "LS": "D1", "REC": "E12"],
                ["CHILD": "40004", "PLACE": "P1", "LS": "V2", "REC": "E12"],
                ["CHILD": "5005", "PLACE": "A5", "LS": "x", "REC": "E11"],
                ["CHILD": "606", "PLACE": "A6", "LS": "V2", "REC": "x"],
                ["CHILD": "77", "PLACE": "x", "LS": "x", "REC": "x"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r390, ret, "Episodes") == [0, 3])
    }

    @Test func r391() {
        let ret = F.ret([
            "OC3": [
                ["CHILD": "A", "DOB": "01/01/2001", "IN_TOUCH": "DIED"],
                ["CHILD": "B", "DOB": "01/01/2016", "IN_TOUCH": "Yes"],
                ["CHILD": "C", "DOB": "20/12/1997", "IN_TOUCH": "RHOM", "ACTIV": "XXX"],
                ["CHILD": "D", "DOB": "01/01/2002", "ACCOM": "XXX"],
                ["CHILD": "E", "DOB": "03/01/2004"],
            ],
        ], year: 2018)
        #expect(F.rows(SSDA903Rules.r391, ret, "OC3") == [1, 3])
    }
}
