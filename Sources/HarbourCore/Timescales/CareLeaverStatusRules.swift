/// A period of care as the leaving care definitions need it.
public struct CarePeriod: Sendable, Hashable {
    public let start: Day
    /// The day the child ceased to be looked after; nil while looked after.
    public let end: Day?

    public init(start: Day, end: Day?) {
        self.start = start
        self.end = end
    }

    func isLookedAfter(on day: Day) -> Bool { start <= day && end.map { day < $0 } ?? true }
}

extension CareLeaverStatus {
    /// 13 weeks, in days: the time in care since age 14 that makes a child eligible.
    public static let qualifyingDays = 91

    /// The young person's status on `day` under the Children Act 1989 (as amended by the
    /// Children (Leaving Care) Act 2000) and the Care Leavers (England) Regulations 2010:
    /// - eligible: 16 or 17, looked after, and looked after for at least 13 weeks in all since
    ///   the 14th birthday, with some of that time after the 16th birthday;
    /// - relevant: 16 or 17, no longer looked after, and eligible before leaving care;
    /// - former relevant: 18 to 25, and relevant or eligible before 18 (support to 21, and
    ///   personal adviser support to 25 from 1 April 2018, CSWA 2017 s3);
    /// - qualifying: 16 to 20, no longer looked after, looked after at some time after the 16th
    ///   birthday but not eligible.
    /// Nil for anyone else. Short-break care and the hospital and custody cases of CLR reg 3 are
    /// not modelled.
    public static func on(_ day: Day, dateOfBirth dob: Day, periods: [CarePeriod]) -> CareLeaverStatus? {
        let age = dob.age(on: day)
        guard age >= 16 else { return nil }
        let sixteen = dob.birthday(16)
        let eligibleFrom = eligibleFrom(dateOfBirth: dob, periods: periods)
        let everEligibleByNow = eligibleFrom.map { $0 <= day } ?? false
        let lookedAfterAfter16 = periods.contains { p in
            p.start <= day && (p.end.map { $0 > sixteen } ?? true)
        }
        if age < 18 {
            if periods.contains(where: { $0.isLookedAfter(on: day) }) {
                return everEligibleByNow ? .eligible : nil // still in care, not yet a care leaver
            }
            if everEligibleByNow { return .relevant }
            return lookedAfterAfter16 ? .qualifying : nil
        }
        if everEligibleByNow { return age < 25 ? .formerRelevant : nil }
        return lookedAfterAfter16 && age < 21 ? .qualifying : nil
    }

    /// The first day the child was an eligible child: looked after, aged 16 or 17, with 13
    /// weeks looked after since the 14th birthday. Nil if they never were.
    public static func eligibleFrom(dateOfBirth dob: Day, periods: [CarePeriod]) -> Day? {
        let fourteen = dob.birthday(14)
        let sixteen = dob.birthday(16)
        let eighteen = dob.birthday(18)
        var counted = 0
        for p in periods.sorted(by: { $0.start < $1.start }) {
            let from = max(p.start, fourteen)
            let to = min(p.end ?? eighteen, eighteen) // exclusive: the day care ended, or the 18th birthday
            guard from < to else { continue }
            // The day the running total reaches 13 weeks inside this period.
            let reached = from.adding(days: max(0, qualifyingDays - counted))
            counted += from.days(until: to)
            if counted >= qualifyingDays {
                let day = max(reached, sixteen)
                if day < to { return day }
            }
        }
        return nil
    }
}
