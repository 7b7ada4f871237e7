import HarbourCore
@testable import HarbourReturns
import Testing

@Suite("CIN rules A: referrals, assessments, section 47s and plans")
struct CINRulesAEpisodesTests {
    typealias F = CINFixtureA
    static let episode = ["LAchildID", "CINdetailsID"]

    @Test func rule1103AssessmentBeforeReferral() {
        let ret = F.census([
            "Assessments": F.rows(Self.episode + ["AssessmentActualStartDate"], [
                ["child1", "CIN1", "30/06/2021"], ["child2", "CIN2", "10/09/2021"], ["child3", "CIN3", nil],
                ["child4", "CIN4", "01/12/2021"], ["child5", "CIN5", "10/02/2022"],
            ]),
            "CINdetails": F.rows(Self.episode + ["CINreferralDate"], [
                ["child1", "CIN1", "01/07/2021"], ["child2", "CIN2", "01/09/2021"], ["child3", "CIN3", "26/05/2000"],
                ["child4", "CIN4", "10/12/2021"], ["child5", "CIN5", nil],
            ]),
        ])
        #expect(F.flagged(CINRules.r1103, ret) == ["Assessments": [0, 3], "CINdetails": [0, 3]])
        #expect(CINRules.r1103.run(ret).map(\.table) == ["Assessments", "Assessments", "CINdetails", "CINdetails"])
    }

    @Test func rule1104ConferenceBeforeReferral() {
        let ret = F.census([
            "Section47": F.rows(Self.episode + ["DateOfInitialCPC"], [
                ["child1", "cinID1", "19/05/2000"], ["child1", "cinID2", "26/05/2000"], ["child2", "cinID1", nil],
                ["child3", "cinID1", "31/05/2003"], ["child3", "cinID2", "26/05/2000"],
            ]),
            "CINdetails": F.rows(Self.episode + ["CINreferralDate"], [
                ["child1", "cinID1", "26/10/2001"], ["child1", "cinID2", "13/06/2002"], ["child2", "cinID1", "26/05/2000"],
                ["child3", "cinID1", "28/05/2000"], ["child3", "cinID2", nil], ["child3", "cinID4", "28/05/2000"],
            ]),
        ])
        #expect(F.flagged(CINRules.r1104, ret) == ["Section47": [0, 1], "CINdetails": [0, 1]])
    }

    @Test func rule1105PlanBeforeReferral() {
        let ret = F.census([
            "ChildProtectionPlans": F.rows(["LAchildID", "CPPstartDate", "CINdetailsID"], [
                ["child1", "26/05/2000", "cinID1"], ["child1", "27/06/2002", "cinID2"], ["child3", "07/02/1999", "cinID6"],
                ["child2", "26/05/2000", "cinID3"], ["child3", "26/05/2001", "cinID4"],
            ]),
            "CINdetails": F.rows(["LAchildID", "CINreferralDate", "CINdetailsID"], [
                ["child1", "26/05/2000", "cinID1"], ["child1", "26/05/2000", "cinID2"], ["child3", "26/05/2000", "cinID6"],
                ["child2", "30/05/2000", "cinID3"], ["child3", "27/05/2000", "cinID4"],
            ]),
        ])
        #expect(F.flagged(CINRules.r1105, ret) == ["ChildProtectionPlans": [2, 3], "CINdetails": [2, 3]])
    }

    @Test func rule2889Section47BeforeReferral() {
        let ret = F.census([
            "Section47": F.rows(Self.episode + ["S47ActualStartDate"], [
                ["1", "45", "2020-05-05"], ["4", "55", "2019-04-20"], ["67", "66", "2014-03-21"],
                ["69", "67", "2018-04-20"], ["69", "67", nil], ["167", "166", "2014-03-21"],
            ]),
            "CINdetails": F.rows(Self.episode + ["CINreferralDate"], [
                ["1", "44", "2017-05-05"], ["4", "55", "2019-04-20"], ["67", "66", "2016-03-21"], ["67", "67", "2015-03-21"],
                ["69", "67", "2018-04-20"], ["70", "69", "2015-04-20"], ["167", "166", "2015-02-21"],
            ]),
        ])
        #expect(F.flagged(CINRules.r2889, ret) == ["CINdetails": [2, 6], "Section47": [2, 5]])
        #expect(CINRules.r2889.run(ret).first?.table == "CINdetails")
    }

    @Test func rule2883MorePlansThanConferences() {
        let tables: [String: F.Rows] = [
            "ChildProtectionPlans": F.rows(["LAchildID", "CPPstartDate"], [
                ["child1", "26/05/2000"], ["child1", "27/06/2000"], ["child2", "26/05/2004"], ["child3", "26/05/2000"],
                ["child1", nil],
            ]),
            "CINdetails": F.rows(["LAchildID", "DateOfInitialCPC"], [["child2", "26/05/2004"], ["child1", nil]]),
            "Section47": F.rows(["LAchildID", "DateOfInitialCPC"], [["child1", "26/05/2000"], ["child1", "27/06/2000"]]),
        ]
        let found = CINRules.r2883.run(F.census(reference: "2001-03-31", tables))
        #expect(found.map(\.table) == ["ChildProtectionPlans"])
        var balanced = tables
        balanced["CINdetails"] = F.rows(["LAchildID", "DateOfInitialCPC"], [["child3", "2000-05-26"]])
        #expect(CINRules.r2883.run(F.census(reference: "2001-03-31", balanced)).isEmpty)
    }

    @Test func rule2884ConferenceAtBothLevels() {
        let ret = F.census([
            "Section47": F.rows(["LAchildID", "DateOfInitialCPC", "CINdetailsID"], [
                ["child1", "26/05/2000", "cinID1"], ["child1", "26/05/2000", "cinID2"], ["child2", "30/05/2000", "cinID1"],
                ["child3", "27/05/2000", "cinID1"], ["child3", "26/05/2000", "cinID2"], ["child3", "26/05/2000", "cinID3"],
                ["child3", nil, "cinID4"],
            ]),
            "CINdetails": F.rows(["LAchildID", "DateOfInitialCPC", "CINdetailsID"], [
                ["child1", "26/10/1999", "cinID1"], ["child1", "26/05/2000", "cinID2"], ["child2", "26/05/2000", "cinID1"],
                ["child3", "28/05/2000", "cinID1"], ["child3", "26/05/2000", "cinID2"], ["child3", "26/05/2003", "cinID3"],
                ["child3", "14/03/2001", "cinID4"],
            ]),
        ])
        #expect(F.flagged(CINRules.r2884, ret) == ["Section47": [0, 1, 4, 5], "CINdetails": [1, 4]])
    }

    @Test func rule2885PlanStartsOnTheConferenceDay() {
        let ret = F.census(reference: "2022-03-31", [
            "ChildProtectionPlans": F.rows(Self.episode + ["CPPstartDate"], [
                ["child1", "cinID1", "26/05/2021"], ["child1", "cinID1", "26/06/2021"], ["child1", "cinID2", "27/06/2002"],
                ["child2", "cinID1", "26/05/2021"], ["child3", "cinID1", "26/05/2021"], ["child3", "cinID2", nil],
                ["child3", "cinID3", "07/02/2022"], ["child3", "cinID4", "14/03/2022"], ["child5", "cinID4", "19/07/2021"],
                ["child6", "cinID4", "19/07/2021"], ["child8", "cinID1", "20/10/2021"], ["child9", "cinID1", "20/10/2021"],
                ["child9", "cinID1", "31/03/2021"],
            ]),
            "Section47": F.rows(["LAchildID", "DateOfInitialCPC", "CINdetailsID", "ICPCnotRequired"], [
                ["child1", "26/05/2021", "cinID1", "0"], ["child1", "26/05/2021", "cinID2", "0"],
                ["child2", "30/05/2021", "cinID1", "0"], ["child3", "26/05/2021", "cinID2", "0"],
                ["child3", "26/05/2021", "cinID3", "0"], ["child3", nil, "cinID4", "0"],
                ["child5", "19/07/2021", "cinID4", "0"], ["child5", nil, "cinID4", "0"], ["child6", nil, "cinID4", "0"],
                ["child8", "20/10/2021", "cinID1", "0"], ["child8", "22/07/2021", "cinID1", "0"],
                ["child9", nil, "cinID1", "1"],
            ]),
            "CINdetails": F.rows(["LAchildID", "DateOfInitialCPC", "CINdetailsID"], [
                ["child1", "26/10/2020", "cinID1"], ["child1", "26/05/2021", "cinID2"], ["child2", "26/05/2021", "cinID1"],
                ["child3", "28/05/2021", "cinID1"], ["child3", "26/05/2021", "cinID2"], ["child3", "26/05/2003", "cinID3"],
                ["child3", "14/03/2022", "cinID4"], ["child5", nil, "cinID4"], ["child6", nil, "cinID4"],
                ["child7", nil, "cinID1"], ["child8", nil, "cinID1"], ["child9", "20/10/2021", "cinID1"],
            ]),
        ])
        #expect(F.flagged(CINRules.r2885, ret) == [
            "ChildProtectionPlans": [1, 3, 4, 6, 7, 9], "Section47": [2, 4, 5, 8], "CINdetails": [3],
        ])
    }

    @Test func rule2990ActivityOnACaseClosedAfterAssessment() {
        let ret = F.census([
            "ChildProtectionPlans": F.rows(Self.episode, [
                ["child1", "cinID10"], ["child1", "cinID2"], ["child3", "cinID3"], ["child30", "cinID3"],
                ["child30", "cinID2"], ["child3", "cinID30"], ["child3", "cinID4"],
            ]),
            "Section47": F.rows(["LAchildID", "DateOfInitialCPC", "CINdetailsID"], [
                ["child1", nil, "cinID2"], ["child2", nil, "cinID2"], ["child2", nil, "cinID1"], ["child3", nil, "cinID1"],
                ["child3", "26/05/2000", "cinID2"], ["child3", nil, "cinID3"], ["child3", "14/03/2001", "cinID4"],
            ]),
            "CINdetails": F.rows(["LAchildID", "DateOfInitialCPC", "CINdetailsID", "ReasonForClosure"], [
                ["child1", nil, "cinID1", "RC8"], ["child2", nil, "cinID2", "RC9"], ["child3", nil, "cinID3", "RC8"],
                ["child4", "28/05/2000", "cinID4", "RC8"], ["child3", "26/05/2000", "cinID2", "RC10"],
                ["child3", "26/05/2003", "cinID8", "RC10"], ["child3", "14/03/2001", "cinID4", "RC10"],
                ["child7", nil, "cinID4", "RC10"],
            ]),
            "CINplanDates": F.rows(Self.episode, [
                ["child1", "cinID1"], ["child1", "cinID2"], ["child1", "cinID3"], ["child1", "cinID4"],
            ]),
        ])
        #expect(F.flagged(CINRules.r2990, ret) == [
            "ChildProtectionPlans": [2], "CINdetails": [0, 1, 2, 3], "CINplanDates": [0], "Section47": [1, 5],
        ])
    }

    @Test func rule2991QSection47WithoutAnAssessment() {
        let ret = F.census([
            "Assessments": F.rows(Self.episode, [
                ["child1", nil], ["child1", "cinID2"], ["child3", "cinID1"], ["child3", "cinID2"], ["child3", "cinID3"],
                ["child3", "cinID4"], ["child4", "cinID4"],
            ]),
            "Section47": F.rows(Self.episode, [
                ["child1", "cinID1"], ["child1", "cinID2"], ["child2", "cinID1"], ["child3", "cinID1"], ["child3", "cinID2"],
                ["child3", "cinID3"], ["child3", nil],
            ]),
        ])
        #expect(F.flagged(CINRules.r2991Q, ret) == ["Section47": [0, 2, 6]])
    }

    static func closedCase(plans: [[String?]]) -> CINReturn {
        F.census([
            "CINdetails": F.rows(Self.episode + ["CINclosureDate", "DateOfInitialCPC"], [
                ["child1", "1", "26/05/2022", "26/05/2022"], ["child1", "2", "26/05/2022", nil],
                ["child1", "3", "26/05/2022", "27/05/2022"], ["child1", "4", "26/05/2022", "26/05/2022"],
            ]),
            "Assessments": F.rows(Self.episode + ["AssessmentActualStartDate", "AssessmentAuthorisationDate"], [
                ["child1", "1", "27/05/2022", "26/05/2022"], ["child1", "1", "26/05/2022", "26/05/2022"],
                ["child1", "2", "27/05/2022", "26/05/2022"], ["child1", "3", "26/05/2022", "26/05/2022"],
                ["child1", "4", nil, nil],
            ]),
            "Section47": F.rows(Self.episode + ["S47ActualStartDate", "DateOfInitialCPC"], [
                ["child1", "1", "27/05/2022", "26/05/2022"],
            ]),
            "ChildProtectionPlans": F.rows(Self.episode + ["CPPendDate"], [["child1", "1", "27/05/2022"]]),
            "CINplanDates": F.rows(Self.episode + ["CINPlanStartDate", "CINPlanEndDate"], plans),
        ])
    }

    @Test func rule8565ActivityAfterClosure() {
        let ret = Self.closedCase(plans: [["child1", "1", "27/05/2022", "26/05/2022"]])
        #expect(F.flagged(CINRules.r8565, ret) == [
            "CINdetails": [0, 1, 2], "Assessments": [0, 2], "Section47": [0], "CINplanDates": [0], "ChildProtectionPlans": [0],
        ])
        let noPlans = Self.closedCase(plans: [["child1", "1", "26/05/2022", nil]])
        #expect(F.flagged(CINRules.r8565, noPlans) == [
            "CINdetails": [0, 1, 2], "Assessments": [0, 2], "Section47": [0], "ChildProtectionPlans": [0],
        ])
        // Two late CIN plans against one late section 47: both plans are reported (the DfE's
        // public validator stops with an error here).
        let mismatched = Self.closedCase(plans: [
            ["child1", "1", "27/05/2022", nil], ["child1", "2", "28/05/2022", nil],
        ])
        #expect(F.flagged(CINRules.r8565, mismatched) == [
            "CINdetails": [0, 1, 2], "Assessments": [0, 2], "Section47": [0], "CINplanDates": [0, 1], "ChildProtectionPlans": [0],
        ])
    }

    /// One episode closed on 26/05/2022. Everything on or before that day passes; a plan
    /// ending the day after, or a CIN plan still running after it, is activity after closure.
    static func oneClosedEpisode(cppEnd: String, planEnd: String?) -> CINReturn {
        F.census([
            "CINdetails": F.rows(Self.episode + ["CINclosureDate", "DateOfInitialCPC"], [["child1", "1", "26/05/2022", "01/02/2022"]]),
            "Assessments": F.rows(Self.episode + ["AssessmentActualStartDate", "AssessmentAuthorisationDate"], [
                ["child1", "1", "10/01/2022", "20/01/2022"],
            ]),
            "Section47": F.rows(Self.episode + ["S47ActualStartDate", "DateOfInitialCPC"], [["child1", "1", "15/01/2022", "01/02/2022"]]),
            "ChildProtectionPlans": F.rows(Self.episode + ["CPPendDate"], [["child1", "1", cppEnd]]),
            "CINplanDates": F.rows(Self.episode + ["CINPlanStartDate", "CINPlanEndDate"], [["child1", "1", "21/01/2022", planEnd]]),
        ])
    }

    @Test func rule8565ProtectionPlanAndCINPlanEndingAfterClosure() {
        #expect(CINRules.r8565.run(Self.oneClosedEpisode(cppEnd: "26/05/2022", planEnd: "26/05/2022")).isEmpty)
        #expect(F.flagged(CINRules.r8565, Self.oneClosedEpisode(cppEnd: "27/05/2022", planEnd: "26/05/2022")) == [
            "CINdetails": [0], "ChildProtectionPlans": [0],
        ])
        #expect(F.flagged(CINRules.r8565, Self.oneClosedEpisode(cppEnd: "26/05/2022", planEnd: "17/03/2023")) == [
            "CINdetails": [0], "CINplanDates": [0],
        ])
    }

    @Test func rule8568ReferralNFAFlag() {
        let ret = F.census(["CINdetails": F.column("ReferralNFA", ["1", "0", "2", nil, "true", "Woof", "Meow", "FALSE"])])
        #expect(F.flagged(CINRules.r8568, ret, in: "CINdetails") == [2, 3, 5, 6])
    }

    @Test func rule8569QOldReferralFlaggedNoFurtherAction() {
        let ret = F.census(reference: "2000-03-31", [
            "CINdetails": F.rows(["LAchildID", "CINreferralDate", "ReferralNFA", "CINdetailsID"], [
                ["child1", "26/10/1880", "true", "cinID1"], ["child2", "26/10/2001", "true", "cinID2"],
                ["child3", "26/10/1880", "false", "cinID3"], ["child4", "26/10/1999", "false", "cinID4"],
                ["child5", nil, "false", "cinID5"],
            ]),
        ])
        #expect(F.flagged(CINRules.r8569Q, ret, in: "CINdetails") == [0])
        // 1 April 2023 is a Saturday: referrals up to Friday 31 March are before the working start.
        let weekend = F.census(reference: "2024-03-31", [
            "CINdetails": F.rows(["CINreferralDate", "ReferralNFA"], [
                ["2023-03-31", "1"], ["2023-04-01", "1"], ["2023-04-02", "1"], ["2023-04-03", "1"], ["2023-03-30", nil],
            ]),
        ])
        #expect(F.flagged(CINRules.r8569Q, weekend, in: "CINdetails") == [0, 1, 2, 4])
    }

    @Test func rule8600ReferralMissingOrAfterTheCensusYear() {
        let referrals: [String?] = [
            "2021-06-30", "2022-01-25", "2022-12-25", nil, "2022-12-03", "2021-08-20", "2021-04-17", "2001-01-25", nil,
        ]
        let ret = F.census(reference: "2022-03-31", ["CINdetails": F.column("CINreferralDate", referrals)])
        #expect(F.flagged(CINRules.r8600, ret, in: "CINdetails") == [2, 3, 4, 8])
    }

    @Test func rule8608AssessmentStartAfterAuthorisation() {
        let ret = F.census([
            "Assessments": F.rows(["LAchildID", "AssessmentActualStartDate", "AssessmentAuthorisationDate"], [
                ["child1", "26/05/2000", "26/05/2000"], ["child2", "26/05/2000", "26/05/2001"],
                ["child3", "26/05/2000", "26/05/1999"], ["child3", "26/05/2000", nil],
                ["child4", "26/05/2000", "25/05/2000"], ["child5", nil, nil],
            ]),
        ])
        #expect(F.flagged(CINRules.r8608, ret, in: "Assessments") == [2, 4])
    }

    @Test func rule8610PrimaryNeedMissingForFurtherAction() {
        let ret = F.census([
            "CINdetails": F.rows(["LAchildID", "ReferralNFA", "PrimaryNeedCode", "CINdetailsID"], [
                ["child1", "false", nil, "ID1"], ["child2", "0", nil, "ID2"], ["child3", "1", "N1", "ID3"],
                ["child4", nil, "N2", "ID4"], ["child5", "true", nil, "ID5"],
            ]),
        ])
        #expect(F.flagged(CINRules.r8610, ret, in: "CINdetails") == [0, 1])
    }
}
