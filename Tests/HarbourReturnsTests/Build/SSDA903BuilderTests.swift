import HarbourCore
@testable import HarbourReturns
import Testing

@Suite struct SSDA903BuilderTests {
    let builder = SSDA903Builder(collectionYear: 2026, workers: [7: ReturnWorker(name: "Sam Jones", team: "Children in Care", registration: "SW12345")])

    @Test func aMoveGivesTwoEpisodesWithTheirOwnValues() {
        let tables = builder.build([ExportHandChild.accommodated.child])
        #expect(tables.episodes.exportValues == [
            ["C1", "03/05/2025", "S", "V2", "N4", "U6", "PR1", "01/09/2025", "X1", "CARPL", "AB1 2CD", "EF3 4GH", "XXXXXXX"],
            ["C1", "01/09/2025", "P", "V2", "N4", "U4", "PR4", "", "", "", "AB1 2CD", "JK5 6LM", "XXXXXXX"],
        ])
        #expect(tables.header.exportValues == [["C1", "F", "20/07/2012", "WBRI", "A123456789012", "0", ""]])
        #expect(tables.reviews.exportValues == [["C1", "20/07/2012", "30/05/2025", "PN1"]])
        #expect(tables.missing.exportValues == [["C1", "20/07/2012", "M", "04/10/2025", "05/10/2025"]])
        #expect(tables.swEpisodes.exportValues == [["C1", "20/07/2012", "SW12345", "03/05/2025", "", "FCONTA"]])
        #expect(tables.prevPerm.exportValues == [["C1", "20/07/2012", "P4", "", ""]])
        #expect(tables.oc2.rows.isEmpty)
        #expect(tables.oc3.rows.isEmpty)
        #expect(tables.uasc.rows.isEmpty)
        #expect(tables.dolo.rows.isEmpty)
        #expect(tables.episodes.rows[1].location == SourceLocation(file: "Episodes.csv", line: 3))
    }

    @Test func aPeriodEndingInTheYearGivesItsReasonAndLaterRecordsAreLeftOut() {
        var c = ExportHandChild.accommodated
        c.events[2].values["end_date"] = exportDay("2026-02-14")
        c.events[0].values["end_date"] = exportDay("2026-02-14")
        c.events[0].values["reason_ceased"] = .code("E4A")
        c.events[6].values["end_date"] = exportDay("2026-02-14")
        let tables = builder.build([c.child])
        #expect(tables.episodes.exportValues.last == ["C1", "01/09/2025", "P", "V2", "N4", "U4", "PR4", "14/02/2026", "E4A", "", "AB1 2CD", "JK5 6LM", "XXXXXXX"])
        // Social worker episodes are for children looked after on 31 March.
        #expect(tables.swEpisodes.rows.isEmpty)

        // Built for the year before, the period had not begun.
        #expect(SSDA903Builder(collectionYear: 2025).build([c.child]).header.rows.isEmpty)
    }

    /// In care since 2020 under a care order, with an earlier episode that ended before the year.
    @Test func aChildInCareAllYearHasOC2AndOnlyTheEpisodeOpenInTheYear() {
        var c = ExportHandChild("C2", born: "2014-03-02", sex: "M", ethnicity: "BAFR", extra: ["upn_unknown": .code("UN3")])
        c.add(.periodOfCare, ["start_date": exportDay("2020-02-10"), "legal_status": .code("C2"), "category_of_need": .code("N1"),
                              "uasc": .bool(true), "uasc_ceased_date": exportDay("2032-03-02")])
        c.add(.placement, ["start_date": exportDay("2020-02-10"), "reason_new_episode": .code("S"), "legal_status": .code("C2"),
                           "placement_type": .code("K2"), "provider": .code("PR4"), "urn": .text("SC123456"), "end_date": exportDay("2024-06-01"),
                           "reason_place_change": .code("CARPL")])
        c.add(.placement, ["start_date": exportDay("2024-06-01"), "reason_new_episode": .code("P"), "legal_status": .code("C2"),
                           "placement_type": .code("U4"), "provider": .code("PR1"), "urn": .text("SC654321"),
                           "home_postcode": .text("ZZ1 1AA"), "placement_postcode": .text("ZZ2 2AA")])
        c.add(.healthAssessment, ["assessment_date": exportDay("2025-06-10"), "assessment_type": .code("review")])
        c.add(.dentalCheck, ["check_date": exportDay("2025-01-10")])
        let tables = builder.build([c.child])
        #expect(tables.header.exportValues == [["C2", "M", "02/03/2014", "BAFR", "UN3", "", ""]])
        // An unaccompanied asylum seeker: no home postcode, so no distance from home (rule 406).
        #expect(tables.episodes.exportValues == [["C2", "01/06/2024", "P", "C2", "N1", "U4", "PR1", "", "", "", "", "ZZ2 2AA", "SC654321"]])
        #expect(tables.oc2.exportValues == [["C2", "02/03/2014", "", "", "", "", "", "0", "1", "", "", ""]])
        #expect(tables.uasc.exportValues == [["C2", "M", "02/03/2014", "02/03/2032"]])
        #expect(tables.prevPerm.rows.isEmpty)

        c.add(.healthOutcomes, ["record_date": exportDay("2026-03-20"), "sdq_score": .integer(14), "convicted": .bool(false),
                                "health_check": .bool(true), "immunisations": .bool(true), "teeth_check": .bool(true),
                                "substance_misuse": .bool(false)])
        #expect(builder.build([c.child]).oc2.exportValues == [["C2", "02/03/2014", "14", "", "0", "", "1", "1", "1", "0", "", ""]])
    }

    /// Left care at 17 to live independently; the 18th birthday falls in 2025-26.
    @Test func aCareLeaverWithABirthdayInTheYearHasOC3Only() {
        var c = ExportHandChild("C3", born: "2007-06-15", sex: "M", extra: ["upn": .text("B123456789012")])
        c.add(.periodOfCare, ["start_date": exportDay("2020-01-10"), "legal_status": .code("C2"), "category_of_need": .code("N1"),
                              "end_date": exportDay("2024-09-01"), "reason_ceased": .code("E5")])
        c.add(.placement, ["start_date": exportDay("2020-01-10"), "reason_new_episode": .code("S"), "legal_status": .code("C2"),
                           "placement_type": .code("U6"), "end_date": exportDay("2024-09-01")])
        c.add(.careLeaver, ["record_date": exportDay("2023-06-15"), "status": .code("eligible")])
        c.add(.careLeaver, ["record_date": exportDay("2024-09-01"), "status": .code("relevant"), "in_touch": .code("YES"),
                            "activity": .code("F2"), "accommodation": .code("E1")])
        c.add(.careLeaver, ["record_date": exportDay("2025-06-20"), "status": .code("former-relevant"), "in_touch": .code("YES"),
                            "activity": .code("F2"), "accommodation": .code("D1")])
        let tables = builder.build([c.child])
        #expect(tables.header.exportValues == [["C3", "M", "15/06/2007", "WBRI", "B123456789012", "", ""]])
        #expect(tables.oc3.exportValues == [["C3", "15/06/2007", "YES", "F2", "D1"]])
        #expect(tables.episodes.rows.isEmpty)
        #expect(tables.oc2.rows.isEmpty)

        // Still looked after on the birthday: no OC3 and no Header row.
        var stayed = c
        stayed.events[0].values["end_date"] = exportDay("2025-07-01")
        stayed.events[1].values["end_date"] = exportDay("2025-07-01")
        #expect(builder.build([stayed.child]).oc3.rows.isEmpty)
        // A young person who was only ever qualifying has no OC3.
        var qualifying = c
        qualifying.events.removeAll { $0.kind == .careLeaver && $0.values["status"]?.code != "former-relevant" }
        qualifying.events[qualifying.events.count - 1].values["status"] = .code("qualifying")
        #expect(builder.build([qualifying.child]).header.rows.isEmpty)
    }

    /// Entered care in March 2024; decision to place for adoption, match, placement and an
    /// adoption order on 15 January 2026.
    @Test func anAdoptionGivesAD1AndTheDecisionToPlace() {
        var c = ExportHandChild("C4", born: "2023-11-01", sex: "M", extra: ["upn_unknown": .code("UN1")])
        c.add(.periodOfCare, ["start_date": exportDay("2024-03-01"), "legal_status": .code("C1"), "category_of_need": .code("N1"),
                              "end_date": exportDay("2026-01-15"), "reason_ceased": .code("E11")])
        c.add(.placement, ["start_date": exportDay("2024-03-01"), "reason_new_episode": .code("S"), "legal_status": .code("C1"),
                           "placement_type": .code("U6"), "provider": .code("PR1"), "end_date": exportDay("2025-06-01"),
                           "reason_place_change": .code("CARPL")])
        c.add(.placement, ["start_date": exportDay("2025-06-01"), "reason_new_episode": .code("B"), "legal_status": .code("E1"),
                           "placement_type": .code("A6"), "provider": .code("PR1")])
        for (step, on) in [("decision-to-place-for-adoption", "2024-10-01"), ("placement-order", "2024-12-01"),
                           ("matched-for-adoption", "2025-05-01"), ("placed-for-adoption", "2025-06-01")] {
            c.add(.permanence, ["step": .code(step), "step_date": exportDay(on)])
        }
        c.add(.permanence, ["step": .code("adoption-order"), "step_date": exportDay("2026-01-15"), "adopted_by_foster_carer": .bool(false),
                            "number_of_adopters": .integer(2), "adopter_sex": .code("MF"), "adopter_legal_status": .code("L11")])
        let tables = builder.build([c.child])
        #expect(tables.episodes.exportValues == [
            ["C4", "01/03/2024", "S", "C1", "N1", "U6", "PR1", "01/06/2025", "X1", "CARPL", "", "", "XXXXXXX"],
            ["C4", "01/06/2025", "B", "E1", "N1", "A6", "PR1", "15/01/2026", "E11", "", "", "", "XXXXXXX"],
        ])
        #expect(tables.ad1.exportValues == [["C4", "01/11/2023", "01/10/2024", "01/05/2025", "0", "2", "MF", "L11"]])
        #expect(tables.placedAdoption.exportValues == [["C4", "01/11/2023", "01/10/2024", "", ""]])
        #expect(tables.header.exportValues == [["C4", "M", "01/11/2023", "WBRI", "UN1", "", ""]])
    }

    @Test func socialWorkerEpisodesNameTheReasonForEachChange() {
        var c = ExportHandChild.accommodated
        c.events[6].values["end_date"] = exportDay("2025-11-30")
        c.add(.allocation, ["worker_id": .integer(12), "allocation_role": .code("social-worker"), "start_date": exportDay("2025-12-01"),
                            "change_reason": .code("LEFTRL")])
        c.add(.allocation, ["worker_id": .integer(3), "allocation_role": .code("personal-adviser"), "start_date": exportDay("2025-12-01")])
        let tables = builder.build([c.child])
        #expect(tables.swEpisodes.exportValues == [
            ["C1", "20/07/2012", "SW12345", "03/05/2025", "30/11/2025", "FCONTA"],
            ["C1", "20/07/2012", "XX0012", "01/12/2025", "", "LEFTRL"],
        ])
    }

    /// The front door, then a neighbourhood worker, then the children in care team: each
    /// allocation overlaps the next, and the later one takes the case on the day it starts.
    @Test func overlappingAllocationsGiveOneWorkerAtATime() {
        var c = ExportHandChild.accommodated
        c.events.removeAll { $0.kind == .allocation }
        c.add(.allocation, ["worker_id": .integer(5), "allocation_role": .code("social-worker"), "start_date": exportDay("2025-04-14"),
                            "end_date": exportDay("2025-06-20")])
        c.add(.allocation, ["worker_id": .integer(6), "allocation_role": .code("social-worker"), "start_date": exportDay("2025-04-28")])
        c.add(.allocation, ["worker_id": .integer(7), "allocation_role": .code("social-worker"), "start_date": exportDay("2025-05-03")])
        let workers = [5: ReturnWorker(name: "A", team: "Referral and Assessment"), 6: ReturnWorker(name: "B", team: "Neighbourhood"),
                       7: ReturnWorker(name: "C", team: "Children in Care", registration: "SW12345")]
        let tables = SSDA903Builder(collectionYear: 2026, workers: workers).build([c.child])
        #expect(tables.swEpisodes.exportValues == [
            ["C1", "20/07/2012", "XX0005", "14/04/2025", "28/04/2025", "FCONTA"],
            ["C1", "20/07/2012", "XX0006", "28/04/2025", "03/05/2025", "TSPROC"],
            ["C1", "20/07/2012", "SW12345", "03/05/2025", "", "TSPROC"],
        ])
    }

    /// The front door holds the case (30 April to 11 June); the children in care team holds it
    /// for a short stay in care (4 to 8 May); the front door holds it again until a neighbourhood
    /// worker takes it on 11 June. No day is left without a social worker.
    @Test func anEarlierAllocationHoldsTheCaseAgainWhenALaterOneEnds() {
        var c = ExportHandChild.accommodated
        c.events.removeAll { $0.kind == .allocation }
        c.add(.allocation, ["worker_id": .integer(7), "allocation_role": .code("social-worker"), "start_date": exportDay("2025-04-30"),
                            "end_date": exportDay("2025-06-11")])
        c.add(.allocation, ["worker_id": .integer(31), "allocation_role": .code("social-worker"), "start_date": exportDay("2025-05-04"),
                            "end_date": exportDay("2025-05-08"), "change_reason": .code("TSPROC")])
        c.add(.allocation, ["worker_id": .integer(22), "allocation_role": .code("social-worker"), "start_date": exportDay("2025-06-11"),
                            "end_date": exportDay("2025-08-30"), "change_reason": .code("TSPROC")])
        let workers = [7: ReturnWorker(name: "A", team: "Referral and Assessment"), 31: ReturnWorker(name: "B", team: "Children in Care"),
                       22: ReturnWorker(name: "C", team: "Neighbourhood")]
        let tables = SSDA903Builder(collectionYear: 2026, workers: workers).build([c.child])
        #expect(tables.swEpisodes.exportValues == [
            ["C1", "20/07/2012", "XX0007", "30/04/2025", "04/05/2025", "FCONTA"],
            ["C1", "20/07/2012", "XX0031", "04/05/2025", "08/05/2025", "TSPROC"],
            ["C1", "20/07/2012", "XX0007", "08/05/2025", "11/06/2025", "TSPROC"],
            ["C1", "20/07/2012", "XX0022", "11/06/2025", "30/08/2025", "TSPROC"],
        ])
    }

    /// Short breaks since 2023 under an agreement (V4): looked after all year, but not for OC2.
    @Test func shortBreaksAreReturnedWithoutOC2() {
        var c = ExportHandChild("C5", born: "2015-09-09", sex: "M", extra: ["upn": .text("C123456789012"), "disabilities": .codes(["AUT"])])
        c.add(.periodOfCare, ["start_date": exportDay("2023-01-05"), "legal_status": .code("V4"), "category_of_need": .code("N2")])
        c.add(.placement, ["start_date": exportDay("2023-01-05"), "reason_new_episode": .code("S"), "legal_status": .code("V4"),
                           "placement_type": .code("K2"), "provider": .code("PR1"), "urn": .text("SC999999")])
        let ret = builder.buildReturn([c.child], localAuthority: "E09000027")
        #expect(ret.collectionYear == 2026)
        #expect(ret.localAuthority == "E09000027")
        #expect(ret.last == nil)
        #expect(ret.episodes.exportValues == [["C5", "05/01/2023", "S", "V4", "N2", "K2", "PR1", "", "", "", "", "", "SC999999"]])
        #expect(ret.oc2.rows.isEmpty)
        #expect(ret.header.exportValues == [["C5", "M", "09/09/2015", "WBRI", "C123456789012", "", ""]])
    }
}
