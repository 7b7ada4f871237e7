import HarbourCore
import Testing
@testable import HarbourReturns

/// Part-B CIN rules on assessments: the validator's own test cases ported, and Harbour's own.
@Suite struct CINRulesBAssessmentsTests {
    @Test func rule8614() {
        // The validator's test.
        let census = CINTestB.census([
            CINTestB.table("Assessments", ["LAchildID", "AssessmentAuthorisationDate", "AssessmentFactors"], [
                ["child1", "2000-05-26", "26/05/2000"],
                ["child2", "2000-05-26", "6a,6b"],
                ["child3", "", "26/05/2000"],
                ["child3", "2000-05-26", ""],
                ["child4", "", "25/05/2000"],
                ["child5", "", ""],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8614, census) == ["Assessments 2", "Assessments 4"])
        #expect(CINTestB.flagged(CINRules.r8614, CINTestB.without(["Assessments 2", "Assessments 4"], census)).isEmpty)
    }

    @Test func rule8670Q() {
        // The validator's test.
        let census1 = CINTestB.census([
            CINTestB.header("2023-03-31"),
            CINTestB.table("Assessments", ["LAchildID", "AssessmentAuthorisationDate", "AssessmentActualStartDate"], [
                ["ID1", "2022-05-26", "2022-10-15"],
                ["ID2", "", "2022-10-15"],
                ["ID3", "", "2023-03-15"],
                ["ID4", "", "2023-01-29"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8670Q, census1) == ["Assessments 1", "Assessments 3"])
        let removed1 = [
            "Assessments 1", "Assessments 3",
        ]
        #expect(CINTestB.flagged(CINRules.r8670Q, CINTestB.without(removed1, census1)).isEmpty)
        // 45 working days before 31 March 2027 (Easter 26-29 March) is 26 January 2027.
        let census2 = CINTestB.census([
            CINTestB.header("2027-03-31"),
            CINTestB.table("Assessments", [
                "LAchildID", "CINdetailsID", "AssessmentID", "AssessmentActualStartDate",
                "AssessmentAuthorisationDate",
            ], [
                ["a", "1", "1", "2027-01-25", ""],
                ["a", "1", "2", "2027-01-26", ""],
                ["b", "1", "1", "2026-06-01", "2026-07-01"],
                ["c", "1", "1", "", ""],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8670Q, census2) == ["Assessments 0"])
        #expect(CINTestB.flagged(CINRules.r8670Q, CINTestB.without(["Assessments 0"], census2)).isEmpty)
        // A reference date on a Saturday counts from the next working day (Tuesday 30 March 2027).
        let census3 = CINTestB.census([
            CINTestB.header("2027-03-27"),
            CINTestB.table("Assessments", ["LAchildID", "CINdetailsID", "AssessmentID", "AssessmentActualStartDate"], [
                ["a", "1", "1", "2027-01-24"],
                ["a", "1", "2", "2027-01-25"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8670Q, census3) == ["Assessments 0"])
        #expect(CINTestB.flagged(CINRules.r8670Q, CINTestB.without(["Assessments 0"], census3)).isEmpty)
    }

    @Test func rule8696() {
        // The validator's test.
        let census = CINTestB.census([
            CINTestB.header("2022-03-31"),
            CINTestB.table("Assessments", ["AssessmentAuthorisationDate"], [
                ["2019-03-01"],
                ["2021-04-01"],
                ["2022-10-01"],
                [""],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8696, census) == ["Assessments 0", "Assessments 2"])
        #expect(CINTestB.flagged(CINRules.r8696, CINTestB.without(["Assessments 0", "Assessments 2"], census)).isEmpty)
    }

    @Test func rule8736() {
        // The validator's test.
        let census = CINTestB.census([
            CINTestB.header("2022-03-31"),
            CINTestB.table("Assessments", [
                "CINdetailsID", "LAchildID", "AssessmentAuthorisationDate", "AssessmentActualStartDate",
            ], [
                ["", "child1", "", "2021-05-27"],
                ["1", "child2", "", "2020-03-26"],
                ["1", "child3", "2021-06-27", "2021-05-27"],
                ["1", "child4", "", "2024-04-10"],
                ["1", "child5", "", "2022-05-27"],
                ["", "child6", "", ""],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8736, census) == ["Assessments 1", "Assessments 3", "Assessments 4"])
        let removed = [
            "Assessments 1", "Assessments 3", "Assessments 4",
        ]
        #expect(CINTestB.flagged(CINRules.r8736, CINTestB.without(removed, census)).isEmpty)
    }

    @Test func rule8863Q() {
        // The validator's test.
        let census = CINTestB.census([
            CINTestB.header("2001-03-31"),
            CINTestB.table("Assessments", [
                "LAchildID", "CINdetailsID", "AssessmentActualStartDate", "AssessmentAuthorisationDate",
            ], [
                ["child1", "cinID1", "2000-05-26", "2000-10-26"],
                ["child1", "cinID1", "2000-08-26", ""],
                ["child2", "cinID2", "2000-05-26", "2000-10-25"],
                ["child2", "cinID22", "2000-10-26", "2000-12-26"],
                ["child3", "cinID3", "2000-05-26", "2001-10-26"],
                ["child3", "cinID3", "2000-08-26", "2000-10-26"],
                ["child4", "cinID1", "2000-10-26", "2001-03-31"],
                ["child4", "cinID1", "2000-09-26", ""],
                ["child5", "cinID1", "2000-03-01", "2000-04-01"],
                ["child5", "cinID1", "2000-09-01", "2000-10-01"],
            ]),
        ])
        let expected = [
            "Assessments 0", "Assessments 1", "Assessments 4", "Assessments 5", "Assessments 6",
            "Assessments 7",
        ]
        #expect(CINTestB.flagged(CINRules.r8863Q, census) == expected)
        #expect(CINTestB.flagged(CINRules.r8863Q, CINTestB.without(expected, census)).isEmpty)
    }

    @Test func rule8869() {
        // The validator's test.
        let census1 = CINTestB.census([
            CINTestB.table("Assessments", [
                "LAchildID", "CINdetailsID", "AssessmentFactors", "AssessmentAuthorisationDate",
            ], [
                ["1", "1", "21", "1990-01-01"],
                ["1", "1", "AIND", "1990-01-01"],
                ["2", "2", "NONE", "1990-01-02"],
                ["3", "3", "", "1990-01-03"],
                ["3", "3", "MOTH", "1990-01-03"],
                ["4", "4", "21", "1990-01-04"],
                ["4", "4", "AAAA", "1990-01-04"],
                ["5", "5", "AA", "1990-01-05"],
                ["6", "6", "21", "2021-02-09"],
                ["6", "6", "14", "2020-12-15"],
                ["6", "6", "15", "2020-12-15"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8869, census1) == ["Assessments 1", "Assessments 6"])
        #expect(CINTestB.flagged(CINRules.r8869, CINTestB.without(["Assessments 1", "Assessments 6"], census1)).isEmpty)
        // Codes joined in one row are read one by one.
        let census2 = CINTestB.census([
            CINTestB.table("Assessments", [
                "LAchildID", "CINdetailsID", "AssessmentID", "AssessmentAuthorisationDate", "AssessmentFactors",
            ], [
                ["a", "1", "1", "2026-06-01", "21,18A"],
                ["a", "1", "2", "2026-06-01", "21"],
                ["b", "1", "1", "2026-06-01", "21"],
                ["b", "1", "2", "2026-07-01", "2B"],
                ["c", "1", "1", "", "21"],
                ["c", "1", "2", "", ""],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8869, census2) == ["Assessments 0", "Assessments 5"])
        #expect(CINTestB.flagged(CINRules.r8869, CINTestB.without(["Assessments 0", "Assessments 5"], census2)).isEmpty)
    }

    @Test func rule8873Q() {
        // The validator's test.
        let census1 = CINTestB.census([
            CINTestB.table("CINdetails", ["LAchildID", "ReasonForClosure", "CINdetailsID"], [
                ["child1", "RC8", "cinID1"],
                ["child1", "RC3", "cinID2"],
                ["child2", "RC8", "cinID1"],
                ["child3", "RC10", "cinID1"],
                ["child3", "RC9", "cinID2"],
                ["child3", "RC10", "cinID3"],
                ["child3", "RC10", "cinID4"],
            ]),
            CINTestB.table("Assessments", [
                "LAchildID", "AssessmentFactors", "CINdetailsID", "AssessmentID", "AssessmentActualStartDate",
            ], [
                ["child1", "21", "cinID1", "11", "1993-12-05"],
                ["child1", "BOO", "cinID2", "12", "1993-12-05"],
                ["child2", "BOO", "cinID1", "21", "1993-12-05"],
                ["child3", "21", "cinID1", "31", "1993-12-05"],
                ["child3", "", "cinID2", "32", "1993-12-05"],
                ["child3", "21", "cinID3", "33", "1993-12-05"],
                ["child3", "21", "cinID4", "34", "1993-12-05"],
                ["child3", "20", "cinID4", "35", "1994-12-05"],
            ]),
            CINTestB.table("AssessmentFactorsList", ["LAchildID", "AssessmentFactor", "CINdetailsID", "AssessmentID"], [
                ["child1", "21", "cinID1", "11"],
                ["child1", "BOO", "cinID2", "12"],
                ["child2", "BOO", "cinID1", "21"],
                ["child3", "21", "cinID1", "31"],
                ["child3", "", "cinID2", "32"],
                ["child3", "21", "cinID3", "33"],
                ["child3", "21", "cinID4", "34"],
                ["child3", "20", "cinID4", "35"],
            ]),
        ])
        let expected1 = [
            "Assessments 3", "Assessments 5", "CINdetails 3", "CINdetails 5",
        ]
        #expect(CINTestB.flagged(CINRules.r8873Q, census1) == expected1)
        #expect(CINTestB.flagged(CINRules.r8873Q, CINTestB.without(expected1, census1)).isEmpty)
        // An episode's only assessment with code 21, closed with other reasons.
        let census2 = CINTestB.census([
            CINTestB.table("CINdetails", ["LAchildID", "CINdetailsID", "ReasonForClosure"], [
                ["a", "1", "RC1"],
                ["b", "1", "RC1"],
                ["c", "1", "RC8"],
            ]),
            CINTestB.table("Assessments", ["LAchildID", "CINdetailsID", "AssessmentID", "AssessmentFactors"], [
                ["a", "1", "1", "21"],
                ["b", "1", "1", "21"],
                ["b", "1", "2", "2B"],
                ["c", "1", "1", "21"],
                ["d", "1", "1", "21"],
            ]),
            CINTestB.table("AssessmentFactorsList", ["LAchildID", "CINdetailsID", "AssessmentID", "AssessmentFactor"], [
                ["a", "1", "1", "21"],
                ["b", "1", "1", "21"],
                ["b", "1", "2", "2B"],
                ["c", "1", "1", "21"],
                ["d", "1", "1", "21"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8873Q, census2) == ["Assessments 0", "Assessments 4", "CINdetails 0"])
        let removed2 = [
            "Assessments 0", "Assessments 4", "CINdetails 0",
        ]
        #expect(CINTestB.flagged(CINRules.r8873Q, CINTestB.without(removed2, census2)).isEmpty)
    }

    @Test func rule8896() {
        // The validator's test.
        let census = CINTestB.census([
            CINTestB.table("Assessments", ["LAchildID", "CINdetailsID", "AssessmentAuthorisationDate"], [
                ["child1", "cinID1", ""],
                ["child1", "cinID1", ""],
                ["child1", "cinID2", ""],
                ["child2", "cinID1", "2021-05-26"],
                ["child2", "cinID2", ""],
                ["child2", "cinID2", ""],
            ]),
        ])
        let expected = [
            "Assessments 0", "Assessments 1", "Assessments 4", "Assessments 5",
        ]
        #expect(CINTestB.flagged(CINRules.r8896, census) == expected)
        #expect(CINTestB.flagged(CINRules.r8896, CINTestB.without(expected, census)).isEmpty)
    }

    @Test func rule8897Q() {
        // The validator's test.
        let census1 = CINTestB.census([
            CINTestB.header("2001-03-31"),
            CINTestB.table("Assessments", [
                "LAchildID", "AssessmentID", "AssessmentFactors", "AssessmentAuthorisationDate",
            ], [
                ["child1", "11", "", "2000-05-26"],
                ["child2", "21", "99", "2000-05-26"],
                ["child3", "31", "1A", "2000-05-26"],
                ["child3", "32", "", "2000-05-26"],
                ["child4", "41", "1A", "2000-05-26"],
                ["child5", "51", "", ""],
                ["child5", "52", "", "1945-05-26"],
            ]),
            CINTestB.table("AssessmentFactorsList", ["LAchildID", "AssessmentID", "AssessmentFactor"], [
                ["child1", "11", ""],
                ["child2", "21", "99"],
                ["child3", "31", "1A"],
                ["child3", "32", ""],
                ["child4", "41", "1A"],
                ["child5", "51", ""],
                ["child5", "52", ""],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8897Q, census1) == ["Assessments 0", "Assessments 1", "Assessments 3"])
        let removed1 = [
            "Assessments 0", "Assessments 1", "Assessments 3",
        ]
        #expect(CINTestB.flagged(CINRules.r8897Q, CINTestB.without(removed1, census1)).isEmpty)
        // Factors are matched by child and AssessmentID only, across episodes.
        let census2 = CINTestB.census([
            CINTestB.header("2027-03-31"),
            CINTestB.table("Assessments", [
                "LAchildID", "CINdetailsID", "AssessmentID", "AssessmentAuthorisationDate", "AssessmentFactors",
            ], [
                ["a", "1", "1", "2026-06-01", "2B"],
                ["a", "2", "1", "2026-07-01", "XX"],
                ["b", "1", "1", "2026-06-01", ""],
                ["c", "1", "1", "2026-03-31", ""],
                ["d", "1", "1", "2026-05-01", "2B"],
                ["e", "1", "1", "", ""],
            ]),
            CINTestB.table("AssessmentFactorsList", ["LAchildID", "CINdetailsID", "AssessmentID", "AssessmentFactor"], [
                ["a", "1", "1", "2B"],
                ["a", "2", "1", "XX"],
                ["d", "1", "1", "2B"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8897Q, census2) == ["Assessments 0", "Assessments 1", "Assessments 2"])
        let removed2 = [
            "Assessments 0", "Assessments 1", "Assessments 2",
        ]
        #expect(CINTestB.flagged(CINRules.r8897Q, CINTestB.without(removed2, census2)).isEmpty)
    }

    @Test func rule8898() {
        // The validator's test.
        let census1 = CINTestB.census([
            CINTestB.table("Assessments", [
                "LAchildID", "CINdetailsID", "AssessmentActualStartDate", "AssessmentFactors", "AssessmentID",
            ], [
                ["child1", "cinID1", "2000-01-01", "('111', '111')", "1"],
                ["child1", "cinID1", "2000-01-02", "('111', '222')", "2"],
            ]),
            CINTestB.table("AssessmentFactorsList", ["LAchildID", "CINdetailsID", "AssessmentFactor", "AssessmentID"], [
                ["child1", "cinID1", "111", "1"],
                ["child1", "cinID1", "111", "1"],
                ["child1", "cinID1", "111", "2"],
                ["child1", "cinID2", "222", "2"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8898, census1) == ["Assessments 0"])
        #expect(CINTestB.flagged(CINRules.r8898, CINTestB.without(["Assessments 0"], census1)).isEmpty)
        // A code recorded twice in one assessment.
        let census2 = CINTestB.census([
            CINTestB.table("Assessments", ["LAchildID", "CINdetailsID", "AssessmentID", "AssessmentFactors"], [
                ["a", "1", "1", "2B,2B"],
                ["a", "1", "2", "2B,3A"],
                ["a", "2", "1", "2B"],
            ]),
            CINTestB.table("AssessmentFactorsList", ["LAchildID", "CINdetailsID", "AssessmentID", "AssessmentFactor"], [
                ["a", "1", "1", "2B"],
                ["a", "1", "1", "2B"],
                ["a", "1", "2", "2B"],
                ["a", "1", "2", "3A"],
                ["a", "2", "1", "2B"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8898, census2) == ["Assessments 0"])
        #expect(CINTestB.flagged(CINRules.r8898, CINTestB.without(["Assessments 0"], census2)).isEmpty)
    }

    @Test func rule8945Q() {
        // The validator's test.
        let census1 = CINTestB.census([
            CINTestB.table("Assessments", ["AssessmentFactors"], [
                [""],
                ["18a"],
                ["18A"],
                ["18B"],
                ["18C"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8945Q, census1) == ["Assessments 1", "Assessments 2"])
        let removed1 = [
            "Assessments 1", "Assessments 2",
        ]
        #expect(CINTestB.flagged(CINRules.r8945Q, CINTestB.without(removed1, census1)).isEmpty)
        // Any of a row's codes, in any case (the validator's tests hold one code to a row).
        let census2 = CINTestB.census([
            CINTestB.table("Assessments", ["LAchildID", "CINdetailsID", "AssessmentID", "AssessmentFactors"], [
                ["a", "1", "1", "2B,18a"],
                ["a", "1", "2", "18B"],
                ["a", "1", "3", ""],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8945Q, census2) == ["Assessments 0"])
        #expect(CINTestB.flagged(CINRules.r8945Q, CINTestB.without(["Assessments 0"], census2)).isEmpty)
    }

    @Test func rule8950Q() {
        // The validator's test.
        let census1 = CINTestB.census([
            CINTestB.table("Assessments", ["AssessmentFactors"], [
                [""],
                ["19a"],
                ["19A"],
                ["18B"],
                ["19C"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8950Q, census1) == ["Assessments 1", "Assessments 2"])
        let removed1 = [
            "Assessments 1", "Assessments 2",
        ]
        #expect(CINTestB.flagged(CINRules.r8950Q, CINTestB.without(removed1, census1)).isEmpty)
        // Any of a row's codes, in any case (the validator's tests hold one code to a row).
        let census2 = CINTestB.census([
            CINTestB.table("Assessments", ["LAchildID", "CINdetailsID", "AssessmentID", "AssessmentFactors"], [
                ["a", "1", "1", "19A,2B"],
                ["a", "1", "2", "19C"],
                ["a", "1", "3", "19a"],
            ]),
        ])
        #expect(CINTestB.flagged(CINRules.r8950Q, census2) == ["Assessments 0", "Assessments 2"])
        let removed2 = [
            "Assessments 0", "Assessments 2",
        ]
        #expect(CINTestB.flagged(CINRules.r8950Q, CINTestB.without(removed2, census2)).isEmpty)
    }
}
