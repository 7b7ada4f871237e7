import Fluent
import Foundation
import HarbourCore
import HarbourSynthetic
import SQLKit

/// A few built-in, fictitious children, teams and workers so a new installation has something
/// to show until the synthetic council generator fills it. Every record goes through the same
/// checks as a form.
public enum SampleChildren {
    public static let demoPassword = "demo-password"

    public static func load(into database: any Database, bcryptCost: Int, today: Day) async throws {
        guard try await User.query(on: database).count() == 0 else { return }
        let teams = [("Referral and Assessment", "Front door"), ("Neighbourhood North", "Child in need and protection"),
                     ("Children in Care", "Looked after children"), ("Leaving Care", "Care leavers")]
        var teamIDs = [Int]()
        for (name, service) in teams {
            let team = Team(name: name, service: service, caseloadTarget: Team.defaultCaseloadTarget(service: service))
            try await team.create(on: database)
            teamIDs.append(team.id!)
        }
        let accounts = UserAccounts(database: database, bcryptCost: bcryptCost)
        let admin = try await accounts.add(username: "admin", displayName: "Ada Administrator", role: .administrator,
                                           password: demoPassword, teamID: nil)
        _ = try await accounts.add(username: "manager", displayName: "Morgan Manager", role: .manager,
                                             password: demoPassword, teamID: teamIDs[1])
        let worker = try await accounts.add(username: "worker", displayName: "Sam Worker", role: .practitioner,
                                            password: demoPassword, teamID: teamIDs[1])
        _ = try await accounts.add(username: "analyst", displayName: "Alex Analyst", role: .analyst,
                                   password: demoPassword, teamID: nil)
        let newWorker = try await accounts.add(username: "newly.qualified", displayName: "Riley Newly", role: .practitioner,
                                               password: demoPassword, teamID: teamIDs[2], newlyQualified: true)
        let adviser = try await accounts.add(username: "adviser", displayName: "Pat Adviser", role: .practitioner,
                                             password: demoPassword, teamID: teamIDs[3])

        let store = RecordStore(database: database)
        let by = admin.id!
        func d(_ yearsAgo: Int, _ month: Int, _ day: Int) -> Day { Day(year: today.year - yearsAgo, month: month, day: day)! }
        func child(_ id: String, _ first: String, _ last: String, dob: Day, sex: String, ethnicity: String, upnBody: String?) async throws -> Int {
            var v: FieldValues = ["la_child_id": .text(id), "first_name": .text(first), "last_name": .text(last),
                                  "date_of_birth": .day(dob), "sex": .code(sex), "ethnicity": .code(ethnicity),
                                  "postcode": .text("ZZ9 9\(String(last.prefix(2)).uppercased())")]
            if let upnBody { v["upn"] = .text(UPN.make(body: upnBody)!) } else { v["upn_unknown"] = .code("UN1") }
            return try await store.addChild(v, by: by)
        }

        // A child on a child protection plan, held by the neighbourhood team.
        let jordan = try await child("DEMO0001", "Jordan", "Brookfield", dob: d(9, 5, 14), sex: "M", ethnicity: "WBRI", upnBody: "201123456789")
        try await store.record(.contact, childID: jordan, ["contact_date": .day(d(1, 9, 2)), "source": .code("2A"),
            "decision": .code("referral-to-childrens-social-care"), "decision_date": .day(d(1, 9, 3))], by: by)
        try await store.record(.referral, childID: jordan, ["referral_date": .day(d(1, 9, 3)), "source": .code("2A"),
            "nfa": .bool(false), "primary_need": .code("N1")], by: by)
        try await store.record(.strategyDiscussion, childID: jordan, ["discussion_date": .day(d(1, 9, 4)),
            "agencies_invited": .codes(["police", "health", "social-care", "education"]),
            "agencies_attended": .codes(["police", "social-care", "education"]), "outcome": .code("section-47")], by: by)
        try await store.record(.section47, childID: jordan, ["start_date": .day(d(1, 9, 4)), "outcome": .code("substantiated-conference"),
            "outcome_date": .day(d(1, 9, 12)), "conference_not_required": .bool(false)], by: by)
        try await store.record(.assessment, childID: jordan, ["start_date": .day(d(1, 9, 3)), "child_seen": .bool(true),
            "child_seen_date": .day(d(1, 9, 4)), "authorisation_date": .day(d(1, 10, 20)), "factors": .codes(["3B", "16A"]),
            "needs_services": .bool(true)], by: by)
        try await store.record(.conference, childID: jordan, ["conference_type": .code("initial"), "conference_date": .day(d(1, 9, 24)),
            "agencies_attended": .codes(["police", "health", "social-care", "education"]), "outcome": .code("child-protection-plan")], by: by)
        try await store.record(.childProtectionPlan, childID: jordan, ["start_date": .day(d(1, 9, 24)), "initial_category": .code("NEG"),
            "latest_category": .code("NEG")], by: by)
        try await store.record(.visit, childID: jordan, ["visit_date": .day(d(1, 10, 5)), "visit_type": .code("child-protection"),
            "child_seen": .bool(true), "seen_alone": .bool(true)], by: by)
        try await store.record(.relationship, childID: jordan, ["relationship": .code("mother"), "first_name": .text("Kerry"),
            "last_name": .text("Brookfield"), "parental_responsibility": .bool(true), "lives_with_child": .bool(true)], by: by)
        try await store.record(.allocation, childID: jordan, ["worker_id": .integer(worker.id!), "allocation_role": .code("social-worker"),
            "start_date": .day(d(1, 9, 3))], by: by)

        // A looked-after child in long-term foster care, never formally matched.
        let amira = try await child("DEMO0002", "Amira", "Castleton", dob: d(12, 2, 3), sex: "F", ethnicity: "MWBC", upnBody: "201765432109")
        try await store.record(.periodOfCare, childID: amira, ["start_date": .day(d(4, 6, 10)), "legal_status": .code("C2"),
            "category_of_need": .code("N1"), "permanence_plan": .code("long-term-fostering")], by: by)
        try await store.record(.placement, childID: amira, ["start_date": .day(d(4, 6, 10)), "reason_new_episode": .code("S"),
            "legal_status": .code("C1"), "placement_type": .code("U6"), "provider": .code("PR1"), "placement_postcode": .text("ZZ9 1AA"),
            "end_date": .day(d(3, 1, 15)), "reason_place_change": .code("CARPL")], by: by)
        try await store.record(.placement, childID: amira, ["start_date": .day(d(3, 1, 15)), "reason_new_episode": .code("B"),
            "legal_status": .code("C2"), "placement_type": .code("U4"), "provider": .code("PR4"), "placement_postcode": .text("ZZ9 2BB")], by: by)
        try await store.record(.lookedAfterReview, childID: amira, ["review_date": .day(d(1, 3, 1)), "participation": .code("PN1")], by: by)
        try await store.record(.healthAssessment, childID: amira, ["assessment_date": .day(d(1, 2, 20)), "assessment_type": .code("review")], by: by)
        try await store.record(.dentalCheck, childID: amira, ["check_date": .day(d(1, 4, 2))], by: by)
        try await store.record(.personalEducationPlan, childID: amira, ["pep_date": .day(d(1, 5, 9)), "school": .text("Harbourside Academy")], by: by)
        try await store.record(.missingEpisode, childID: amira, ["missing_type": .code("M"), "start_date": .day(d(1, 7, 1)),
            "end_date": .day(d(1, 7, 2)), "interview_offered": .bool(true), "interview_accepted": .bool(true),
            "interview_at": .instant(LondonTime.instant(day: d(1, 7, 3), hour: 15, minute: 30)!)], by: by)
        try await store.record(.allocation, childID: amira, ["worker_id": .integer(newWorker.id!), "allocation_role": .code("social-worker"),
            "start_date": .day(d(2, 1, 10))], by: by)

        // A young child adopted after a placement order.
        let leo = try await child("DEMO0003", "Leo", "Ashby", dob: d(4, 1, 20), sex: "M", ethnicity: "WOTH", upnBody: nil)
        try await store.record(.periodOfCare, childID: leo, ["start_date": .day(d(3, 3, 1)), "legal_status": .code("C1"),
            "category_of_need": .code("N1"), "permanence_plan": .code("adoption"), "end_date": .day(d(1, 8, 30)),
            "reason_ceased": .code("E11")], by: by)
        try await store.record(.placement, childID: leo, ["start_date": .day(d(3, 3, 1)), "reason_new_episode": .code("S"),
            "legal_status": .code("C1"), "placement_type": .code("U6"), "provider": .code("PR1"), "end_date": .day(d(2, 5, 1))], by: by)
        try await store.record(.placement, childID: leo, ["start_date": .day(d(2, 5, 1)), "reason_new_episode": .code("B"),
            "legal_status": .code("E1"), "placement_type": .code("A6"), "provider": .code("PR1"), "end_date": .day(d(1, 8, 30))], by: by)
        for (step, date) in [("decision-to-place-for-adoption", d(3, 9, 1)), ("placement-order", d(2, 2, 12)),
                             ("matched-for-adoption", d(2, 4, 3)), ("placed-for-adoption", d(2, 5, 1)), ("adoption-order", d(1, 8, 30))] {
            try await store.record(.permanence, childID: leo, ["step": .code(step), "step_date": .day(date)], by: by)
        }

        // A care leaver with a personal adviser.
        let tasha = try await child("DEMO0004", "Tasha", "Brookfield", dob: d(19, 7, 7), sex: "F", ethnicity: "BCRB", upnBody: "201987654321")
        try await store.record(.periodOfCare, childID: tasha, ["start_date": .day(d(5, 1, 5)), "legal_status": .code("V2"),
            "category_of_need": .code("N5"), "end_date": .day(d(1, 7, 7)), "reason_ceased": .code("E17")], by: by)
        try await store.record(.careLeaver, childID: tasha, ["record_date": .day(d(0, 1, 10)), "status": .code("former-relevant"),
            "in_touch": .code("YES"), "activity": .code("F2"), "accommodation": .code("Z1"), "pathway_plan_date": .day(d(2, 6, 1)),
            "pathway_plan_review_date": .day(d(0, 1, 10)), "personal_adviser": .text("Pat Adviser")], by: by)
        try await store.record(.allocation, childID: tasha, ["worker_id": .integer(adviser.id!), "allocation_role": .code("personal-adviser"),
            "start_date": .day(d(1, 7, 7))], by: by)

        // An unborn baby with a pre-birth assessment, and an unallocated referral.
        let unborn: FieldValues = ["la_child_id": .text("DEMO0005"), "first_name": .text("Baby"), "last_name": .text("Castleton"),
                                   "expected_date_of_birth": .day(today.adding(days: 60)), "sex": .code("U"), "ethnicity": .code("NOBT"),
                                   "upn_unknown": .code("UN1")]
        let baby = try await store.addChild(unborn, by: by)
        try await store.record(.referral, childID: baby, ["referral_date": .day(today.adding(days: -20)), "source": .code("3B"),
            "nfa": .bool(false)], by: by)
        try await store.record(.assessment, childID: baby, ["start_date": .day(today.adding(days: -19))], by: by)
        let riley = try await child("DEMO0006", "Riley", "Dunmore", dob: d(15, 11, 30), sex: "M", ethnicity: "APKN", upnBody: "201111222333")
        try await store.record(.contact, childID: riley, ["contact_date": .day(today.adding(days: -3)), "source": .code("6"),
            "decision": .code("strategy-discussion"), "decision_date": .day(today.adding(days: -3))], by: by)
        try await store.record(.referral, childID: riley, ["referral_date": .day(today.adding(days: -3)), "source": .code("6"),
            "nfa": .bool(false)], by: by)

        if let sql = database as? any SQLDatabase {
            for year in (today.year - 6)...today.year {
                try await IndicatorStore(sql: sql).savePopulation(year: year, children: Targets.population,
                                                                  source: "Sample council: assumed to match the synthetic council", by: by)
            }
        }
    }
}
