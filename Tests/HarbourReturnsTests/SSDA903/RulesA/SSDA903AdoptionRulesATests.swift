@testable import HarbourReturns
import Testing

/// Adoption dates and a child's header and UASC dates, on the DfE validator's own test data.
@Suite struct SSDA903AdoptionRulesATests {
    typealias R = SSDA903Rules

    @Test func decisionsAfterYearEndOrCare() {
        var ret = SSDA903ReturnA(year: 2018)
        ret.columns("PlacedAdoption", ["CHILD": ["101", "102", "103", "104", "105"],
                                       "DATE_PLACED_CEASED": ["26/05/2000", "01/07/2018", "26/05/2000", "26/05/2017", ""],
                                       "DATE_PLACED": ["26/05/2000", "26/05/2000", "", "01/02/2016", "26/05/2019"]])
        ret.columns("Episodes", [
            "CHILD": ["101", "102", "102", "102", "102", "103", "104", "104", "104", "105", "105"],
            "DEC": ["01/01/2009", "01/01/2001", "20/12/2001", "03/01/2019", "03/04/2008", "01/01/2002", "10/01/2002",
                    "11/02/2010", "25/01/2002", "25/01/2002", ""],
            "REC": ["E45", "A3", "E15", "E46", "E48", "X2", "E11", "X1", "X1", "E47", "E45"],
            "DECOM": ["01/01/2009", "01/01/2001", "20/12/2001", "03/01/2019", "03/04/2008", "01/01/2002", "10/01/2002",
                      "11/02/2010", "25/01/2002", "25/01/2002", ""],
        ])
        #expect(ret.lines(R.r117, in: "Episodes") == [3, 6, 9])
        #expect(ret.lines(R.r117, in: "PlacedAdoption") == [1, 3, 4])
    }

    @Test func reversalBeforeYearOrCare() {
        var ret = SSDA903ReturnA(year: 2021)
        ret.columns("PlacedAdoption", ["DATE_PLACED_CEASED": ["08/03/2020", "22/06/2020", "13/10/2022", ""],
                                       "CHILD": ["101", "102", "103", "104"]])
        ret.columns("Episodes", ["CHILD": ["101", "102", "102", "102", "102", "103", "104"],
                                 "LS": ["L1", "V3", "X0", "L1", "L1", "X2", "L1"],
                                 "DECOM": ["01/01/2019", "01/01/2022", "20/12/2020", "03/01/2021", "03/04/2022", "01/01/2019", "01/01/2019"]])
        #expect(ret.lines(R.r118, in: "Episodes") == [0, 2])
        #expect(ret.lines(R.r118, in: "PlacedAdoption") == [0, 1])
    }

    @Test func decisionBeforeBirth() {
        // The DfE test gives the dates of birth in the header; the validator compares the
        // PlacedAdoption row's own DOB, which a CSV always has.
        var ret = SSDA903ReturnA()
        ret.columns("PlacedAdoption", ["CHILD": ["111", "112", "113", "114"],
                                       "DOB": ["01/10/2017", "31/05/2018", "10/03/2019", "19/08/2020"],
                                       "DATE_PLACED": ["01/10/2017", "10/02/2019", "10/02/2019", ""]])
        #expect(ret.lines(R.r184, in: "PlacedAdoption") == [2])
        // A decision with no date of birth to compare is flagged, as in the validator.
        ret.columns("PlacedAdoption", ["CHILD": ["999"], "DATE_PLACED": ["10/02/2019"]])
        #expect(ret.lines(R.r184, in: "PlacedAdoption") == [0])
    }

    @Test func decisionBeforeCareStarted() {
        var ret = SSDA903ReturnA()
        ret.columns("Episodes", ["CHILD": ["101", "102", "102", "103", "103", "103", "104", "104", "105", "105", "105"],
                                 "DECOM": ["01/03/1980", "01/03/1980", "01/03/1980", "01/02/1970", "01/03/1979", "01/01/1981",
                                           "01/03/1979", "01/01/1981", "01/03/1979", "01/01/1981", "01/01/1981"],
                                 "RNE": ["S", "o", "S", "o", "S", "S", "o", "o", "o", "o", "S"]])
        ret.columns("PlacedAdoption", ["CHILD": ["101", "102", "103", "104", "105"],
                                       "DATE_PLACED": ["26/05/1978", "", "26/05/1970", "01/02/1960", "26/05/2019"]])
        #expect(ret.lines(R.r1003, in: "Episodes") == [0, 4])
        #expect(ret.lines(R.r1003, in: "PlacedAdoption") == [0, 2])
    }

    @Test func matchedAfterPlacement() {
        var ret = SSDA903ReturnA()
        ret.columns("AD1", ["CHILD": ["111", "222", "333", "444", "555", "66"],
                            "DATE_MATCH": ["01/01/2020", "02/06/2020", "11/11/2020", "", "01/02/2020", "04/06/2020"]])
        ret.columns("Episodes", ["CHILD": ["111", "222", "333", "444", "555", "555", "555", "66", "66", "66", "66"],
                                 "DECOM": ["01/01/2020", "01/06/2020", "12/12/2020", "01/02/2020", "01/01/2020", "01/02/2020",
                                           "05/06/2020", "01/01/2020", "01/02/2020", "05/06/2020", "06/07/2020"],
                                 "REC": ["E12", "E11", "E12", "E11", "xX", "E11", "E12", "Xx", "oO", "E11", "Oo"]])
        #expect(ret.lines(R.r331, in: "AD1") == [1])
        #expect(ret.lines(R.r331, in: "Episodes") == [1])
    }

    @Test func birthAfterYearEnd() {
        var ret = SSDA903ReturnA(year: 2021)
        ret.columns("Header", ["CHILD": ["101", "102", "103", "104", "105"],
                               "DOB": ["01/07/2021", "02/06/2000", "03/06/2000", "04/06/2022", ""]])
        #expect(ret.lines(R.r301, in: "Header") == [0, 3])
    }

    @Test func firstEpisodeBeforeBirth() {
        var ret = SSDA903ReturnA()
        ret.columns("Episodes", ["CHILD": ["101", "102", "101", "102", "103", "104", "104"],
                                 "RNE": ["S", "S", "X1", "", "S", "X", "X"],
                                 "DECOM": ["16/03/2021", "17/06/2020", "20/03/2020", "", "23/08/2020", "01/02/1988", "03/04/1994"]])
        ret.columns("Header", ["CHILD": ["101", "102", "103", "104"], "DOB": ["16/03/2021", "23/09/2019", "31/12/2020", "01/01/1995"]])
        #expect(ret.lines(R.r302, in: "Episodes") == [2, 4, 5])
        #expect(ret.lines(R.r302, in: "Header") == [0, 2, 3])
    }

    @Test func uascCodedWhenCeased() {
        var ret = SSDA903ReturnA()
        ret.columns("UASC", ["CHILD": ["0", "1", "2", "3", "4", "5"],
                             "DUC": ["", "04/04/2021", "01/06/2020", "", "10/04/2020", "01/03/2021"]])
        ret.columns("Header", ["CHILD": ["0", "1", "2", "3", "4", "5"]])
        // Derived from the UASC table, every listed child is coded 1.
        #expect(R.r303.run(ret.ret).isEmpty)

        // A header that records UASC itself, as the validator's test gives it.
        var header = ReturnTable(name: "Header", columns: ret.ret.header.columns + ["UASC"])
        for (index, (child, uasc)) in zip(["0", "1", "2", "3", "4", "5"], ["0", "1", "0", "1", "0", "1"]).enumerated() {
            header.append([child, "", "", "", "", "", "", uasc], at: SourceLocation(file: "Header", line: index))
        }
        ret.ret.current.replace(header)
        #expect(ret.lines(R.r303, in: "UASC") == [2, 4])
        #expect(ret.lines(R.r303, in: "Header") == [2, 4])
    }

    @Test func uascCeasedAfterEighteenth() {
        var ret = SSDA903ReturnA()
        ret.columns("UASC", ["DOB": ["01/06/2000", "02/06/2000", "03/06/2000", "04/06/2000", ""],
                             "DUC": ["05/06/2019", "", "01/06/2015", "02/06/2020", "05/06/2020"]])
        #expect(ret.lines(R.r304, in: "UASC") == [0, 3])
    }
}
