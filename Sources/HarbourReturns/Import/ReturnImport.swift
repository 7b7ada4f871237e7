import HarbourCore

/// Brings a council's existing data into Harbour from the statutory returns its old case
/// system made: a CIN census and a year's SSDA903 files. Each child becomes Harbour's child
/// record and journey records, every value read and checked as Harbour reads and checks what a
/// worker types (`RecordSpec` and `JourneyRules`), so an imported record is one a worker could
/// have entered. A child in both returns (CIN LAchildID = SSDA903 CHILD) is one child.
///
/// A child with any problem that stops one of their records being taken is refused whole, with
/// every reason; the other children import. What is read differently from the return, or left
/// out because Harbour does not hold it, is a note.
///
/// The CIN census gives:
/// - The child's identifiers and characteristics. The older GenderCurrent (1, 2, 0, 9) is
///   read as Sex (M, F, U, U), `true`/`false` as yes/no, and a UPNunknown given beside a
///   UPN is left out.
/// - Each CINdetails block as a referral, with its assessments (and their factors), child in
///   need plans, section 47 enquiries and child protection plans.
/// - Conferences: a section 47's DateOfInitialCPC is an initial conference (and the enquiry's
///   outcome "substantiated, conference"); a CINdetails DateOfInitialCPC not already one of
///   those is an initial conference, or a transfer-in conference when the enquiry before it
///   said no conference was required; each CPPreviewDate is a review conference. A conference
///   on the day a plan starts has the outcome "child protection plan"; a review on the day a
///   plan ends "plan ended", otherwise "plan continued".
/// - Not held (notes where given): AssessmentInternalReviewDate; InitialCPCtarget, which
///   Harbour works out from the strategy discussion; NumberOfPreviousCPP, which Harbour counts
///   from the plans it holds.
///
/// The SSDA903 return gives:
/// - The child from the Header (SEX 1 and 2, before 2024-25, read as M and F; a UPN column
///   holding UN1 to UN7 is the reason the UPN is not known).
/// - Episodes: an episode with RNE S starts a period of care (its legal status and category of
///   need are the period's); each episode is a placement record; the period ends with the
///   episode whose REC is not X1. A child's first episode in the return may continue a period
///   that began before it (RNE other than S): the period is recorded from that episode, with a note.
/// - UASC marks the child's periods of care; DUC is the date UASC status ceased unless it is
///   still to come.
/// - Reviews, Missing, OC2 (a health outcomes record dated at the year's end), OC3 (a care
///   leaver record on the birthday in the year: relevant at 17, former relevant from 18),
///   AD1 and PlacedAdoption (permanence steps: decision to place, matched, no longer to be
///   placed; the adopters' details on the adoption order), PrevPerm (on the latest period of
///   care). A period that ends E11 or E12 adds an adoption order step, E41 a child arrangements
///   order, E45 to E48 a special guardianship order.
/// - SWEpisodes as social worker allocations, only where `workers` names the SW_ID.
/// - Not held (notes): DoLo.
///
/// Returns carry no names: a child without one in `names` is recorded as "Child" with the LA
/// child ID as last name, until a worker enters the name.
public struct ReturnImport: Sendable {
    /// The day of the import: no date may be later, as for a worker typing it.
    public var today: Day
    /// The SSDA903 year: 2018 for 2017-18. It dates the OC2 record and places the OC3 birthday.
    public var collectionYear: Int
    /// Harbour worker ids by the SW_ID the old system's SSDA903 gives (Social Work England
    /// registration numbers, or the old system's own ids).
    public var workers: [String: Int]
    /// Names by LA child ID, from the old system, where the council has them.
    public var names: [String: ReturnImportName]
    public var calendar: WorkingDayCalendar

    public init(today: Day, collectionYear: Int, workers: [String: Int] = [:], names: [String: ReturnImportName] = [:],
                calendar: WorkingDayCalendar = .england) {
        self.today = today
        self.collectionYear = collectionYear
        self.workers = workers
        self.names = names
        self.calendar = calendar
    }

    /// 1 April of the year before `collectionYear`.
    public var collectionStart: Day { Day(year: collectionYear - 1, month: 4, day: 1)! }
    /// 31 March of `collectionYear`.
    public var collectionEnd: Day { Day(year: collectionYear, month: 3, day: 31)! }

    /// Reads the returns into Harbour's records, children in the order the returns give them
    /// (the census first).
    public func run(cin: CINReturn? = nil, ssda903: SSDA903Tables? = nil) -> ReturnImportResult {
        var drafts = [String: ImportChildDraft]()
        var order = [String]()
        var general = [ReturnImportProblem]()
        func add(_ read: [ImportChildDraft]) {
            for draft in read {
                if drafts[draft.id] == nil {
                    order.append(draft.id)
                    drafts[draft.id] = draft
                } else {
                    drafts[draft.id]!.merge(draft)
                }
            }
        }
        if let cin {
            let read = CINImportReader(import: self, census: cin).read()
            add(read.children)
            general += read.general
        }
        if let ssda903 {
            let read = SSDA903ImportReader(import: self, tables: ssda903).read()
            add(read.children)
            general += read.general
        }
        var result = ReturnImportResult(notes: general)
        for id in order {
            var draft = drafts[id]!
            draft.finish()
            switch check(draft) {
            case .imported(let child): result.children.append(child)
            case .refused(let refused): result.refused.append(refused)
            }
        }
        return result
    }

    /// Harbour's checks on one child's drafts: each record read as the API reads it, then the
    /// rules that need the child and the rest of the record.
    func check(_ draft: ImportChildDraft) -> ImportOutcome {
        var problems = draft.problems
        var childJSON = draft.child.json
        let name = names[draft.id]
        childJSON["first_name"] = .string(name?.first ?? "Child")
        childJSON["last_name"] = .string(name?.last ?? draft.id)
        var childValues = FieldValues()
        if !draft.hasIdentity {
            problems.append(draft.refusal(draft.firstLocation, nil,
                                          "The child is not in the census's ChildIdentifiers or the SSDA903 Header, so Harbour has no date of birth, sex or ethnicity for them"))
        } else {
            switch RecordSpec.child.read(json: childJSON, today: today) {
            case .success(let values): childValues = values
            case .failure(let failure): problems += draft.child.problems(failure.errors, child: draft.id)
            }
        }

        var events = [(draft: ImportDraft, event: JourneyEvent)]()
        for (index, record) in draft.records.enumerated() {
            switch record.kind!.spec.read(json: record.json, today: today) {
            case .success(let values): events.append((record, JourneyEvent(id: index + 1, kind: record.kind!, values: values)))
            case .failure(let failure): problems += record.problems(failure.errors, child: draft.id)
            }
        }
        let facts = ChildFacts(draft.hasIdentity ? childValues : [:])
        let all = events.map(\.event)
        // A period of care that could not be read is already a reason; its placements are
        // judged as inside it, not refused again for being outside any period.
        let periods = draft.records.filter { $0.kind == .periodOfCare }.count
        let unread = periods > all.filter { $0.kind == .periodOfCare }.count
        let standIn = JourneyEvent(id: 0, kind: .periodOfCare, values: ["start_date": .day(.distantPast)])
        for (record, event) in events {
            let others = unread && event.kind == .placement ? all + [standIn] : all
            let errors = JourneyRules.check(event, child: facts, others: others)
            problems += record.problems(errors, child: draft.id)
        }

        // Every reason and note, in the order of the files.
        problems = problems.enumerated().sorted { a, b in
            let x = a.element.location, y = b.element.location
            return (x.file, x.line ?? 0, a.offset) < (y.file, y.line ?? 0, b.offset)
        }.map(\.element)
        let refusals = problems.filter(\.refuses)
        guard refusals.isEmpty else {
            return .refused(RefusedChild(laChildID: draft.id, problems: refusals))
        }
        let kinds = EventKind.allCases
        let records = events.sorted { a, b in
            let ka = kinds.firstIndex(of: a.event.kind)!, kb = kinds.firstIndex(of: b.event.kind)!
            return (a.event.date ?? .distantPast, ka, a.event.id) < (b.event.date ?? .distantPast, kb, b.event.id)
        }.map { ImportedRecord(kind: $0.event.kind, values: $0.event.values, source: $0.draft.location,
                               origins: $0.draft.sources.mapValues { ImportOrigin(item: $0.item, location: $0.location) }) }
        return .imported(ImportedChild(laChildID: draft.id, values: childValues, records: records, notes: problems,
                                      named: name != nil))
    }
}

/// A child imported, or refused.
enum ImportOutcome {
    case imported(ImportedChild)
    case refused(RefusedChild)
}

/// A child's name from the council's old system.
public struct ReturnImportName: Sendable, Hashable {
    public var first: String
    public var last: String

    public init(first: String, last: String) {
        self.first = first
        self.last = last
    }
}

/// Something found in a return while importing it: where (the file and line, or for the CIN
/// census the element path), the item, and what it means for the child.
public struct ReturnImportProblem: Sendable, Hashable, CustomStringConvertible {
    /// The child's LA child ID; "" for the return as a whole.
    public var child: String
    public var location: SourceLocation
    /// The CSV column or XML element; nil when about a whole row or block.
    public var item: String?
    public var message: String
    /// Whether it stops a record being taken, and so the child; otherwise a note on what was
    /// read differently or left out.
    public var refuses: Bool

    public init(child: String, location: SourceLocation, item: String?, message: String, refuses: Bool) {
        self.child = child
        self.location = location
        self.item = item
        self.message = message
        self.refuses = refuses
    }

    public var description: String {
        var text = location.description
        if let item { text += " [\(item)]" }
        return text + ": " + message
    }
}

/// One record ready for the store, with the row or block it came from.
public struct ImportedRecord: Sendable, Hashable {
    public var kind: EventKind
    public var values: FieldValues
    public var source: SourceLocation
    /// For each field, the return's item and the row or element it was read from, so a
    /// refusal by the store can name them.
    public var origins: [String: ImportOrigin] = [:]

    public init(kind: EventKind, values: FieldValues, source: SourceLocation, origins: [String: ImportOrigin] = [:]) {
        self.kind = kind
        self.values = values
        self.source = source
        self.origins = origins
    }

    /// Where Harbour's field `field` came from: the item and its row, or the record's row.
    public func origin(of field: String) -> ImportOrigin {
        origins[field] ?? ImportOrigin(item: nil, location: source)
    }

    /// The return it came from: the census gives referrals and what follows them to the end
    /// of a child protection plan; the SSDA903 everything else.
    public var returnName: ReturnName { ReturnName.cinKinds.contains(kind) ? .cin : .ssda903 }
}

/// A return's item (a CSV column or XML element; nil for a value worked out from the return)
/// and the row or element it is in.
public struct ImportOrigin: Sendable, Hashable {
    public var item: String?
    public var location: SourceLocation

    public init(item: String?, location: SourceLocation) {
        self.item = item
        self.location = location
    }
}

/// The two returns an import reads.
public enum ReturnName: String, Sendable, Hashable, CaseIterable {
    case cin
    case ssda903

    static let cinKinds: Set<EventKind> = [.referral, .assessment, .childInNeedPlan, .section47, .conference, .childProtectionPlan]
}

/// A child whose every record passed Harbour's checks.
public struct ImportedChild: Sendable {
    public var laChildID: String
    /// The child's record (`RecordSpec.child`).
    public var values: FieldValues
    /// The journey in date order, each record after any it depends on (a period of care
    /// before its placements).
    public var records: [ImportedRecord]
    /// What was read differently or left out.
    public var notes: [ReturnImportProblem]
    /// Whether the name came from `ReturnImport.names`.
    public var named: Bool

    public var events: [(kind: EventKind, values: FieldValues)] { records.map { ($0.kind, $0.values) } }

    /// The child as the return builders take it, records numbered in order.
    public var returnChild: ReturnChild {
        ReturnChild(laChildID: laChildID, values: values,
                    events: records.enumerated().map { JourneyEvent(id: $0.offset + 1, kind: $0.element.kind, values: $0.element.values) })
    }
}

/// A child not imported, with every problem that stopped one of their records.
public struct RefusedChild: Sendable, Hashable {
    public var laChildID: String
    public var problems: [ReturnImportProblem]

    public init(laChildID: String, problems: [ReturnImportProblem]) {
        self.laChildID = laChildID
        self.problems = problems
    }
}

/// What an import found: the children to write, the children refused, and notes about the
/// returns as a whole.
public struct ReturnImportResult: Sendable {
    public var children: [ImportedChild] = []
    public var refused: [RefusedChild] = []
    public var notes: [ReturnImportProblem]

    /// Every note, the return's and the imported children's.
    public var allNotes: [ReturnImportProblem] { notes + children.flatMap(\.notes) }
}

extension Day {
    fileprivate static let distantPast = Day(year: 1, month: 1, day: 1)!
}
