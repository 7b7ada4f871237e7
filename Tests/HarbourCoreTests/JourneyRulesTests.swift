import Testing
@testable import HarbourCore

@Suite("Journey invariants")
struct JourneyRulesTests {
    let child = ChildFacts(dateOfBirth: Day(iso: "2015-06-01"), expectedDateOfBirth: nil, dateOfDeath: nil)

    func period(_ id: Int, _ start: String, _ end: String? = nil) -> JourneyEvent {
        var v: FieldValues = ["start_date": .day(Day(iso: start)!), "legal_status": .code("C2"), "category_of_need": .code("N1")]
        if let end { v["end_date"] = .day(Day(iso: end)!); v["reason_ceased"] = .code("E4A") }
        return JourneyEvent(id: id, kind: .periodOfCare, values: v)
    }

    func placement(_ id: Int, _ start: String, _ end: String? = nil) -> JourneyEvent {
        var v: FieldValues = ["start_date": .day(Day(iso: start)!), "reason_new_episode": .code("S"),
                              "legal_status": .code("C2"), "placement_type": .code("U4")]
        if let end { v["end_date"] = .day(Day(iso: end)!) }
        return JourneyEvent(id: id, kind: .placement, values: v)
    }

    @Test func oneOpenPeriodOfCareAtATime() {
        let errors = JourneyRules.check(period(0, "2024-01-01"), child: child, others: [period(1, "2023-05-01")])
        #expect(errors == [FieldError("start_date-day",
            "This child already has an open period of care that started on 1 May 2023; end it before starting another")])
        #expect(JourneyRules.check(period(0, "2024-01-01"), child: child, others: [period(1, "2023-05-01", "2023-12-31")]).isEmpty)
        #expect(JourneyRules.check(period(0, "2023-06-01", "2023-07-01"), child: child, others: [period(1, "2023-05-01", "2023-12-31")])
                == [FieldError("start_date-day", "The dates overlap another period of care (1 May 2023 to 31 December 2023)")])
        // Correcting a record does not collide with itself.
        #expect(JourneyRules.check(period(1, "2023-05-02"), child: child, others: [period(1, "2023-05-01")]).isEmpty)
    }

    @Test func placementsOnlyInsideAPeriodOfCare() {
        #expect(JourneyRules.check(placement(0, "2024-01-01"), child: child, others: []).map(\.field) == ["start_date-day"])
        #expect(JourneyRules.check(placement(0, "2024-01-01"), child: child, others: [period(1, "2024-01-01")]).isEmpty)
        #expect(JourneyRules.check(placement(0, "2024-03-01"), child: child, others: [period(1, "2024-01-01", "2024-02-01")])
                .map(\.field) == ["start_date-day"])
        #expect(JourneyRules.check(placement(0, "2024-01-10", "2024-03-01"), child: child, others: [period(1, "2024-01-01", "2024-02-01")])
                == [FieldError("end_date-day", "Placement end date must be on or before the end of the period of care (1 February 2024)")])
        // SSDA903 episodes follow on the same day: one ends as the next begins.
        #expect(JourneyRules.check(placement(0, "2024-02-01"), child: child,
                                   others: [period(1, "2024-01-01"), placement(2, "2024-01-01", "2024-02-01")]).isEmpty)
        #expect(!JourneyRules.check(placement(0, "2024-01-15"), child: child,
                                    others: [period(1, "2024-01-01"), placement(2, "2024-01-01", "2024-02-01")]).isEmpty)
    }

    @Test func nothingBeforeBirthExceptWorkWithUnbornChildren() {
        let visit = JourneyEvent(id: 0, kind: .periodOfCare, values: ["start_date": .day(Day(iso: "2015-05-01")!),
                                                                       "legal_status": .code("C2"), "category_of_need": .code("N1")])
        #expect(JourneyRules.check(visit, child: child, others: []) == [FieldError("start_date-day",
            "Date started to be looked after must be on or after the child's date of birth (1 June 2015)")])
        let prebirthPlan = JourneyEvent(id: 0, kind: .childProtectionPlan, values: [
            "start_date": .day(Day(iso: "2015-05-01")!), "initial_category": .code("NEG"), "latest_category": .code("NEG")])
        #expect(JourneyRules.check(prebirthPlan, child: child, others: []).isEmpty)
    }

    @Test func statusFollowsTheRecords() {
        let today = Day(iso: "2025-01-01")!
        let events = [period(1, "2024-01-01"), placement(2, "2024-01-01"),
                      JourneyEvent(id: 3, kind: .childProtectionPlan, values: ["start_date": .day(Day(iso: "2023-01-01")!),
                                   "end_date": .day(Day(iso: "2023-12-31")!), "initial_category": .code("NEG"), "latest_category": .code("NEG")])]
        let status = ChildStatus(events: events, on: today)
        #expect(status.tags == [.lookedAfter])
        #expect(status.currentPlacement?.id == 2)
        #expect(ChildStatus(events: [], on: today).tags == [.closed])
    }

    @Test func rolesAndPermissions() {
        #expect(!Role.practitioner.may(.manageUsers))
        #expect(!Role.practitioner.may(.viewAccessLog))
        #expect(Role.practitioner.may(.recordEvents))
        #expect(!Role.analyst.may(.recordEvents))
        #expect(Role.analyst.may(.exportData))
        #expect(Role.administrator.permissions == Set(Permission.allCases))
    }
}
