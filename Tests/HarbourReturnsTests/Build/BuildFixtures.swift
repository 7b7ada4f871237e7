import HarbourCore
@testable import HarbourReturns

/// Builds a child's records by hand, with known dates, for the return builders' tests.
struct ExportHandChild {
    var values: FieldValues
    var events: [JourneyEvent] = []

    init(_ id: String, born: String?, sex: String = "F", ethnicity: String = "WBRI", extra: FieldValues = [:]) {
        values = ["la_child_id": .text(id), "first_name": .text("Test"), "last_name": .text("Child"), "sex": .code(sex),
                  "ethnicity": .code(ethnicity)]
        if let born { values["date_of_birth"] = exportDay(born) }
        values.merge(extra) { $1 }
    }

    mutating func add(_ kind: EventKind, _ values: FieldValues) {
        events.append(JourneyEvent(id: events.count + 1, kind: kind, values: values))
    }

    var child: ReturnChild { ReturnChild(values: values, events: events) }
}

extension ExportHandChild {
    /// Referred by the police on Monday 2 June 2025; a strategy discussion the next day started
    /// a section 47 enquiry, an initial conference on 24 June made a plan for neglect, reviewed
    /// on 15 September. She had a plan once before, in 2021, on an episode closed in 2022.
    static var protected: ExportHandChild {
        var c = ExportHandChild("C2", born: "2015-02-01", extra: ["upn": .text("a123456789012")])
        c.add(.referral, ["referral_date": exportDay("2020-12-01"), "source": .code("2A"), "nfa": .bool(false), "primary_need": .code("N1"),
                          "closure_date": exportDay("2022-02-01"), "closure_reason": .code("RC7")])
        c.add(.childProtectionPlan, ["start_date": exportDay("2021-01-01"), "initial_category": .code("PHY"), "latest_category": .code("PHY"),
                                     "end_date": exportDay("2022-01-01")])
        c.add(.referral, ["referral_date": exportDay("2025-06-02"), "source": .code("6"), "nfa": .bool(false), "primary_need": .code("N1")])
        c.add(.assessment, ["start_date": exportDay("2025-06-02"), "child_seen": .bool(true), "authorisation_date": exportDay("2025-07-14"),
                            "factors": .codes(["3B", "16A"]), "needs_services": .bool(true)])
        c.add(.strategyDiscussion, ["discussion_date": exportDay("2025-06-03"), "outcome": .code("section-47")])
        c.add(.section47, ["start_date": exportDay("2025-06-03"), "outcome": .code("substantiated-conference"), "outcome_date": exportDay("2025-06-17"),
                           "conference_not_required": .bool(false)])
        c.add(.conference, ["conference_type": .code("initial"), "conference_date": exportDay("2025-06-24"), "outcome": .code("child-protection-plan")])
        c.add(.childProtectionPlan, ["start_date": exportDay("2025-06-24"), "initial_category": .code("NEG"), "latest_category": .code("NEG")])
        c.add(.conference, ["conference_type": .code("review"), "conference_date": exportDay("2025-09-15"), "outcome": .code("plan-continued")])
        c.add(.conference, ["conference_type": .code("review"), "conference_date": exportDay("2026-04-15"), "outcome": .code("plan-continued")])
        return c
    }

    /// Looked after on 3 May 2025 under section 20 with a foster carer (U6), moved to a
    /// long-term foster carer (U4) on 1 September: two episodes.
    static var accommodated: ExportHandChild {
        var c = ExportHandChild("C1", born: "2012-07-20", extra: ["upn": .text("A123456789012"), "is_mother": .bool(false)])
        c.add(.periodOfCare, ["start_date": exportDay("2025-05-03"), "legal_status": .code("V2"), "category_of_need": .code("N4"),
                              "uasc": .bool(false), "permanence_plan": .code("long-term-fostering")])
        c.add(.placement, ["start_date": exportDay("2025-05-03"), "reason_new_episode": .code("S"), "legal_status": .code("V2"),
                           "placement_type": .code("U6"), "provider": .code("PR1"), "home_postcode": .text("AB1 2CD"),
                           "placement_postcode": .text("EF3 4GH"), "end_date": exportDay("2025-09-01"), "reason_place_change": .code("CARPL")])
        c.add(.placement, ["start_date": exportDay("2025-09-01"), "reason_new_episode": .code("P"), "legal_status": .code("V2"),
                           "placement_type": .code("U4"), "provider": .code("PR4"), "home_postcode": .text("AB1 2CD"),
                           "placement_postcode": .text("JK5 6LM")])
        c.add(.lookedAfterReview, ["review_date": exportDay("2025-05-30"), "participation": .code("PN1")])
        c.add(.lookedAfterReview, ["review_date": exportDay("2026-04-10"), "participation": .code("PN1")])
        c.add(.missingEpisode, ["missing_type": .code("M"), "start_date": exportDay("2025-10-04"), "end_date": exportDay("2025-10-05")])
        c.add(.allocation, ["worker_id": .integer(7), "allocation_role": .code("social-worker"), "start_date": exportDay("2025-05-03")])
        c.add(.allocation, ["worker_id": .integer(9), "allocation_role": .code("iro"), "start_date": exportDay("2025-05-10")])
        return c
    }
}

/// A day field value from yyyy-mm-dd.
func exportDay(_ iso: String) -> FieldValue { .day(Day(iso: iso)!) }

extension ReturnTable {
    /// The rows' values, for comparing whole rows.
    var exportValues: [[String]] { rows.map(\.values) }
}
