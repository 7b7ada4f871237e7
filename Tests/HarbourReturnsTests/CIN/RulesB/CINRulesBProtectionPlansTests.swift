import HarbourCore
import Testing
@testable import HarbourReturns

/// Part-B CIN rules on child protection plans: the validator's own test cases ported, and Harbour's own.
@Suite struct CINRulesBProtectionPlansTests {
    @Test func rule8720() {
        // The validator's test.
        let census1 = CINTestB.census([
            CINTestB.header("2022-03-31"),
            CINTestB.table("ChildProtectionPlans", ["CPPID", "CPPstartDate"], [
                ["ID1", "2019-03-01"],
                ["", ""],
                ["ID1", "2022-10-01"],
                ["ID1", ""],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8720, census1) == ["ChildProtectionPlans 2", "ChildProtectionPlans 3"])
        let removed1 = [
            "ChildProtectionPlans 2", "ChildProtectionPlans 3",
        ]
        #expect(CINTestB.flagged(CINRules.r8720, CINTestB.without(removed1, census1)).isEmpty)
        // Without a reference date only missing start dates are flagged.
        let census2 = CINTestB.census([
            CINTestB.header(""),
            CINTestB.table("ChildProtectionPlans", ["LAchildID", "CINdetailsID", "CPPID", "CPPstartDate"], [
                ["a", "1", "1", "2030-01-01"],
                ["a", "1", "2", ""],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8720, census2) == ["ChildProtectionPlans 1"])
        #expect(CINTestB.flagged(CINRules.r8720, CINTestB.without(["ChildProtectionPlans 1"], census2)).isEmpty)
    }

    @Test func rule8730() {
        // The validator's test.
        let census1 = CINTestB.census([
            CINTestB.table("ChildProtectionPlans", ["NumberOfPreviousCPP"], [
                ["1234"],
                [""],
                [""],
                ["-1"],
            ]),
        ])
        let expected1 = [
            "ChildProtectionPlans 1", "ChildProtectionPlans 2", "ChildProtectionPlans 3",
        ]
        #expect(CINTestB.flagged(CINRules.r8730, census1) == expected1)
        #expect(CINTestB.flagged(CINRules.r8730, CINTestB.without(expected1, census1)).isEmpty)
        // Negative and missing counts are flagged.
        let census2 = CINTestB.census([
            CINTestB.table("ChildProtectionPlans", ["LAchildID", "CINdetailsID", "CPPID", "NumberOfPreviousCPP"], [
                ["a", "1", "1", "0"],
                ["a", "1", "2", "-1"],
                ["a", "1", "3", ""],
                ["a", "1", "4", "2"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8730, census2) == ["ChildProtectionPlans 1", "ChildProtectionPlans 2"])
        let removed2 = [
            "ChildProtectionPlans 1", "ChildProtectionPlans 2",
        ]
        #expect(CINTestB.flagged(CINRules.r8730, CINTestB.without(removed2, census2)).isEmpty)
        // A count that is not a whole number stops the validator's rule.
        let census3 = CINTestB.census([
            CINTestB.table("ChildProtectionPlans", ["LAchildID", "CINdetailsID", "CPPID", "NumberOfPreviousCPP"], [
                ["a", "1", "1", "x"],
                ["a", "1", "2", ""],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8730, census3) == [])
    }

    @Test func rule8840() {
        // The validator's test.
        let census = CINTestB.census([
            CINTestB.table("ChildProtectionPlans", ["LAchildID", "CPPstartDate", "CPPendDate"], [
                ["child1", "1989-10-08", "1989-10-08"],
                ["child2", "1993-12-05", "1993-12-05"],
                ["child3", "1993-12-05", "2022-09-12"],
                ["child4", "1997-12-05", "1997-12-05"],
                ["child5", "", ""],
            ]),
        ])
        let expected = [
            "ChildProtectionPlans 0", "ChildProtectionPlans 1", "ChildProtectionPlans 3",
        ]
        #expect(CINTestB.flagged(CINRules.r8840, census) == expected)
        #expect(CINTestB.flagged(CINRules.r8840, CINTestB.without(expected, census)).isEmpty)
    }

    @Test func rule8841() {
        // The validator's test.
        let census = CINTestB.census([
            CINTestB.table("ChildProtectionPlans", ["LAchildID", "CINdetailsID", "CPPstartDate", "CPPID"], [
                ["child1", "CDID1", "2000-05-26", "cinID1"],
                ["child1", "CDID2", "2002-06-27", "cinID2"],
                ["child3", "CDID6", "2001-02-07", "cinID6"],
                ["child2", "CDID3", "2000-05-26", "cinID3"],
                ["child3", "CDID4", "2000-05-26", "cinID4"],
                ["child3", "CDID5", "", "cinID5"],
                ["child3", "CDID7", "2001-03-14", "cinID7"],
            ]),
            CINTestB.table("Reviews", ["LAchildID", "CINdetailsID", "CPPreviewDate", "CPPID"], [
                ["child1", "CDID1", "2000-05-26", "cinID1"],
                ["child1", "CDID2", "2000-05-26", "cinID2"],
                ["child3", "CDID6", "2000-05-26", "cinID6"],
                ["child2", "CDID3", "2000-05-30", "cinID3"],
                ["child3", "CDID4", "2000-05-27", "cinID4"],
                ["child3", "CDID5", "2000-05-26", "cinID5"],
                ["child3", "CDID7", "", "cinID7"],
            ]),
        ])
        let expected = [
            "ChildProtectionPlans 0", "ChildProtectionPlans 1", "ChildProtectionPlans 2", "Reviews 0",
            "Reviews 1", "Reviews 2",
        ]
        #expect(CINTestB.flagged(CINRules.r8841, census) == expected)
        #expect(CINTestB.flagged(CINRules.r8841, CINTestB.without(expected, census)).isEmpty)
    }

    @Test func rule8842Q() {
        // The validator's test.
        let census = CINTestB.census([
            CINTestB.table("Reviews", ["CPPreviewDate"], [
                ["2000-05-26"],
                [""],
                [""],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8842Q, census) == ["Reviews 1", "Reviews 2"])
        #expect(CINTestB.flagged(CINRules.r8842Q, CINTestB.without(["Reviews 1", "Reviews 2"], census)).isEmpty)
    }

    @Test func rule8905() {
        // The validator's test.
        let census = CINTestB.census([
            CINTestB.table("ChildProtectionPlans", ["InitialCategoryOfAbuse"], [
                ["NEG"],
                ["AAA"],
                ["PHY"],
                [""],
                ["BBB"],
                ["EMO"],
                ["MUL"],
            ]),
        ])
        let expected = [
            "ChildProtectionPlans 1", "ChildProtectionPlans 3", "ChildProtectionPlans 4",
        ]
        #expect(CINTestB.flagged(CINRules.r8905, census) == expected)
        #expect(CINTestB.flagged(CINRules.r8905, CINTestB.without(expected, census)).isEmpty)
    }

    @Test func rule8910() {
        // The validator's test.
        let census = CINTestB.census([
            CINTestB.table("ChildProtectionPlans", ["LatestCategoryOfAbuse"], [
                ["NEG"],
                ["AAA"],
                ["BBB"],
                [""],
                ["PHY"],
                ["EMO"],
                ["MUL"],
            ]),
        ])
        let expected = [
            "ChildProtectionPlans 1", "ChildProtectionPlans 2", "ChildProtectionPlans 3",
        ]
        #expect(CINTestB.flagged(CINRules.r8910, census) == expected)
        #expect(CINTestB.flagged(CINRules.r8910, CINTestB.without(expected, census)).isEmpty)
    }

    @Test func rule8915() {
        // The validator's test.
        let census = CINTestB.census([
            CINTestB.table("ChildIdentifiers", ["LAchildID", "PersonDeathDate"], [
                ["child1", "2000-05-26"],
                ["child2", "2000-05-26"],
                ["child3", "2000-05-26"],
                ["child4", ""],
                ["child5", "2000-05-27"],
            ]),
            CINTestB.table("ChildProtectionPlans", ["LAchildID", "CPPstartDate"], [
                ["child1", ""],
                ["child2", "2002-06-27"],
                ["child3", "1999-02-07"],
                ["child4", "2000-05-26"],
                ["child5", "2001-05-26"],
            ]),
        ])
        let expected = [
            "ChildIdentifiers 1", "ChildIdentifiers 4", "ChildProtectionPlans 1", "ChildProtectionPlans 4",
        ]
        #expect(CINTestB.flagged(CINRules.r8915, census) == expected)
        #expect(CINTestB.flagged(CINRules.r8915, CINTestB.without(expected, census)).isEmpty)
    }

    @Test func rule8920() {
        // The validator's test.
        let census = CINTestB.census([
            CINTestB.table("ChildIdentifiers", ["LAchildID", "PersonDeathDate"], [
                ["child1", "2000-05-25"],
                ["child2", "2000-05-29"],
                ["child3", "2000-03-26"],
                ["child4", "2000-05-30"],
                ["child5", "2000-05-27"],
                ["child6", "2000-05-26"],
                ["child7", ""],
            ]),
            CINTestB.table("ChildProtectionPlans", ["LAchildID", "CPPendDate"], [
                ["child1", "2000-05-26"],
                ["child2", "2002-06-27"],
                ["child3", "2001-02-07"],
                ["child4", "2000-05-26"],
                ["child5", "2000-05-26"],
                ["child6", ""],
                ["child7", "2001-03-14"],
            ]),
        ])
        let expected = [
            "ChildIdentifiers 0", "ChildIdentifiers 1", "ChildIdentifiers 2", "ChildProtectionPlans 0",
            "ChildProtectionPlans 1", "ChildProtectionPlans 2",
        ]
        #expect(CINTestB.flagged(CINRules.r8920, census) == expected)
        #expect(CINTestB.flagged(CINRules.r8920, CINTestB.without(expected, census)).isEmpty)
    }

    @Test func rule8925() {
        // The validator's test.
        let census = CINTestB.census([
            CINTestB.table("ChildProtectionPlans", ["LAchildID", "CPPstartDate", "CPPendDate"], [
                ["child1", "2000-05-26", "2000-05-26"],
                ["child2", "2000-05-26", "2001-05-26"],
                ["child3", "2000-05-26", "1999-05-26"],
                ["child3", "2000-05-26", ""],
                ["child4", "2000-05-26", "2000-05-25"],
                ["child5", "", ""],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8925, census) == ["ChildProtectionPlans 2", "ChildProtectionPlans 4"])
        let removed = [
            "ChildProtectionPlans 2", "ChildProtectionPlans 4",
        ]
        #expect(CINTestB.flagged(CINRules.r8925, CINTestB.without(removed, census)).isEmpty)
    }

    @Test func rule8930() {
        // The validator's test.
        let census = CINTestB.census([
            CINTestB.header("2022-03-31"),
            CINTestB.table("ChildProtectionPlans", ["CPPendDate"], [
                ["2019-03-01"],
                ["2021-04-01"],
                ["2022-10-01"],
                [""],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8930, census) == ["ChildProtectionPlans 0", "ChildProtectionPlans 2"])
        let removed = [
            "ChildProtectionPlans 0", "ChildProtectionPlans 2",
        ]
        #expect(CINTestB.flagged(CINRules.r8930, CINTestB.without(removed, census)).isEmpty)
    }

    @Test func rule8935() {
        // The validator's test.
        let census1 = CINTestB.census([
            CINTestB.table("ChildProtectionPlans", ["LAchildID", "CPPID", "CPPendDate"], [
                ["child1", "CPPID1", ""],
                ["child1", "CPPID1", ""],
                ["child1", "CPPID2", ""],
                ["child2", "CPPID1", "2021-05-26"],
                ["child2", "CPPID2", ""],
                ["child2", "CPPID2", ""],
            ]),
        ])
        let expected1 = [
            "ChildProtectionPlans 0", "ChildProtectionPlans 1", "ChildProtectionPlans 4",
            "ChildProtectionPlans 5",
        ]
        #expect(CINTestB.flagged(CINRules.r8935, census1) == expected1)
        #expect(CINTestB.flagged(CINRules.r8935, CINTestB.without(expected1, census1)).isEmpty)
        // Open plans are counted by CPPID, so two open plans in one episode pass.
        let census2 = CINTestB.census([
            CINTestB.table("ChildProtectionPlans", [
                "LAchildID", "CINdetailsID", "CPPID", "CPPstartDate", "CPPendDate",
            ], [
                ["a", "1", "1", "2026-05-01", ""],
                ["a", "1", "2", "2026-06-01", ""],
                ["b", "1", "1", "2026-05-01", ""],
                ["b", "2", "1", "2026-06-01", ""],
                ["b", "3", "1", "2026-06-01", "2026-07-01"],
            ]),
        ])
        let expected2 = [
            "ChildProtectionPlans 2", "ChildProtectionPlans 3", "ChildProtectionPlans 4",
        ]
        #expect(CINTestB.flagged(CINRules.r8935, census2) == expected2)
        #expect(CINTestB.flagged(CINRules.r8935, CINTestB.without(expected2, census2)).isEmpty)
    }

    @Test func rule8940() {
        // The validator's test.
        let census1 = CINTestB.census([
            CINTestB.header("2001-03-31"),
            CINTestB.table("ChildProtectionPlans", ["LAchildID", "CPPstartDate", "CPPendDate", "CPPID"], [
                ["child1", "2000-05-26", "2000-10-26", "cinID1"],
                ["child1", "2000-08-26", "2000-12-26", "cinID12"],
                ["child2", "2000-05-26", "2000-10-25", "cinID2"],
                ["child2", "2000-10-26", "2000-12-26", "cinID22"],
                ["child3", "2000-05-26", "", "cinID3"],
                ["child3", "2000-08-26", "2000-10-26", "cinID32"],
                ["child4", "2000-10-26", "2001-03-31", "cinID4"],
                ["child4", "2001-03-31", "", "cinID42"],
            ]),
        ])
        let expected1 = [
            "ChildProtectionPlans 0", "ChildProtectionPlans 1", "ChildProtectionPlans 4",
            "ChildProtectionPlans 5", "ChildProtectionPlans 6", "ChildProtectionPlans 7",
        ]
        #expect(CINTestB.flagged(CINRules.r8940, census1) == expected1)
        #expect(CINTestB.flagged(CINRules.r8940, CINTestB.without(expected1, census1)).isEmpty)
        // Plans with the same CPPID are never compared.
        let census2 = CINTestB.census([
            CINTestB.header("2027-03-31"),
            CINTestB.table("ChildProtectionPlans", [
                "LAchildID", "CINdetailsID", "CPPID", "CPPstartDate", "CPPendDate",
            ], [
                ["a", "1", "1", "2026-05-01", ""],
                ["a", "2", "1", "2026-06-01", ""],
                ["b", "1", "1", "2026-05-01", "2026-08-01"],
                ["b", "1", "2", "2026-08-01", ""],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8940, census2) == ["ChildProtectionPlans 2", "ChildProtectionPlans 3"])
        let removed2 = [
            "ChildProtectionPlans 2", "ChildProtectionPlans 3",
        ]
        #expect(CINTestB.flagged(CINRules.r8940, CINTestB.without(removed2, census2)).isEmpty)
    }
}
