import Foundation
import HarbourCore
@testable import HarbourReturns
import Testing

@Suite struct CINCensusBuilderTests {
    let builder = CINCensusBuilder(collectionYear: 2026, localAuthority: "201", release: "2", serialNumber: 7,
                                   createdAt: LondonTime.instant(day: Day(year: 2026, month: 4, day: 20)!, hour: 9, minute: 30)!)

    @Test func aProtectionEpisodeGivesEveryBlockWithItsDates() {
        let census = builder.build([ExportHandChild.protected.child], file: "cin.xml")
        #expect(census.header.exportValues == [["CIN", "2026", "2026-03-31", "L", "201", "Harbour", "2", "007", "2026-04-20T09:30:00"]])
        #expect(census.childIdentifiers.exportValues == [["C2", "A123456789012", "", "", "2015-02-01", "", "", "F", ""]])
        #expect(census.childCharacteristics.exportValues == [["C2", "WBRI"]])
        #expect(census.disabilities.exportValues == [["C2", "NONE"]])
        #expect(census.cinDetails.exportValues == [["C2", "1", "2025-06-02", "6", "N1", "", "", "", "0"]])
        #expect(census.assessments.exportValues == [["C2", "1", "1", "2025-06-02", "", "2025-07-14", "3B,16A"]])
        #expect(census.assessmentFactors.exportValues == [["C2", "1", "1", "3B"], ["C2", "1", "1", "16A"]])
        // 15 working days after Tuesday 3 June 2025 is Tuesday 24 June.
        #expect(census.section47.exportValues == [["C2", "1", "2025-06-03", "2025-06-24", "2025-06-24", "0"]])
        #expect(census.childProtectionPlans.exportValues == [["C2", "1", "1", "2025-06-24", "", "NEG", "NEG", "1"]])
        #expect(census.reviews.exportValues == [["C2", "1", "1", "2025-09-15"]])
        #expect(census.cinPlanDates.rows.isEmpty)
        #expect(census.section47.rows[0].location.path == "Message/Children/Child[1]/CINdetails[1]/Section47[1]")
        #expect(census.referenceDate == Day(year: 2026, month: 3, day: 31))
    }

    @Test func onlyEpisodesOpenInTheYearAreReturned() {
        var closedBefore = ExportHandChild("C4", born: "2010-05-05")
        closedBefore.add(.referral, ["referral_date": exportDay("2024-05-01"), "source": .code("1A"), "nfa": .bool(false),
                                     "primary_need": .code("N5"), "closure_date": exportDay("2025-03-31"), "closure_reason": .code("RC7")])
        var later = ExportHandChild("C5", born: "2010-05-05")
        later.add(.referral, ["referral_date": exportDay("2026-04-02"), "source": .code("1A"), "nfa": .bool(false)])
        var nfa = ExportHandChild("C3", born: "2019-09-09", sex: "M", extra: ["upn_unknown": .code("UN1"), "disabilities": .codes(["AUT", "COMM"])])
        nfa.add(.referral, ["referral_date": exportDay("2026-02-10"), "source": .code("3A"), "nfa": .bool(true),
                            "closure_date": exportDay("2026-02-10"), "closure_reason": .code("RC8")])
        let census = builder.build([closedBefore.child, nfa.child, later.child])
        #expect(census.childIdentifiers.exportValues == [["C3", "", "", "UN1", "2019-09-09", "", "", "M", ""]])
        #expect(census.cinDetails.exportValues == [["C3", "1", "2026-02-10", "3A", "", "2026-02-10", "RC8", "", "1"]])
        #expect(census.disabilities.exportValues == [["C3", "AUT"], ["C3", "COMM"]])
    }

    @Test func anUnbornChildHasAnExpectedBirthDateAndSexU() {
        var unborn = ExportHandChild("C6", born: nil, extra: ["expected_date_of_birth": exportDay("2026-06-01"), "upn_unknown": .code("UN1")])
        unborn.add(.referral, ["referral_date": exportDay("2026-01-05"), "source": .code("3B"), "nfa": .bool(false), "primary_need": .code("N1")])
        let census = builder.build([unborn.child])
        #expect(census.childIdentifiers.exportValues == [["C6", "", "", "UN1", "", "2026-06-01", "", "U", ""]])

        // Born after the reference date: still unborn as far as this census is concerned.
        unborn.values["date_of_birth"] = exportDay("2026-05-28")
        #expect(builder.build([unborn.child]).childIdentifiers.exportValues[0][4...5] == ["", "2026-06-01"])
    }

    @Test func anEnquiryEndingWithoutAConferenceIsMarkedNotRequired() {
        var c = ExportHandChild("C7", born: "2012-01-01")
        c.add(.referral, ["referral_date": exportDay("2025-10-06"), "source": .code("2A"), "nfa": .bool(false), "primary_need": .code("N1"),
                          "closure_date": exportDay("2025-12-01"), "closure_reason": .code("RC7")])
        c.add(.assessment, ["start_date": exportDay("2025-10-06"), "authorisation_date": exportDay("2025-11-20"), "factors": .codes(["21"])])
        // Saturday 4 October: the count starts on Monday 6 October.
        c.add(.strategyDiscussion, ["discussion_date": exportDay("2025-10-04"), "outcome": .code("section-47")])
        c.add(.section47, ["start_date": exportDay("2025-10-06"), "outcome": .code("not-substantiated"), "outcome_date": exportDay("2025-10-20"),
                           "conference_not_required": .bool(false)])
        c.add(.childInNeedPlan, ["start_date": exportDay("2025-11-20"), "end_date": exportDay("2025-11-30")])
        let census = builder.build([c.child])
        #expect(census.section47.exportValues == [["C7", "1", "2025-10-06", "2025-10-27", "", "1"]])
        #expect(census.cinPlanDates.exportValues == [["C7", "1", "2025-11-20", "2025-11-30"]])
        #expect(census.cinDetails.exportValues == [["C7", "1", "2025-10-06", "2A", "N1", "2025-12-01", "RC7", "", "0"]])
    }

    /// A family moved in on another council's plan: the transfer-in conference starts the plan,
    /// and the census gives it as the episode's initial conference.
    @Test func aTransferInConferenceIsTheEpisodesConference() {
        var c = ExportHandChild("C8", born: "2018-03-03")
        c.add(.referral, ["referral_date": exportDay("2025-08-01"), "source": .code("5C"), "nfa": .bool(false), "primary_need": .code("N1")])
        c.add(.conference, ["conference_type": .code("transfer-in"), "conference_date": exportDay("2025-08-14"), "outcome": .code("child-protection-plan")])
        c.add(.childProtectionPlan, ["start_date": exportDay("2025-08-14"), "initial_category": .code("EMO"), "latest_category": .code("MUL"),
                                     "end_date": exportDay("2026-02-02")])
        let census = builder.build([c.child])
        #expect(census.cinDetails.exportValues == [["C8", "1", "2025-08-01", "5C", "N1", "", "", "2025-08-14", "0"]])
        #expect(census.childProtectionPlans.exportValues == [["C8", "1", "1", "2025-08-14", "2026-02-02", "EMO", "MUL", "0"]])
        #expect(census.section47.rows.isEmpty)
    }

    /// An episode open since January 2025: only what was still open on 1 April is returned.
    @Test func onlyAssessmentsAndPlansOpenInTheYearAreReturned() {
        var c = ExportHandChild("C9", born: "2016-04-04")
        c.add(.referral, ["referral_date": exportDay("2025-01-10"), "source": .code("1A"), "nfa": .bool(false), "primary_need": .code("N5")])
        c.add(.assessment, ["start_date": exportDay("2025-01-10"), "authorisation_date": exportDay("2025-03-20"), "factors": .codes(["5B"])])
        c.add(.childInNeedPlan, ["start_date": exportDay("2025-03-20"), "end_date": exportDay("2025-03-24")])
        c.add(.assessment, ["start_date": exportDay("2025-03-25"), "authorisation_date": exportDay("2025-04-15"), "factors": .codes(["4B"])])
        c.add(.childInNeedPlan, ["start_date": exportDay("2025-04-16")])
        c.add(.assessment, ["start_date": exportDay("2026-03-02"), "authorisation_date": exportDay("2026-04-08"), "factors": .codes(["3B"])])
        let census = builder.build([c.child])
        #expect(census.cinDetails.exportValues == [["C9", "1", "2025-01-10", "1A", "N5", "", "", "", "0"]])
        #expect(census.assessments.exportValues == [
            ["C9", "1", "1", "2025-03-25", "", "2025-04-15", "4B"],
            ["C9", "1", "2", "2026-03-02", "", "", ""],
        ])
        #expect(census.assessmentFactors.exportValues == [["C9", "1", "1", "4B"]])
        #expect(census.cinPlanDates.exportValues == [["C9", "1", "2025-04-16", ""]])
    }
}
