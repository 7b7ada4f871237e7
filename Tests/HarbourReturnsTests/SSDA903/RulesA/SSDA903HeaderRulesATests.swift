@testable import HarbourReturns
import Testing

/// Episode sequence, placement and header rules, on cases whose expected rows were checked
/// against the DfE validator (run on the same values as CSV input).
@Suite struct SSDA903HeaderRulesATests {
    typealias R = SSDA903Rules

    @Test func previousEpisodeNotEnded() {
        var ret = SSDA903ReturnA(year: 2021)
        ret.columns("Episodes", [
            "CHILD": ["1", "1", "1", "2", "2", "3", "3", "4", "4"],
            "DECOM": ["01/01/2020", "01/03/2020", "01/02/2020", "01/01/2020", "", "05/05/2020", "01/06/2020", "01/01/2020", "01/01/2020"],
            "DEC": ["01/02/2020", "", "01/03/2020", "", "", "01/06/2020", "", "02/01/2020", ""],
            "REC": ["X1", "", "", "", "", "X1", "", "", ""],
        ])
        #expect(ret.lines(R.r142, in: "Episodes") == [2, 3, 7])
    }

    @Test func previouslyAdopted() {
        var ret = SSDA903ReturnA(year: 2021, last: true)
        ret.columns("Episodes", ["CHILD": ["1", "1", "2", "2", "3"],
                                 "DECOM": ["01/05/2020", "01/08/2020", "01/05/2020", "01/06/2020", "01/05/2020"],
                                 "REC": ["E11", "X1", "E12", "E11", "X1"]])
        ret.columns("Episodes", last: true, ["CHILD": ["3", "3"], "DECOM": ["01/05/2019", "01/06/2019"], "REC": ["E11", "X1"]])
        #expect(ret.lines(R.r199, in: "Episodes") == [1, 3, 4])
        ret.ret.last = nil
        #expect(ret.lines(R.r199, in: "Episodes") == [1, 3])
    }

    @Test func headerAgreesWithLastYear() {
        var ret = SSDA903ReturnA(year: 2021, last: true)
        ret.columns("Header", [
            "CHILD": ["1", "2", "3", "4", "5"], "SEX": ["M", "F", "M", "U", ""],
            "DOB": ["01/01/2010", "02/02/2012", "03/03/2013", "04/04/2014", "xx"],
            "ETHNIC": ["WBRI", "wbri", "AIND", "", "BAFR"], "MOTHER": ["", "1", "0", "1", ""],
            "UPN": ["UN1", "A123456789012", "UN2", "", "UN3"],
        ])
        ret.columns("Header", last: true, [
            "CHILD": ["1", "2", "3", "4", "5", "6"], "SEX": ["F", "F", "M", "U", ""],
            "DOB": ["01/01/2010", "03/02/2012", "03/03/2013", "04/04/2014", "yy"],
            "ETHNIC": ["WBRI", "WBRI", "ABAN", "", "BAFR"], "MOTHER": ["", "1", "1", "1", ""],
            "UPN": ["UN2", "A123456789012", "A123456789012", "UN1", ""],
        ])
        ret.columns("Episodes", ["CHILD": ["1", "2", "3"]])
        #expect(ret.lines(R.r202, in: "Header") == [0])
        #expect(ret.lines(R.r203, in: "Header") == [1])
        #expect(ret.lines(R.r204, in: "Header") == [2])
        #expect(ret.lines(R.r207, in: "Header") == [2])
        #expect(ret.lines(R.r208, in: "Header") == [0, 2, 3])
        ret.ret.last = nil
        #expect(ret.lines(R.r202, in: "Header") == [])
    }

    @Test func uascAcrossTwoYears() {
        var ret = SSDA903ReturnA(year: 2021, last: true)
        ret.columns("UASC", ["CHILD": ["1", "2", "3", "4", "5", "6", "9", "10", "8"],
                             "DOB": Array(repeating: "01/05/2003", count: 9),
                             "DUC": ["01/05/2021", "", "01/05/2021", "15/06/2020", "", "01/01/2021", "01/05/2021", "01/05/2021", ""]])
        ret.columns("Header", ["CHILD": ["1", "2", "3", "4", "6", "7", "8"]])
        ret.columns("UASC", last: true, [
            "CHILD": ["1", "2", "3", "4", "5", "7", "9"],
            "DOB": ["01/05/2003", "01/05/2003", "01/05/2003", "01/05/2002", "01/05/2003", "01/05/2003", "01/05/2003"],
            "DUC": ["01/05/2021", "01/06/2019", "02/05/2021", "01/05/2020", "15/06/2019", "10/10/2019", "01/05/2021"],
        ])
        ret.columns("Header", last: true, ["CHILD": ["1", "2", "3", "5", "7", "8", "9"]])
        #expect(ret.lines(R.r205A, in: "UASC") == [6])
        #expect(ret.lines(R.r205A, in: "Header") == [])
        #expect(ret.lines(R.r205B, in: "UASC") == [1, 2])
        #expect(ret.lines(R.r205B, in: "Header") == [1, 2])
        #expect(ret.lines(R.r205C, in: "UASC") == [7])
        #expect(ret.lines(R.r205D, in: "Header") == [6])
        ret.ret.last = nil
        #expect(R.r205B.run(ret.ret).isEmpty)
    }

    @Test func unknownUPNCodes() {
        var school = SSDA903ReturnA(year: 2020)
        school.columns("Header", ["CHILD": ["1", "2", "3", "4"], "DOB": ["01/01/2015", "31/08/2014", "01/09/2014", ""],
                                 "UPN": ["UN1", "un1", "UN1", "UN1"]])
        #expect(school.lines(R.r209, in: "Header") == [1])

        var week = SSDA903ReturnA(year: 2020)
        week.columns("Episodes", ["CHILD": ["1", "1", "2", "3"], "DECOM": ["23/03/2020", "24/03/2020", "25/03/2020", "01/01/2020"]])
        week.columns("Header", ["CHILD": ["1", "2", "3"], "UPN": ["UN4", "UN3", "UN4"]])
        #expect(week.lines(R.r210, in: "Episodes") == [1])
        #expect(week.lines(R.r210, in: "Header") == [0])
    }

    @Test func youngUASCAndUnknownSex() {
        // Not run by the validator (see the rule); a UASC child under 11 at 31 March is queried.
        var ret = SSDA903ReturnA(year: 2026)
        ret.columns("Header", ["CHILD": ["1", "2", "3", "4"], "DOB": ["01/04/2015", "31/03/2015", "01/04/2015", ""]])
        ret.columns("UASC", ["CHILD": ["1", "2", "4"]])
        #expect(ret.lines(R.r231, in: "Header") == [0])
        #expect(R.r231.severity == .query)

        var sex = SSDA903ReturnA()
        sex.columns("Header", ["SEX": ["M", "u", "U", "F", ""]])
        #expect(sex.lines(R.r232, in: "Header") == [1, 2])
    }

    @Test func placementItemsByPlacementType() {
        var ret = SSDA903ReturnA()
        ret.columns("Episodes", ["PLACE": ["T0", "T4", "Z11", "U1", "z12", ""], "PLACE_PROVIDER": ["PR1", "", "PR4", "PR1", "PR0", "PR1"]])
        #expect(ret.lines(R.r213, in: "Episodes") == [0, 2, 4])

        ret.columns("Episodes", ["LS": ["V3", "V4", "V3", "C2", "v4"], "PL_POST": ["AB1 2CD", "", "", "AB1 2CD", ""],
                                 "URN": ["", "SC123", "", "SC1", "XXXXXXX"]])
        #expect(ret.lines(R.r214, in: "Episodes") == [0, 1, 4])

        ret.columns("Episodes", ["PLACE": ["A3", "A5", "A3", "A4", "a5", "A3"],
                                 "DECOM": ["01/04/2015", "01/05/2020", "31/03/2015", "01/05/2020", "01/05/2020", "01/05/2020"],
                                 "RNE": ["P", "", "P", "P", "L", "t"]])
        #expect(ret.lines(R.r217, in: "Episodes") == [0, 1, 4])

        ret.columns("Episodes", ["PLACE": ["P1", "Z14", "U1", "R5", "T0"], "URN": ["SC1", "XXXXXXX", "SC1", "", "sc2"]])
        #expect(ret.lines(R.r222, in: "Episodes") == [0, 4])

        ret.columns("Episodes", ["PLACE": ["A3", "U6", "K2", "", "Z11"], "URN": ["XXXXXXX", "xxxxxxx", "XXXXXXX", "XXXXXXX", "SC1"]])
        #expect(ret.lines(R.r242, in: "Episodes") == [2, 3])
    }

    @Test func reasonForPlacementChange() {
        var ret = SSDA903ReturnA()
        ret.columns("Episodes", [
            "CHILD": ["1", "1", "1", "2", "2", "3", "3"],
            "DECOM": ["01/01/2020", "01/03/2020", "01/02/2020", "01/01/2020", "01/02/2020", "01/01/2020", "01/02/2020"],
            "REC": ["X1", "", "X1", "X1", "", "X1", ""], "REASON_PLACE_CHANGE": ["", "", "", "CARPL", "", "", ""],
            "PLACE": ["U1", "U2", "U3", "U1", "U1", "U1", "T1"], "RNE": ["S", "P", "P", "S", "P", "S", "T"],
        ])
        #expect(ret.lines(R.r225, in: "Episodes") == [0, 2])

        ret.columns("Episodes", [
            "CHILD": ["1", "1", "1", "2", "2"], "DECOM": ["01/01/2020", "01/03/2020", "01/02/2020", "01/01/2020", "01/02/2020"],
            "PLACE": ["U1", "T1", "T0", "U1", "U1"], "REASON_PLACE_CHANGE": ["", "", "CARPL", "", "OTHER"],
        ])
        #expect(ret.lines(R.r226, in: "Episodes") == [1, 2])

        // Not run by the validator (see the rule): a reason on an episode that has not ceased.
        ret.columns("Episodes", ["DEC": ["01/02/2020", "", "", "01/03/2020"], "REASON_PLACE_CHANGE": ["CARPL", "CARPL", "", ""]])
        #expect(ret.lines(R.r233, in: "Episodes") == [1])
    }

    @Test func custodyUnderTen() {
        var ret = SSDA903ReturnA()
        ret.columns("Episodes", ["CHILD": ["1", "1", "2", "3"], "DECOM": ["01/01/2020", "01/01/2021", "01/01/2020", "01/01/2020"],
                                 "REASON_PLACE_CHANGE": ["CUSTOD", "custod", "CUSTOD", "OTHER"]])
        ret.columns("Header", ["CHILD": ["1", "2", "3"], "DOB": ["02/01/2010", "01/01/2010", "01/01/2015"]])
        #expect(ret.lines(R.r234, in: "Episodes") == [0])
        #expect(ret.lines(R.r234, in: "Header") == [0])
    }

    @Test func healthItemsForCareLeavers() {
        var ret = SSDA903ReturnA()
        ret.columns("OC3", ["CHILD": ["1", "2", "3", "4"], "IN_TOUCH": ["YES", "", "YES", "NO"]])
        ret.columns("OC2", ["CHILD": ["1", "1", "2", "3"], "CONVICTED": ["0", "", "1", ""], "HEALTH_CHECK": ["", "1", "", ""]])
        #expect(ret.lines(R.r215, in: "OC3") == [0])
        #expect(ret.lines(R.r215, in: "OC2") == [0, 1])
    }

    /// A header recording UASC itself (the XML return's form), with the given status for each child.
    private func headerWithUASC(_ statuses: [String]) -> SSDA903ReturnA {
        var ret = SSDA903ReturnA()
        var header = ReturnTable(name: "Header", columns: ret.ret.header.columns + ["UASC"])
        for (index, status) in statuses.enumerated() {
            header.append(["\(index)", "M", "01/01/2010", "WBRI", "UN1", "", "", status], at: SourceLocation(file: "Header", line: index))
        }
        ret.ret.current.replace(header)
        return ret
    }

    @Test func uascStatusCompleted() {
        // 0 and 1, however written as a number, are the two statuses.
        #expect(R.r105.run(headerWithUASC(["0", "1", "1.0", " 0"]).ret).isEmpty)
        // The CSV return has no UASC item in its header: the status comes from the UASC table.
        var csv = SSDA903ReturnA()
        csv.columns("Header", ["CHILD": ["1", "2"]])
        csv.columns("UASC", ["CHILD": ["2"], "DUC": ["01/01/2026"]])
        #expect(R.r105.run(csv.ret).isEmpty)
    }

    @Test func uascStatusInvalidOrMissing() {
        // The validator's own cases: blank, empty and 2 are flagged, 0 and 1 are not.
        #expect(headerWithUASC(["0", "1", "", "", "0", "1", "2", "2"]).lines(R.r105, in: "Header") == [2, 3, 6, 7])
        #expect(headerWithUASC(["Y", "1"]).lines(R.r105, in: "Header") == [0])
    }
}
