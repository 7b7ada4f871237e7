import HarbourCore
@testable import HarbourReturns
import Testing

@Suite("CIN rules A: CIN plans")
struct CINRulesACINPlansTests {
    typealias F = CINFixtureA

    @Test func rule4000PlanOnANoFurtherActionReferral() {
        let ret = F.census([
            "CINplanDates": F.rows(["LAchildID", "CINdetailsID"], [["child1", "CDID1"], ["child1", "CDID2"], ["child4", "CDID6"]]),
            "CINdetails": F.rows(["LAchildID", "CINdetailsID", "ReferralNFA"], [
                ["child1", "CDID1", "1"], ["child1", "CDID2", nil], ["child3", "CDID6", "1"], ["child4", "CDID6", "false"],
            ]),
        ])
        #expect(F.flagged(CINRules.r4000, ret) == ["CINplanDates": [0], "CINdetails": [0]])
    }

    @Test func rule4001OpenCINPlanAndOpenProtectionPlan() {
        let ret = F.census([
            "ChildProtectionPlans": F.rows(["LAchildID", "CPPendDate", "CINdetailsID"], [
                ["child1", "30/05/2000", "cinID1"], ["child1", nil, "cinID1"], ["child2", nil, "cinID3"],
                ["child3", "30/10/2001", "cinID5"], ["child5", nil, "cinID7"], ["child6", nil, "cinID8"],
            ]),
            "CINplanDates": F.rows(["LAchildID", "CINPlanStartDate", "CINPlanEndDate", "CINdetailsID"], [
                ["child1", "04/04/2000", "04/04/2000", "cinID1"], ["child1", "04/04/2000", "28/05/2000", "cinID1"],
                ["child2", "04/04/2000", nil, "cinID3"], ["child2", "04/04/2000", nil, "cinID4"],
                ["child3", "04/04/2000", "30/10/2001", "cinID5"], ["child4", "04/04/2000", nil, "cinID6"],
                ["child6", nil, nil, "cinID9"],
            ]),
        ])
        #expect(F.flagged(CINRules.r4001, ret) == ["ChildProtectionPlans": [2], "CINplanDates": [2]])
    }

    @Test func rule4003ReviewDuringACINPlan() {
        let ret = F.census([
            "ChildProtectionPlans": F.rows(["LAchildID", "CPPendDate", "CPPID"], [
                ["child1", "30/05/2001", "cinID1"], ["child2", nil, "cinID1"], ["child2", "29/05/2001", "cinID2"],
                ["child2", nil, "cinID4"], ["child3", "30/10/2001", "cinID5"], ["child5", nil, "cinID6"],
            ]),
            "CINplanDates": F.rows(["LAchildID", "CINPlanStartDate", "CINPlanEndDate"], [
                ["child1", "04/04/2000", "01/06/2002"], ["child2", "28/05/2000", "01/06/2002"],
                ["child3", "30/05/2000", "01/06/2002"], ["child4", "04/06/2000", "01/06/2002"],
                ["child5", "30/06/2000", "01/06/2002"], ["child2", "26/10/2000", "01/06/2002"],
                ["child2", "26/02/2001", "01/06/2002"], ["child2", "26/03/2001", "01/06/2002"],
                ["child3", "30/10/2001", "01/06/2002"], ["child4", "04/06/2000", "01/06/2002"],
                ["child5", "31/03/2001", "01/06/2002"],
            ]),
            "Reviews": F.rows(["LAchildID", "CPPID", "CPPreviewDate"], [
                ["child1", "cinID1", "29/05/2001"], ["child2", "cinID2", "29/05/2001"], ["child3", "cinID3", "29/05/2004"],
                ["child4", "cinID4", "29/05/2004"], ["child5", "cinID5", "29/05/2004"], ["child6", "cinID6", "29/05/2004"],
            ]),
        ])
        #expect(F.flagged(CINRules.r4003, ret) == ["ChildProtectionPlans": [0], "CINplanDates": [0], "Reviews": [0]])
    }

    @Test func rule4004TwoOpenCINPlansInAnEpisode() {
        let ret = F.census([
            "CINplanDates": F.rows(["LAchildID", "CINdetailsID", "CINPlanEndDate"], [
                ["child1", "1", nil], ["child1", "1", nil], ["child1", "2", nil],
                ["child2", "1", "26/05/2021"], ["child2", "2", nil], ["child2", "2", nil],
                ["child3", "1", "26/05/2021"], ["child3", "1", nil],
            ]),
        ])
        #expect(F.flagged(CINRules.r4004, ret, in: "CINplanDates") == [0, 1, 4, 5])
    }

    @Test func rule4008PlanStartsAfterDeath() {
        let ret = F.census([
            "ChildIdentifiers": F.rows(["LAchildID", "PersonDeathDate"], [
                ["child1", "26/05/2000"], ["child2", "27/06/2002"], ["child3", "07/02/2001"], ["child4", "26/05/2000"],
                ["child5", "26/05/2000"], ["child6", nil], ["child7", "14/03/2001"],
            ]),
            "CINplanDates": F.rows(["LAchildID", "CINPlanStartDate"], [
                ["child1", "26/05/2000"], ["child2", "26/05/2000"], ["child3", "26/05/2000"], ["child4", "25/05/2000"],
                ["child5", "27/05/2000"], ["child6", "26/05/2000"], ["child7", nil],
            ]),
        ])
        #expect(F.flagged(CINRules.r4008, ret) == ["ChildIdentifiers": [4], "CINplanDates": [4]])
    }

    @Test func rule4009QPlanEndsAfterDeath() {
        let ret = F.census([
            "ChildIdentifiers": F.rows(["LAchildID", "PersonDeathDate"], [
                ["child1", "01/01/2000"], ["child2", "01/01/2000"], ["child3", nil], ["child4", "01/01/2000"],
            ]),
            "CINplanDates": F.rows(["LAchildID", "CINPlanEndDate"], [
                ["child1", "01/01/2001"], ["child2", nil], ["child3", "01/01/2000"], ["child4", "01/01/2001"],
            ]),
        ])
        #expect(F.flagged(CINRules.r4009Q, ret) == ["ChildIdentifiers": [0, 3], "CINplanDates": [0, 3]])
    }

    @Test func rule4010PlanStartMissingOrAfterTheCensusYear() {
        let starts: [String?] = [
            "2022-04-25", "2022-03-01", "2022-12-25", "2021-04-27", "2021-11-21", "2021-08-20", "2020-04-17",
            "1999-01-30", nil,
        ]
        let ret = F.census(reference: "2022-03-31", ["CINplanDates": F.column("CINPlanStartDate", starts)])
        #expect(F.flagged(CINRules.r4010, ret, in: "CINplanDates") == [0, 2, 8])
    }

    @Test func rule4011PlanEndsBeforeItStarts() {
        let ret = F.census([
            "CINplanDates": F.rows(["LAchildID", "CINPlanEndDate", "CINPlanStartDate"], [
                ["child1", "26/05/2000", "26/05/2000"], ["child2", "26/05/2000", "26/05/2001"],
                ["child3", "26/05/2000", "26/05/1999"], ["child4", "26/05/2000", nil], ["child6", nil, nil],
            ]),
        ])
        #expect(F.flagged(CINRules.r4011, ret, in: "CINplanDates") == [1])
    }

    @Test func rule4012QPlanStartsAndEndsTheSameDay() {
        let ret = F.census([
            "CINplanDates": F.rows(["LAchildID", "CINPlanStartDate", "CINPlanEndDate"], [
                ["A", "2020-01-01", "2020-01-01"], ["B", "2020-02-01", "2020-01-01"], ["C", "2020-03-01", "2020-03-01"],
                ["D", "2020-01-15", "2020-01-17"], ["E", nil, nil], ["F", "2020-07-01", "2020-01-01"],
                ["G", "2020-01-15", "2020-01-15"], ["H", nil, "2020-01-01"],
            ]),
        ])
        #expect(F.flagged(CINRules.r4012Q, ret, in: "CINplanDates") == [0, 2, 6])
    }

    @Test func rule4013PlanEndOutsideTheCensusYear() {
        let ends: [String?] = ["01/03/2019", "01/04/2021", "01/10/2022", "31/03/2021", "31/03/2022", nil]
        let ret = F.census(reference: "2022-03-31", ["CINplanDates": F.column("CINPlanEndDate", ends)])
        #expect(F.flagged(CINRules.r4013, ret, in: "CINplanDates") == [0, 2, 3])
    }

    @Test func rule4014OverlappingPlans() {
        let ret = F.census(reference: "2001-03-31", [
            "CINplanDates": F.rows(["LAchildID", "CINPlanStartDate", "CINPlanEndDate"], [
                ["child1", "26/05/2000", "26/10/2000"], ["child1", "26/08/2000", "26/12/2000"],
                ["child2", "26/05/2000", "25/10/2000"], ["child2", "26/10/2000", "26/12/2000"],
                ["child3", "26/05/2000", nil], ["child3", "26/08/2000", "26/10/2000"],
                ["child4", "26/10/2000", "31/03/2001"], ["child4", "31/03/2001", nil],
                ["child5", "31/03/2001", "31/04/2001"], ["child5", "31/03/2001", "31/04/2001"],
            ]),
        ])
        #expect(F.flagged(CINRules.r4014, ret, in: "CINplanDates") == [0, 1, 4, 5, 6, 7, 8, 9])
    }

    @Test func rule4015PlanBeforeReferral() {
        let ret = F.census([
            "CINplanDates": F.rows(["LAchildID", "CINdetailsID", "CINPlanStartDate"], [
                ["1", "45", "2020-05-05"], ["4", "55", "2019-04-20"], ["67", "66", "2014-03-21"],
                ["69", "67", "2018-04-20"], ["69", "67", nil], ["167", "166", "2014-03-21"],
            ]),
            "CINdetails": F.rows(["LAchildID", "CINdetailsID", "CINreferralDate"], [
                ["1", "44", "2017-05-05"], ["4", "55", "2019-04-20"], ["67", "66", "2016-03-21"], ["67", "67", "2015-03-21"],
                ["69", "67", "2018-04-20"], ["70", "69", "2015-04-20"], ["167", "166", "2015-02-21"],
            ]),
        ])
        #expect(F.flagged(CINRules.r4015, ret) == ["CINplanDates": [2, 5], "CINdetails": [2, 6]])
    }

    @Test func rule4016CINPlanStartsDuringAProtectionPlan() {
        let ret = F.census(reference: "2001-03-31", [
            "ChildProtectionPlans": F.rows(["LAchildID", "CPPstartDate", "CPPendDate"], [
                ["child1", "26/05/2000", "30/05/2000"], ["child1", "26/06/2000", nil], ["child2", "26/10/2000", "10/12/2000"],
                ["child2", "26/02/2001", nil], ["child3", "26/05/2000", "30/10/2001"], ["child5", "26/05/2000", nil],
            ]),
            "CINplanDates": F.rows(["LAchildID", "CINPlanStartDate"], [
                ["child1", "04/04/2000"], ["child1", "28/05/2000"], ["child1", "30/05/2000"], ["child1", "04/06/2000"],
                ["child1", "30/06/2000"], ["child2", "26/10/2000"], ["child2", "26/02/2001"], ["child2", "26/03/2001"],
                ["child3", "30/10/2001"], ["child4", "04/06/2000"], ["child5", "31/03/2001"],
            ]),
        ])
        #expect(F.flagged(CINRules.r4016, ret) == [
            "ChildProtectionPlans": [0, 1, 2, 3, 5], "CINplanDates": [1, 4, 5, 6, 7, 10],
        ])
    }

    @Test func rule4017ProtectionPlanStartsDuringACINPlan() {
        let ret = F.census(reference: "2001-03-31", [
            "CINplanDates": F.rows(["LAchildID", "CINPlanStartDate", "CINPlanEndDate"], [
                ["child1", "26/05/2000", "30/05/2000"], ["child1", "26/06/2000", nil], ["child2", "26/10/2000", "10/12/2000"],
                ["child2", "26/02/2001", nil], ["child3", "26/05/2000", "30/10/2001"], ["child5", "26/05/2000", nil],
                ["child8", "15/09/2000", nil], ["child8", "09/06/2000", "20/07/2000"],
            ]),
            "ChildProtectionPlans": F.rows(["LAchildID", "CPPstartDate"], [
                ["child1", "04/04/2000"], ["child1", "28/05/2000"], ["child1", "30/05/2000"], ["child1", "04/06/2000"],
                ["child1", "30/06/2000"], ["child2", "26/10/2000"], ["child2", "26/02/2001"], ["child2", "26/03/2001"],
                ["child3", "30/10/2001"], ["child4", "04/06/2000"], ["child5", "31/03/2001"], ["child8", "22/06/2000"],
            ]),
        ])
        #expect(F.flagged(CINRules.r4017, ret) == [
            "ChildProtectionPlans": [1, 4, 5, 6, 7, 10, 11], "CINplanDates": [0, 1, 2, 3, 5, 7],
        ])
    }
}
