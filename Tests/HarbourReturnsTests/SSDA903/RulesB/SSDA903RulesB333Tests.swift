import Testing
@testable import HarbourReturns

@Suite struct SSDA903RulesB333Tests {
    private typealias F = SSDA903FixtureB

    @Test func r333() {
        let ret = F.ret(["AD1": [
            ["DATE_INT": "01/06/2020", "DATE_MATCH": "05/06/2020"],
            ["DATE_INT": "02/06/2020"],
            ["DATE_INT": "03/06/2020", "DATE_MATCH": "01/06/2020"],
            ["DATE_INT": "04/06/2020", "DATE_MATCH": "02/06/2020"],
            ["DATE_MATCH": "05/06/2020"],
        ]])
        #expect(F.rows(SSDA903Rules.r333, ret, "AD1") == [2, 3, 4])
    }

    @Test func r334() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "101", "DECOM": "01/03/1980", "RNE": "S"],
                ["CHILD": "102", "DECOM": "01/03/1980", "RNE": "o"],
                ["CHILD": "102", "DECOM": "01/03/1980", "RNE": "S"],
                ["CHILD": "103", "DECOM": "01/02/1970", "RNE": "o"],
                ["CHILD": "103", "DECOM": "01/03/1979", "RNE": "S"],
                ["CHILD": "103", "DECOM": "01/01/1980", "RNE": "S"],
                ["CHILD": "104", "DECOM": "01/03/1979", "RNE": "o"],
                ["CHILD": "104", "DECOM": "01/01/1981", "RNE": "o"],
                ["CHILD": "105", "DECOM": "01/03/1979", "RNE": "o"],
                ["CHILD": "105", "DECOM": "01/01/2020", "RNE": "S"],
                ["CHILD": "105", "DECOM": "26/05/2021", "RNE": "o"],
            ],
            "AD1": [
                ["CHILD": "101", "DATE_INT": "26/05/1978"],
                ["CHILD": "102"],
                ["CHILD": "103", "DATE_INT": "26/05/1981"],
                ["CHILD": "104", "DATE_INT": "01/02/1960"],
                ["CHILD": "105", "DATE_INT": "26/05/2019"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r334, ret, "Episodes") == [0, 9])
        #expect(F.rows(SSDA903Rules.r334, ret, "AD1") == [0, 4])
    }

    @Test func r335() {
        let places = ["A2", "--", "A1", "--", "A4", "--", "A5", "A3"]
        let recs = ["E1", "E1", "E1", "E12", "E11", "E1", "--", "E12"]
        let foster = ["0", "1", "0", "1", "2", "former foster carer", "", ""]
        let ret = F.ret([
            "Episodes": (0..<8).map { ["CHILD": "\(10 + $0)", "PLACE": places[$0], "REC": recs[$0]] },
            "AD1": (0..<8).map { ["CHILD": "\(10 + $0)", "FOSTER_CARE": foster[$0]] },
        ])
        #expect(F.rows(SSDA903Rules.r335, ret, "Episodes") == [0])
        #expect(F.rows(SSDA903Rules.r335, ret, "AD1") == [0])
    }

    @Test func r336() {
        let rows: [(String, String, String)] = [
            ("111", "01/01/2020", "U1"), ("111", "11/01/2020", "T1"), ("111", "22/01/2020", "A3"),
            ("123", "11/01/2020", "A4"), ("123", "01/01/2020", "U1"),
            ("333", "01/01/2020", "U1"), ("333", "22/01/2020", "A3"), ("333", "11/01/2020", "T2"),
            ("444", "22/01/2020", "A4"), ("444", "11/01/2020", "X1"), ("444", "01/01/2020", "A3"),
            ("666", "01/01/2020", "A5"),
            ("777", "11/01/2020", "A4"), ("777", "01/01/2020", ""),
        ]
        let ret = F.ret(["Episodes": rows.map { ["CHILD": $0.0, "DECOM": $0.1, "PLACE": $0.2] }])
        #expect(F.rows(SSDA903Rules.r336, ret, "Episodes") == [2, 6, 8, 12])
    }

    @Test func r344() {
        let inTouch = ["DIED", "Yes", "RHOM", "", "DIED", "RHOM"]
        let activ = ["0", "", "XXX", "", "XXX", ""]
        let accom = ["0", "", "0", "XXX", "XXX", "0"]
        let ret = F.ret(["OC3": (0..<6).map { ["CHILD": "\($0)", "IN_TOUCH": inTouch[$0], "ACTIV": activ[$0], "ACCOM": accom[$0]] }])
        #expect(F.rows(SSDA903Rules.r344, ret, "OC3") == [2, 4, 5])
    }

    @Test func r345() {
        let inTouch = ["No", "YES", "YES", "", "Yes"]
        let activ = ["", "0", "XXX", "", "XXX"]
        let accom = ["0", "", "0", "XXX", "XXX"]
        let ret = F.ret(["OC3": (0..<5).map { ["CHILD": "\($0)", "IN_TOUCH": inTouch[$0], "ACTIV": activ[$0], "ACCOM": accom[$0]] }])
        #expect(F.rows(SSDA903Rules.r345, ret, "OC3") == [1, 2])
    }

    @Test func r347() {
        let dobs = ["01/01/1999", "01/01/2010", "01/01/2000", "02/04/2002", "01/04/2002"]
        let accom = ["T", "", "T", "T", "T"]
        let ret = F.ret(["OC3": (0..<5).map { ["CHILD": "c\($0)", "DOB": dobs[$0], "ACCOM": accom[$0]] }], year: 2021)
        #expect(F.rows(SSDA903Rules.r347, ret, "OC3") == [3])
        let real = F.ret(["OC3": [["CHILD": "c", "DOB": "02/04/2004", "ACCOM": "T1"]]], year: 2021)
        #expect(F.rows(SSDA903Rules.r347, real, "OC3") == [])
    }

    @Test func r348() {
        let ret = F.ret(
            ["OC3": [["CHILD": "1", "IN_TOUCH": "DIED"], ["CHILD": "2", "IN_TOUCH": "DIED"], ["CHILD": "3", "IN_TOUCH": "MORT"], ["CHILD": "4", "IN_TOUCH": "SHUFFLED"]]],
            last: ["OC3": [["CHILD": "1", "IN_TOUCH": "DIED"], ["CHILD": "2", "IN_TOUCH": "PASSED"], ["CHILD": "3", "IN_TOUCH": "DIED"], ["CHILD": "4", "IN_TOUCH": "SHUFFLED"]]]
        )
        #expect(F.rows(SSDA903Rules.r348, ret, "OC3") == [2])
        var noLast = ret
        noLast.last = nil
        #expect(F.rows(SSDA903Rules.r348, noLast, "OC3") == [])
    }

    @Test func r351() {
        let dobs = ["", "11/11/2020", "03/10/1995", "01/04/2000", "01/01/1999"]
        let ret = F.ret(["Header": (0..<5).map { ["CHILD": "\(101 + $0)", "DOB": dobs[$0]] }], year: 2022)
        #expect(F.rows(SSDA903Rules.r351, ret, "Header") == [2])
        let older = F.ret(["Header": [["CHILD": "1", "DOB": "31/03/1996"], ["CHILD": "2", "DOB": "01/04/1996"]]], year: 2022)
        #expect(F.rows(SSDA903Rules.r351, older, "Header") == [0])
    }

    @Test func r352() {
        let ret = F.ret([
            "Episodes": [
                ["CHILD": "101", "RNE": "S", "DECOM": "16/03/2021"],
                ["CHILD": "102", "RNE": "S", "DECOM": "17/06/2020"],
                ["CHILD": "101", "RNE": "X1", "DECOM": "20/03/2020"],
                ["CHILD": "102"],
                ["CHILD": "103", "RNE": "S", "DECOM": "23/08/2020"],
            ],
            "Header": [
                ["CHILD": "101", "DOB": "16/03/2005"], ["CHILD": "102", "DOB": "23/09/2002"],
                ["CHILD": "103", "DOB": "31/12/2000"], ["CHILD": "103", "DOB": "31/12/2000"],
            ],
        ])
        #expect(F.rows(SSDA903Rules.r352, ret, "Episodes") == [4])
    }

    @Test func r353() {
        let ret = F.ret(["Episodes": [[:], ["DECOM": "02/06/1980"], ["DECOM": "06/06/1890"], ["DECOM": "08/06/2020"]]])
        #expect(F.rows(SSDA903Rules.r353, ret, "Episodes") == [1, 2])
    }
}
