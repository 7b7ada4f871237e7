import HarbourCore

/// The everyday practice records that follow from a child's journey: core group meetings on
/// child protection plans, child in need plan reviews, an independent reviewing officer for
/// each period of care, and personal adviser contact with care leavers. Mostly on time, some
/// late, as in the seeds. Drawn from their own random stream, so adding them leaves every
/// calibrated figure as it was.
enum PracticeRecords {
    static func add(to child: inout SyntheticChild, end: Day, iros: [Int], rng: inout SeededRandom) {
        var added = [(kind: EventKind, values: FieldValues)]()
        for (kind, values) in child.events {
            switch kind {
            case .childProtectionPlan:
                guard let start = values["start_date"]?.day else { continue }
                let stop = min(values["end_date"]?.day ?? end, end)
                var day = Journeys.addWorkingDays(start, rng.chance(0.8) ? rng.int(3...10) : rng.int(11...25))
                while day <= stop {
                    added.append((.coreGroup, ["meeting_date": .day(day), "agencies_attended": .codes(attending(&rng))]))
                    day = day.adding(days: rng.chance(0.85) ? rng.int(21...42) : rng.int(43...75))
                }
            case .childInNeedPlan:
                guard let start = values["start_date"]?.day else { continue }
                let stop = min(values["end_date"]?.day ?? end, end)
                var day = start.adding(days: rng.chance(0.8) ? rng.int(50...92) : rng.int(93...140))
                while day <= stop {
                    added.append((.childInNeedPlanReview, ["review_date": .day(day), "plan_continues": .bool(true)]))
                    day = day.adding(days: rng.chance(0.8) ? rng.int(50...92) : rng.int(93...140))
                }
            case .periodOfCare:
                guard let start = values["start_date"]?.day, !iros.isEmpty else { continue }
                let from = Journeys.addWorkingDays(start, rng.chance(0.85) ? rng.int(1...5) : rng.int(6...20))
                guard from <= end else { continue }
                var a: FieldValues = ["worker_id": .integer(rng.element(iros)), "allocation_role": .code(AllocationRole.independentReviewingOfficer.rawValue),
                                      "start_date": .day(from)]
                if let ceased = values["end_date"]?.day, ceased <= end { a["end_date"] = .day(max(from, ceased)) }
                added.append((.allocation, a))
            case .allocation where values["allocation_role"]?.code == AllocationRole.personalAdviser.rawValue:
                guard let start = values["start_date"]?.day else { continue }
                let stop = min(values["end_date"]?.day ?? end, end)
                var day = start.adding(days: rng.int(7...40))
                while day <= stop {
                    added.append((.visit, ["visit_date": .day(day), "visit_type": .code(VisitType.personalAdviser.rawValue),
                                           "child_seen": .bool(rng.chance(0.9))]))
                    day = day.adding(days: rng.chance(0.8) ? rng.int(25...61) : rng.int(62...110))
                }
            default:
                continue
            }
        }
        child.events += added
    }

    static func attending(_ rng: inout SeededRandom) -> [String] {
        ["social-care"] + ["health", "education", "police"].filter { _ in rng.chance(0.7) }
    }
}
