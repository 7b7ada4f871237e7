import HarbourCore

/// One child as the statutory returns read them: the child's own record (`RecordSpec.child`)
/// and every record of their journey, as Harbour stores them.
public struct ReturnChild: Sendable {
    /// The council's id for the child: CIN LAchildID, SSDA903 CHILD, Annex A Child Unique ID.
    public var laChildID: String
    public var values: FieldValues
    public var events: [JourneyEvent]

    public init(laChildID: String, values: FieldValues, events: [JourneyEvent]) {
        self.laChildID = laChildID
        self.values = values
        self.events = events
    }

    /// A child identified by their record's LA child ID.
    public init(values: FieldValues, events: [JourneyEvent]) {
        self.init(laChildID: values["la_child_id"]?.text ?? "", values: values, events: events)
    }
}

/// A worker as the returns name them: Annex A's allocated worker and team, and the SSDA903's
/// social worker id. Allocations carry Harbour's worker id; the council's directory gives these.
public struct ReturnWorker: Sendable, Hashable {
    public var name: String
    public var team: String
    /// The Social Work England registration number ("SW" and digits), where the council holds it.
    public var registration: String?

    public init(name: String, team: String, registration: String? = nil) {
        self.name = name
        self.team = team
        self.registration = registration
    }
}

/// A child's records as they stood at the end of a return's period: records dated later are
/// left out, and dates after it (an end, an outcome, an authorisation) are treated as not yet
/// reached, together with what was recorded with them. Each kind is in date order.
struct ExportRecords {
    let child: ReturnChild
    let asAt: Day
    private let byKind: [EventKind: [JourneyEvent]]

    /// Fields that belong with a record's end or outcome: dropped when it lies after `asAt`.
    private static let recordedWithEnd: [EventKind: (end: String, with: [String])] = [
        .referral: ("closure_date", ["closure_reason"]),
        .periodOfCare: ("end_date", ["reason_ceased"]),
        .placement: ("end_date", ["reason_place_change"]),
        .section47: ("outcome_date", ["outcome", "conference_not_required"]),
        .assessment: ("authorisation_date", ["factors", "needs_services"]),
        .missingEpisode: ("end_date", ["interview_offered", "interview_accepted", "interview_at"]),
        .allocation: ("end_date", []),
    ]

    init(_ child: ReturnChild, asAt: Day) {
        self.child = child
        self.asAt = asAt
        var byKind = [EventKind: [JourneyEvent]]()
        for event in child.events {
            guard let on = event.date, on <= asAt else { continue }
            var values = event.values
            for (name, value) in event.values {
                if let d = value.day, d > asAt { values[name] = nil }
                if let i = value.instant, LondonTime.day(of: i) > asAt { values[name] = nil }
            }
            if let link = Self.recordedWithEnd[event.kind], event.values[link.end] != nil, values[link.end] == nil {
                for name in link.with { values[name] = nil }
            }
            byKind[event.kind, default: []].append(JourneyEvent(id: event.id, kind: event.kind, values: values))
        }
        for kind in byKind.keys { byKind[kind]!.sort { ($0.date!, $0.id) < ($1.date!, $1.id) } }
        self.byKind = byKind
    }

    subscript(_ kind: EventKind) -> [JourneyEvent] { byKind[kind] ?? [] }

    var id: String { child.laChildID }
    func text(_ name: String) -> String? { child.values[name]?.text }
    func code(_ name: String) -> String? { child.values[name]?.code }

    /// The date of birth, when the child had been born by `asAt`.
    var dateOfBirth: Day? { child.values["date_of_birth"]?.day.flatMap { $0 <= asAt ? $0 : nil } }
    var expectedDateOfBirth: Day? { child.values["expected_date_of_birth"]?.day }
    var dateOfDeath: Day? { child.values["date_of_death"]?.day.flatMap { $0 <= asAt ? $0 : nil } }
    /// Disability codes, without NONE.
    var disabilities: [String] {
        (child.values["disabilities"]?.codes ?? []).filter { $0 != Disability.noDisability.rawValue }
    }

    /// Who held the case, as spells that do not overlap: on each day the case-holding
    /// allocation (social worker, or a manager holding the case) that started last holds it,
    /// from its start until it ends ("allocated until" is the last day); when it ends, an
    /// earlier allocation still running holds the case again from that day. A later allocation
    /// from the same day replaces an earlier one. Consecutive spells of one worker are one.
    var caseHolderSpells: [ExportWorkerSpell] {
        let roles: Set<String> = [AllocationRole.socialWorker.rawValue, AllocationRole.teamManager.rawValue]
        let allocations = self[.allocation].filter {
            roles.contains($0.values["allocation_role"]?.code ?? "") && $0.values["worker_id"]?.integer != nil
        }
        let kept = allocations.indices.filter { i in !allocations[(i + 1)...].contains { $0.date! == allocations[i].date! } }
        var days = Set<Day>()
        for i in kept {
            days.insert(allocations[i].date!)
            if let end = allocations[i].endDate { days.insert(end) }
        }
        var spells = [ExportWorkerSpell]()
        var holder: Int?
        for day in days.sorted() {
            let running = kept.filter { i in
                let a = allocations[i]
                return a.date! <= day && (a.endDate.map { $0 > day || a.date! == day } ?? true)
            }
            // The allocation that started last holds the case (the later one in the record on a tie).
            let now = running.max { (allocations[$0].date!, $0) < (allocations[$1].date!, $1) }
            guard now != holder else { continue }
            if let holder { spells[spells.count - 1].end = min(day, allocations[holder].endDate ?? day) }
            holder = now
            guard let now else { continue }
            let allocation = allocations[now], worker = allocation.values["worker_id"]!.integer!
            if let last = spells.last, last.worker == worker, last.end.map({ $0 >= day }) ?? true {
                spells[spells.count - 1].end = nil
                continue
            }
            // A worker taking the case back has no recorded reason for it; the return works one out.
            let reason = allocation.date! == day ? allocation.exportCode("change_reason") : nil
            spells.append(ExportWorkerSpell(worker: worker, start: day, end: nil, reason: reason))
        }
        if let holder { spells[spells.count - 1].end = allocations[holder].endDate }
        return spells
    }

    /// The worker holding the case on a day ("allocated until" is the last day held); failing
    /// that, the last one to hold it whose allocation ended on or after `since`.
    func caseHolder(on day: Day, since: Day,
                    roles: Set<String> = [AllocationRole.socialWorker.rawValue, AllocationRole.teamManager.rawValue]) -> Int? {
        let spells = self[.allocation].filter { roles.contains($0.values["allocation_role"]?.code ?? "") }
        let held = spells.last { a in a.date.map { $0 <= day } ?? false && a.endDate.map { day <= $0 } ?? true }
        let recent = spells.last { a in a.date.map { $0 <= day } ?? false && a.endDate.map { $0 >= since } ?? false }
        return (held ?? recent)?.values["worker_id"]?.integer
    }
}

/// A time one worker held a child's case.
struct ExportWorkerSpell {
    let worker: Int
    let start: Day
    var end: Day?
    /// The recorded reason for the change of worker.
    let reason: String?
}

extension JourneyEvent {
    func exportCode(_ name: String) -> String? { values[name]?.code }
    func exportDay(_ name: String) -> Day? { values[name]?.day }
    func exportBool(_ name: String) -> Bool? { values[name]?.bool }

    /// Whether the record was open on a day: started on or before it and not ended before it.
    func exportOpen(on day: Day) -> Bool {
        guard let start = date, start <= day else { return false }
        return endDate.map { $0 >= day } ?? true
    }

    /// Whether the record was open at any time from `start` to `end`.
    func exportOverlaps(_ start: Day, _ end: Day) -> Bool {
        guard let from = date, from <= end else { return false }
        return endDate.map { $0 >= start } ?? true
    }
}

extension Optional where Wrapped == Bool {
    /// "1", "0", or "" when not recorded, as the DfE returns write yes/no items.
    var exportFlag: String {
        switch self {
        case true?: "1"
        case false?: "0"
        case nil: ""
        }
    }
}
