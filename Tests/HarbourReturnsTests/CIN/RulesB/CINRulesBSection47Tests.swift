import HarbourCore
import Testing
@testable import HarbourReturns

/// Part-B CIN rules on section 47 enquiries: the validator's own test cases ported, and Harbour's own.
@Suite struct CINRulesBSection47Tests {
    @Test func rule8615() {
        // The validator's test.
        let census = CINTestB.census([
            CINTestB.table("Section47", ["LAchildID", "S47ActualStartDate", "DateOfInitialCPC"], [
                ["AAAAAAAA", "2020-01-01", "2020-01-01"],
                ["BBBBBBBBB", "2020-02-01", "2020-01-01"],
                ["CCCCCCCCCCC", "2020-03-01", "2020-03-01"],
                ["DDDDDDDDD", "2020-01-15", "2020-01-17"],
                ["EEEE", "", ""],
                ["FFFFFFFFF", "2020-07-01", "2020-01-01"],
                ["GGGGGGGGGG", "2020-01-15", "2020-01-15"],
                ["HHHH", "", "2020-01-01"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8615, census) == ["Section47 1", "Section47 5", "Section47 7"])
        let removed = [
            "Section47 1", "Section47 5", "Section47 7",
        ]
        #expect(CINTestB.flagged(CINRules.r8615, CINTestB.without(removed, census)).isEmpty)
    }

    @Test func rule8675Q() {
        // The validator's test.
        let census1 = CINTestB.census([
            CINTestB.header("2022-03-31"),
            CINTestB.table("Section47", ["LAchildID", "DateOfInitialCPC", "S47ActualStartDate", "ICPCnotRequired"], [
                ["child1", "", "2022-01-29", "false"],
                ["child2", "2000-05-26", "2001-05-26", "false"],
                ["child3", "", "2022-03-25", "false"],
                ["child3", "2000-05-26", "", "false"],
                ["child5", "", "", "true"],
                ["child6", "", "2022-01-29", "0"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8675Q, census1) == ["Section47 0", "Section47 5"])
        #expect(CINTestB.flagged(CINRules.r8675Q, CINTestB.without(["Section47 0", "Section47 5"], census1)).isEmpty)
        // 15 working days before 31 March 2027 is 9 March 2027; only enquiries marked false or 0 count.
        let census2 = CINTestB.census([
            CINTestB.header("2027-03-31"),
            CINTestB.table("Section47", [
                "LAchildID", "CINdetailsID", "S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired",
            ], [
                ["a", "1", "2027-03-08", "", "false"],
                ["a", "1", "2027-03-09", "", "0"],
                ["b", "1", "2027-01-01", "", "true"],
                ["c", "1", "2027-01-01", "2027-01-20", "0"],
                ["d", "1", "2027-01-01", "", "False"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8675Q, census2) == ["Section47 0"])
        #expect(CINTestB.flagged(CINRules.r8675Q, CINTestB.without(["Section47 0"], census2)).isEmpty)
    }

    @Test func rule8715() {
        // The validator's test.
        let census = CINTestB.census([
            CINTestB.header("2022-03-31"),
            CINTestB.table("Section47", ["DateOfInitialCPC"], [
                ["2019-03-01"],
                ["2021-04-01"],
                ["2022-10-01"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8715, census) == ["Section47 0", "Section47 2"])
        #expect(CINTestB.flagged(CINRules.r8715, CINTestB.without(["Section47 0", "Section47 2"], census)).isEmpty)
    }

    @Test func rule8740() {
        // The validator's test.
        let census = CINTestB.census([
            CINTestB.header("2001-03-31"),
            CINTestB.table("Section47", ["LAchildID", "S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired"], [
                ["child1", "2000-05-26", "2000-05-26", "0"],
                ["child1", "2000-05-26", "2000-05-26", "1"],
                ["child1", "2000-05-26", "", "1"],
                ["child1", "2000-05-26", "", "0"],
                ["child1", "1999-05-26", "", "0"],
                ["child1", "1999-05-26", "", "0"],
                ["child1", "1999-05-26", "", "1"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8740, census) == ["Section47 4", "Section47 5"])
        #expect(CINTestB.flagged(CINRules.r8740, CINTestB.without(["Section47 4", "Section47 5"], census)).isEmpty)
    }

    @Test func rule8839() {
        // The validator's test.
        let census1 = CINTestB.census([
            CINTestB.table("Section47", ["LAchildID", "CINdetailsID", "DateOfInitialCPC", "ICPCnotRequired"], [
                ["child1", "cinID1", "", "0"],
                ["child1", "cinID1", "", "0"],
                ["child1", "cinID2", "", "0"],
                ["child2", "cinID2", "2021-05-26", "0"],
                ["child2", "cinID2", "", ""],
                ["child2", "cinID2", "", ""],
                ["child3", "cinID3", "", "true"],
                ["child3", "cinID3", "", ""],
                ["child3", "cinID3", "", "1"],
                ["child3", "cinID3", "", "1"],
            ]),
        ])
        let expected1 = [
            "Section47 0", "Section47 1", "Section47 4", "Section47 5",
        ]
        #expect(CINTestB.flagged(CINRules.r8839, census1) == expected1)
        #expect(CINTestB.flagged(CINRules.r8839, CINTestB.without(expected1, census1)).isEmpty)
        // Enquiries marked not required are flagged with the episode's open ones.
        let census2 = CINTestB.census([
            CINTestB.table("Section47", [
                "LAchildID", "CINdetailsID", "S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired",
            ], [
                ["a", "1", "2026-05-01", "", "0"],
                ["a", "1", "2026-06-01", "", "false"],
                ["a", "1", "2026-07-01", "", "true"],
                ["a", "1", "2026-08-01", "2026-08-10", "0"],
                ["b", "1", "2026-05-01", "", "0"],
                ["b", "1", "2026-06-01", "", "1"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8839, census2) == ["Section47 0", "Section47 1", "Section47 2"])
        let removed2 = [
            "Section47 0", "Section47 1", "Section47 2",
        ]
        #expect(CINTestB.flagged(CINRules.r8839, CINTestB.without(removed2, census2)).isEmpty)
    }

    @Test func rule8870Q() {
        // The validator's test.
        let census1 = CINTestB.census([
            CINTestB.table("Section47", ["InitialCPCtarget"], [
                ["17-06-2021"],
                ["09-10-2022"],
                ["14-03-2020"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8870Q, census1) == ["Section47 1", "Section47 2"])
        #expect(CINTestB.flagged(CINRules.r8870Q, CINTestB.without(["Section47 1", "Section47 2"], census1)).isEmpty)
        // Only dd-mm-yyyy dates are read: a Saturday written yyyy-mm-dd passes.
        let census2 = CINTestB.census([
            CINTestB.table("Section47", ["LAchildID", "CINdetailsID", "InitialCPCtarget"], [
                ["a", "1", "2022-06-25"],
                ["a", "1", "25-06-2022"],
                ["a", "1", "26-06-2022"],
                ["a", "1", "27-06-2022"],
                ["a", "1", ""],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8870Q, census2) == ["Section47 1", "Section47 2"])
        #expect(CINTestB.flagged(CINRules.r8870Q, CINTestB.without(["Section47 1", "Section47 2"], census2)).isEmpty)
    }

    @Test func rule8875() {
        // The validator's test.
        let census = CINTestB.census([
            CINTestB.table("Section47", ["DateOfInitialCPC"], [
                ["2021-06-17"],
                ["2022-10-09"],
                ["2020-03-14"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8875, census) == ["Section47 1", "Section47 2"])
        #expect(CINTestB.flagged(CINRules.r8875, CINTestB.without(["Section47 1", "Section47 2"], census)).isEmpty)
    }

    @Test func rule8890() {
        // The validator's test.
        let census = CINTestB.census([
            CINTestB.header("2001-03-31"),
            CINTestB.table("Section47", [
                "LAchildID", "CINdetailsID", "S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired",
            ], [
                ["child1", "cinID1", "2000-05-26", "2000-10-26", "1"],
                ["child1", "cinID1", "2000-08-26", "", "nottrue"],
                ["child2", "cinID2", "2000-05-26", "2000-10-25", "1"],
                ["child2", "cinID22", "2000-10-26", "2000-12-26", "1"],
                ["child3", "cinID3", "2000-05-26", "2001-10-26", "1"],
                ["child3", "cinID3", "2000-08-26", "2000-10-26", "1"],
                ["child4", "cinID1", "2000-10-26", "2001-03-31", "1"],
                ["child4", "cinID1", "2000-09-26", "", "1"],
                ["child5", "cinID0", "2000-05-26", "2001-10-26", "true"],
                ["child5", "cinID0", "2000-08-26", "2000-10-26", "1"],
            ]),
        ])
        let expected = [
            "Section47 0", "Section47 1", "Section47 4", "Section47 5", "Section47 8", "Section47 9",
        ]
        #expect(CINTestB.flagged(CINRules.r8890, census) == expected)
        #expect(CINTestB.flagged(CINRules.r8890, CINTestB.without(expected, census)).isEmpty)
    }
}
