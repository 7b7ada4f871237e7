import Foundation
import Testing
@testable import HarbourCore

@Suite("Reading forms and JSON")
struct RecordReadingTests {
    let today = Day(year: 2025, month: 6, day: 30)!

    func errors(_ result: Result<FieldValues, ValidationFailure>) -> [FieldError] {
        if case .failure(let f) = result { return f.errors }
        return []
    }

    @Test func goodVisitForm() throws {
        let values = try RecordSpec.visit.read(form: [
            "visit_date-day": ["3"], "visit_date-month": ["03"], "visit_date-year": ["2025"],
            "visit_type": ["child-in-need"], "child_seen": ["yes"], "seen_alone": ["no"], "notes": [" Went well "],
        ], today: today).get()
        #expect(values["visit_date"] == .day(Day(year: 2025, month: 3, day: 3)!))
        #expect(values["child_seen"] == .bool(true))
        #expect(values["seen_alone"] == .bool(false))
        #expect(values["notes"] == .text("Went well"))
        #expect(RecordSpec.visit.summary(values) == "Type of visit: Child in need visit · Child seen: Yes · Child seen alone: No")
        let plan = try RecordSpec.childProtectionPlan.read(json: ["start_date": .string("2025-01-01"), "initial_category": .string("NEG"),
                                                                  "latest_category": .string("EMO")], today: today).get()
        #expect(RecordSpec.childProtectionPlan.summary(plan) == "Initial category of abuse: Neglect (NEG) · Latest category of abuse: Emotional abuse (EMO)")
    }

    @Test func missingAndImpossibleDates() {
        #expect(errors(RecordSpec.visit.read(form: ["visit_type": ["child-in-need"], "child_seen": ["no"]], today: today))
                == [FieldError("visit_date-day", "Enter the date of the visit")])
        #expect(errors(RecordSpec.visit.read(form: ["visit_date-day": ["29"], "visit_date-month": ["2"], "visit_date-year": ["2025"],
                                                    "visit_type": ["child-in-need"], "child_seen": ["no"]], today: today))
                == [FieldError("visit_date-day", "Date of the visit must be a real date")])
        #expect(errors(RecordSpec.visit.read(form: ["visit_date-day": ["1"], "visit_date-year": ["2025"],
                                                    "visit_type": ["child-in-need"], "child_seen": ["no"]], today: today))
                == [FieldError("visit_date-day", "Date of the visit must include a month")])
        #expect(errors(RecordSpec.visit.read(form: ["visit_date-day": ["1"], "visit_date-month": ["7"], "visit_date-year": ["2025"],
                                                    "visit_type": ["child-in-need"], "child_seen": ["no"]], today: today))
                == [FieldError("visit_date", "Date of the visit must be today or in the past")])
    }

    @Test func unknownCodesAreRefused() {
        let result = RecordSpec.childProtectionPlan.read(json: [
            "start_date": .string("2025-01-01"), "initial_category": .string("NEG"), "latest_category": .string("ABC"),
        ], today: today)
        #expect(errors(result) == [FieldError("latest_category", "Latest category of abuse: \"ABC\" is not a known code; choose one of the listed options")])
        let factors = RecordSpec.assessment.read(form: ["start_date-day": ["1"], "start_date-month": ["1"], "start_date-year": ["2025"],
                                                        "factors": ["3B", "99Z"]], today: today)
        #expect(errors(factors).map(\.field) == ["factors"])
    }

    @Test func recordChecks() {
        let plan = RecordSpec.childProtectionPlan.read(json: [
            "start_date": .string("2025-03-01"), "end_date": .string("2025-02-28"),
            "initial_category": .string("NEG"), "latest_category": .string("EMO"),
        ], today: today)
        #expect(errors(plan) == [FieldError("end_date", "Plan end date must be the same as or after plan start date (1 March 2025)")])
        let referral = RecordSpec.referral.read(json: [
            "referral_date": .string("2025-01-01"), "source": .string("6"), "nfa": .bool(false), "closure_date": .string("2025-02-01"),
        ], today: today)
        #expect(errors(referral) == [FieldError("closure_reason", "Select the reason for closure, because a closure date is given")])
        let accepted = RecordSpec.missingEpisode.read(json: [
            "missing_type": .string("M"), "start_date": .string("2025-01-01"), "interview_accepted": .bool(true),
        ], today: today)
        #expect(errors(accepted).map(\.field) == ["interview_accepted"])
    }

    @Test func jsonShapes() {
        let wrong = RecordSpec.visit.read(json: ["visit_date": .string("03/03/2025"), "visit_type": .string("child-in-need"),
                                                 "child_seen": .string("maybe"), "extra": .bool(true)], today: today)
        #expect(errors(wrong) == [
            FieldError("extra", "extra is not a field of visit records"),
            FieldError("visit_date", "Date of the visit must be a real date written as YYYY-MM-DD"),
            FieldError("child_seen", "Child seen must be true or false"),
        ])
    }

    @Test func returnInterviewTimeIsLondonTime() throws {
        // 3 July 2025 is in British Summer Time: 15:30 in London is 14:30 UTC.
        let values = try RecordSpec.missingEpisode.read(form: [
            "missing_type": ["M"], "start_date-day": ["1"], "start_date-month": ["7"], "start_date-year": ["2025"],
            "interview_offered": ["yes"], "interview_accepted": ["yes"],
            "interview_at-day": ["3"], "interview_at-month": ["7"], "interview_at-year": ["2025"], "interview_at-time": ["15:30"],
        ], today: Day(year: 2025, month: 7, day: 10)!).get()
        let at = try #require(values["interview_at"]?.instant)
        #expect(ISOInstant.format(at) == "2025-07-03T14:30:00Z")
    }

    @Test func instantsReadExactly() {
        for text in ["2025-07-03T14:30:00Z", "2024-02-29T23:59:59Z", "1999-12-31T00:00:00Z"] {
            let f = ISO8601DateFormatter()
            f.formatOptions = [.withInternetDateTime]
            #expect(ISOInstant.parse(text) == f.date(from: text))
            #expect(ISOInstant.parse(text).map(ISOInstant.format) == text)
        }
        #expect(ISOInstant.parse("2025-07-03T15:30:00+01:00") == ISOInstant.parse("2025-07-03T14:30:00Z"))
        #expect(ISOInstant.parse("2025-07-03T14:30:00.250Z") != nil)
        #expect(ISOInstant.parse("2025-02-30T14:30:00Z") == nil)
        #expect(ISOInstant.parse("2025-07-03 14:30:00Z") == nil)
    }

    @Test func childIdentity() {
        let child = RecordSpec.child.read(json: [
            "la_child_id": .string("AB-12"), "first_name": .string("A"), "last_name": .string("B"),
            "sex": .string("F"), "ethnicity": .string("WBRI"),
        ], today: today)
        #expect(errors(child) == [FieldError("la_child_id", "LA child ID must contain only letters and numbers"),
                                  FieldError("date_of_birth-day", "Enter the date of birth, or the expected date of birth for an unborn child")])
        let noBirth = RecordSpec.child.read(json: [
            "la_child_id": .string("AB12"), "first_name": .string("A"), "last_name": .string("B"),
            "sex": .string("U"), "ethnicity": .string("NOBT"),
        ], today: today)
        #expect(errors(noBirth).map(\.field) == ["date_of_birth-day"])
        let unborn = RecordSpec.child.read(json: [
            "la_child_id": .string("AB12"), "first_name": .string("Baby"), "last_name": .string("B"),
            "expected_date_of_birth": .string("2025-09-01"), "sex": .string("U"), "ethnicity": .string("NOBT"),
        ], today: today)
        #expect(errors(unborn).isEmpty, "an expected date of birth may be in the future")
    }
}
