/// The invariants that need the child and the rest of their record, not just one form.
/// A record that breaks one is refused and nothing is written.
public enum JourneyRules {
    /// Checks `candidate` (new, or a correction of the record with the same id) against the
    /// child and the child's other records of the kinds that matter to it.
    public static func check(_ candidate: JourneyEvent, child: ChildFacts, others: [JourneyEvent]) -> [FieldError] {
        let spec = candidate.kind.spec
        var errors = [FieldError]()
        let rest = others.filter { !($0.kind == candidate.kind && $0.id == candidate.id) }

        // Nothing in a child's record is dated before they were born; work with an unborn
        // child (pre-birth referrals, conferences and child protection plans) is the exception.
        if let birth = child.dateOfBirth, !spec.allowedBeforeBirth {
            for field in spec.fields where field.kind == .day {
                if let d = candidate.values[field.name]?.day, d < birth {
                    errors.append(FieldError("\(field.name)-day",
                                             "\(field.label) must be on or after the child's date of birth (\(birth.long))"))
                }
            }
        }
        if let death = child.dateOfDeath, let d = candidate.date, d > death, candidate.kind != .careLeaver {
            errors.append(FieldError("\(spec.dateField!)-day",
                                     "\(spec.field(spec.dateField!)!.label) must be on or before the child's date of death (\(death.long))"))
        }

        switch candidate.kind {
        case .periodOfCare:
            errors += noOverlap(candidate, with: rest.filter { $0.kind == .periodOfCare }, what: "period of care")
        case .childProtectionPlan:
            errors += noOverlap(candidate, with: rest.filter { $0.kind == .childProtectionPlan }, what: "child protection plan")
        case .placement:
            errors += placementInsidePeriod(candidate, periods: rest.filter { $0.kind == .periodOfCare })
            errors += noOverlap(candidate, with: rest.filter { $0.kind == .placement }, what: "placement",
                                touchingAllowed: true)
        default:
            break
        }
        return errors
    }

    /// Two spans overlap if each starts before the other ends; an open span runs on for ever.
    /// With `touchingAllowed`, one may start on the day the other ends (SSDA903 episodes do).
    static func noOverlap(_ candidate: JourneyEvent, with others: [JourneyEvent], what: String,
                          touchingAllowed: Bool = false) -> [FieldError] {
        guard let start = candidate.date else { return [] }
        let end = candidate.endDate
        let startField = "\(candidate.kind.spec.dateField!)-day"
        for other in others {
            guard let oStart = other.date else { continue }
            let oEnd = other.endDate
            let beforeOther = end.map { touchingAllowed ? $0 <= oStart : $0 < oStart } ?? false
            let afterOther = oEnd.map { touchingAllowed ? start >= $0 : start > $0 } ?? false
            if !(beforeOther || afterOther) {
                if oEnd == nil && end == nil {
                    return [FieldError(startField, "This child already has an open \(what) that started on \(oStart.long); end it before starting another")]
                }
                let span = oEnd.map { "\(oStart.long) to \($0.long)" } ?? "\(oStart.long), still open"
                return [FieldError(startField, "The dates overlap another \(what) (\(span))")]
            }
        }
        return []
    }

    /// A placement must sit inside a period of care, starting on or after its start and
    /// ending no later than its end.
    static func placementInsidePeriod(_ placement: JourneyEvent, periods: [JourneyEvent]) -> [FieldError] {
        guard let start = placement.date else { return [] }
        let containing = periods.first { p in
            guard let pStart = p.date, pStart <= start else { return false }
            guard let pEnd = p.endDate else { return true }
            return start <= pEnd
        }
        guard let period = containing else {
            return [FieldError("start_date-day",
                               "Placements can only be recorded inside a period of care: record the date the child started to be looked after first")]
        }
        if let pEnd = period.endDate {
            guard let end = placement.endDate else {
                return [FieldError("end_date-day", "Enter the placement end date: the period of care ended on \(pEnd.long)")]
            }
            if end > pEnd {
                return [FieldError("end_date-day", "Placement end date must be on or before the end of the period of care (\(pEnd.long))")]
            }
        }
        return []
    }
}
