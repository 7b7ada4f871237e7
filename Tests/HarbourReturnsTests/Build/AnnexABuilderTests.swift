import HarbourCore
@testable import HarbourReturns
import Testing

@Suite struct AnnexABuilderTests {
    let builder = AnnexABuilder(date: Day(year: 2026, month: 3, day: 31)!, workers: [
        7: ReturnWorker(name: "Sam Jones", team: "Children in Care"),
        8: ReturnWorker(name: "Ali Khan", team: "Neighbourhood 1"),
    ])

    func list(_ lists: [ReturnTable], _ number: Int) -> ReturnTable { lists[number - 1] }

    var protected: ExportHandChild {
        var c = ExportHandChild.protected
        c.add(.contact, ["contact_date": exportDay("2025-06-01"), "source": .code("6"), "decision": .code("strategy-discussion")])
        c.add(.contact, ["contact_date": exportDay("2025-03-01"), "source": .code("2A"), "decision": .code("no-further-action")])
        c.add(.allocation, ["worker_id": .integer(8), "allocation_role": .code("social-worker"), "start_date": exportDay("2025-06-02")])
        c.add(.visit, ["visit_date": exportDay("2026-03-20"), "visit_type": .code("child-protection"), "child_seen": .bool(true),
                       "seen_alone": .bool(true)])
        c.add(.visit, ["visit_date": exportDay("2026-04-02"), "visit_type": .code("child-protection"), "child_seen": .bool(false)])
        return c
    }

    @Test func theListsHaveOfstedsColumns() {
        let lists = builder.build([])
        #expect(lists.map(\.name) == (1...11).map { "list_\($0)" })
        #expect(lists.map(\.columns.count) == [7, 8, 11, 12, 14, 14, 17, 34, 17, 16, 19])
        #expect(lists[10].rows.isEmpty)
    }

    @Test func aChildOnAPlanAppearsInTheFrontDoorAndProtectionLists() {
        let lists = builder.build([protected.child])
        let child = ["C2", "b) Female", "a) White", "01/02/2015", "11"]
        let worker = ["Neighbourhood 1", "Ali Khan"]
        #expect(list(lists, 1).exportValues == [child + ["01/06/2025", "g) Police"]])
        #expect(list(lists, 3).exportValues == [child + ["02/06/2025", "g) Police", "False", "1"] + worker])
        #expect(list(lists, 4).exportValues == [child + ["False", "02/06/2025", "True", "14/07/2025", "True"] + worker])
        #expect(list(lists, 5).exportValues == [child + ["False", "03/06/2025", "False", "24/06/2025", "True", "1", "1"] + worker])
        #expect(list(lists, 6).exportValues == [child + ["False", "02/06/2025", "a) Abuse or neglect", "20/03/2026", "", "",
                                                   "b) Child Protection plan"] + worker])
        #expect(list(lists, 7).exportValues == [child + ["False", "24/06/2025", "a) Neglect", "a) Neglect", "20/03/2026", "True", "15/09/2025",
                                                   "", "False", "1"] + worker])
        #expect(list(lists, 8).rows.isEmpty)
    }

    @Test func sixMonthListsLeaveOutTheEarlierMonths() {
        let lists = AnnexABuilder(date: Day(year: 2026, month: 3, day: 31)!, months: 6).build([protected.child])
        #expect(list(lists, 1).rows.isEmpty)
        #expect(list(lists, 3).rows.isEmpty)
        #expect(list(lists, 7).rows.count == 1)
        #expect(list(lists, 3).columns.last == "Allocated Worker")
    }

    @Test func aChildInCareHasOneRowWithTheirPlacementAndVisits() {
        var c = ExportHandChild.accommodated
        c.add(.visit, ["visit_date": exportDay("2026-01-10"), "visit_type": .code("looked-after-statutory"), "child_seen": .bool(true)])
        c.add(.visit, ["visit_date": exportDay("2025-11-11"), "visit_type": .code("iro-contact"), "child_seen": .bool(true)])
        c.add(.healthAssessment, ["assessment_date": exportDay("2025-06-01"), "assessment_type": .code("initial")])
        let lists = builder.build([c.child])
        #expect(list(lists, 8).exportValues == [[
            "C1", "b) Female", "a) White", "20/07/2012", "13", "False", "False", "03/05/2025", "d) Family in acute stress", "False",
            "03/05/2025", "e) Accommodated under S20", "30/05/2025", "10/01/2026", "f) Long-term fostering", "11/11/2025", "01/06/2025", "",
            "2", "", "", "01/09/2025", "a) Foster placement", "b) Private", "JK5 6LM", "", "", "", "1", "0", "", "",
            "Children in Care", "Sam Jones",
        ]])
    }

    @Test func aCareLeaverShowsTheirLatestRecord() {
        var c = ExportHandChild("C3", born: "2007-06-15", sex: "M")
        c.add(.periodOfCare, ["start_date": exportDay("2020-01-10"), "legal_status": .code("C2"), "category_of_need": .code("N1"),
                              "end_date": exportDay("2024-09-01"), "reason_ceased": .code("E5"), "uasc": .bool(true)])
        c.add(.careLeaver, ["record_date": exportDay("2024-09-01"), "status": .code("relevant"), "in_touch": .code("YES"),
                            "activity": .code("F2"), "accommodation": .code("E1"), "pathway_plan_review_date": exportDay("2024-08-20")])
        c.add(.careLeaver, ["record_date": exportDay("2025-06-15"), "status": .code("former-relevant"), "in_touch": .code("YES"),
                            "activity": .code("G5"), "accommodation": .code("W2"), "personal_adviser": .text("Jo Bloggs")])
        c.add(.visit, ["visit_date": exportDay("2026-02-02"), "visit_type": .code("personal-adviser"), "child_seen": .bool(true)])
        let lists = builder.build([c.child])
        #expect(list(lists, 9).exportValues == [[
            "C3", "a) Male", "a) White", "15/06/2007", "18", "True", "False", "", "", "Jo Bloggs", "b) Former relevant", "20/08/2024",
            "a) In touch", "02/02/2026", "m) Bed and breakfast", "b) Not suitable",
            "G5: Not in education, employment or training - other",
        ]])
    }

    @Test func anAdoptedChildShowsEachStep() {
        var c = ExportHandChild("C4", born: "2023-11-01", sex: "M")
        c.add(.periodOfCare, ["start_date": exportDay("2024-03-01"), "legal_status": .code("C1"), "category_of_need": .code("N1"),
                              "end_date": exportDay("2026-01-15"), "reason_ceased": .code("E11")])
        for (step, on) in [("decision-to-place-for-adoption", "2024-10-01"), ("placement-order", "2024-12-01"),
                           ("matched-for-adoption", "2025-05-01"), ("placed-for-adoption", "2025-06-01"), ("adoption-order", "2026-01-15")] {
            c.add(.permanence, ["step": .code(step), "step_date": exportDay(on)])
        }
        let lists = builder.build([c.child])
        #expect(list(lists, 10).exportValues == [[
            "C4", "", "a) Male", "a) White", "01/11/2023", "2", "False", "01/03/2024", "01/10/2024", "01/12/2024", "01/05/2025",
            "01/06/2025", "15/01/2026", "", "", "",
        ]])
        #expect(AnnexABuilder(date: Day(year: 2027, month: 3, day: 31)!).build([c.child])[9].rows.isEmpty)
    }

    /// Home in February 2026 after a first period that ended in June 2025.
    @Test func aSecondPeriodOfCareShowsWhyTheLatestEnded() {
        var c = ExportHandChild("C6", born: "2010-10-10", sex: "M", ethnicity: "MWBA")
        c.add(.periodOfCare, ["start_date": exportDay("2025-02-01"), "legal_status": .code("L1"), "category_of_need": .code("N1"),
                              "end_date": exportDay("2025-06-30"), "reason_ceased": .code("E13")])
        c.add(.placement, ["start_date": exportDay("2025-02-01"), "reason_new_episode": .code("S"), "legal_status": .code("L1"),
                           "placement_type": .code("U3"), "provider": .code("PR1"), "end_date": exportDay("2025-06-30")])
        c.add(.periodOfCare, ["start_date": exportDay("2025-10-01"), "legal_status": .code("C1"), "category_of_need": .code("N1"),
                              "end_date": exportDay("2026-02-20"), "reason_ceased": .code("E4A"), "permanence_plan": .code("return-to-family")])
        c.add(.placement, ["start_date": exportDay("2025-10-01"), "reason_new_episode": .code("S"), "legal_status": .code("C1"),
                           "placement_type": .code("K2"), "provider": .code("PR4"), "urn": .text("SC111111"), "end_date": exportDay("2025-12-01"),
                           "reason_place_change": .code("CARPL")])
        c.add(.placement, ["start_date": exportDay("2025-12-01"), "reason_new_episode": .code("L"), "legal_status": .code("C2"),
                           "placement_type": .code("K2"), "provider": .code("PR4"), "urn": .text("SC111111")])
        c.add(.missingEpisode, ["missing_type": .code("A"), "start_date": exportDay("2025-11-02"), "end_date": exportDay("2025-11-02")])
        c.add(.missingEpisode, ["missing_type": .code("M"), "start_date": exportDay("2025-11-20"), "end_date": exportDay("2025-11-21"),
                                "interview_offered": .bool(true), "interview_accepted": .bool(false)])
        let lists = builder.build([c.child])
        #expect(list(lists, 8).exportValues == [[
            "C6", "a) Male", "b) Mixed", "10/10/2010", "15", "False", "False", "01/10/2025", "a) Abuse or neglect", "True",
            "01/12/2025", "b) Full care orders", "", "", "a) Return to family", "", "", "",
            "2", "20/02/2026", "d) Returned home to live with parents or relatives", "01/10/2025", "h) Children’s Homes", "b) Private",
            "", "SC111111", "", "", "1", "1", "True", "False", "", "",
        ]])
    }
}
