/// One statutory or local timescale: what starts it, how long it allows, where it comes from
/// and when it was in force. The rule book (`RuleBook.catalogue`) holds every rule once.
public struct TimescaleRule: Sendable, Identifiable {
    public enum Basis: String, Sendable {
        case statute, regulation, statutoryGuidance, performanceIndicator, localPractice

        public var label: String {
            switch self {
            case .statute: "Statute"
            case .regulation: "Regulation"
            case .statutoryGuidance: "Statutory guidance"
            case .performanceIndicator: "Performance indicator"
            case .localPractice: "Local practice (council setting)"
            }
        }
    }

    /// What Harbour does with the rule.
    public enum Tracking: Sendable, Hashable {
        /// Due dates are worked out from the child's record and closed by a record of this kind.
        case closed(EventKind)
        /// Supervision of workers, due from the policy setting.
        case supervision
        /// A definition Harbour applies (care leaver status, entitlement ages).
        case definition
        /// A caseload standard, shown against each worker.
        case caseload
        /// A performance measure computed by the dashboard, not a due date on a child.
        case indicator
        /// No national timescale: shown for reference only.
        case noTimescale
        /// Harbour does not yet record what starts or meets this rule.
        case notRecorded(String)

        public var description: String {
            switch self {
            case .closed(let kind): "Due dates tracked; met by a \(kind.spec.title.lowercased()) record"
            case .supervision: "Due dates tracked for each worker; met by a supervision record"
            case .definition: "Applied to work out care leaver status and entitlements"
            case .caseload: "Shown against each worker's caseload"
            case .indicator: "Measured on the performance dashboard"
            case .noTimescale: "No national timescale; shown for reference"
            case .notRecorded(let why): "Not tracked yet: \(why)"
            }
        }

        public var isTracked: Bool {
            switch self {
            case .closed, .supervision: true
            default: false
            }
        }
    }

    public let id: RuleID
    public let title: String
    public let appliesTo: String
    public let startEvent: String
    /// The national value; nil when the council sets it or there is none.
    public let allowed: TimeAllowed?
    /// The time allowed as the source puts it.
    public let allowedText: String
    public let repeatsEvery: TimeAllowed?
    public let repeatText: String?
    /// The council setting that gives the value, for a local rule.
    public let setting: LocalSetting?
    public let tracking: Tracking
    public let basis: Basis
    public let source: String
    public let confidence: String
    public let notes: String
    public let inForceFrom: Day?
    public let inForceTo: Day?

    /// Whether the rule applies to an event that started on `day`.
    public func isInForce(on day: Day) -> Bool {
        if let from = inForceFrom, day < from { return false }
        if let to = inForceTo, day > to { return false }
        return true
    }

    public var inForceText: String {
        switch (inForceFrom, inForceTo) {
        case let (from?, to?): "From \(from.long) to \(to.long)"
        case let (from?, nil): "From \(from.long)"
        case let (nil, to?): "Until \(to.long)"
        case (nil, nil): "Throughout"
        }
    }
}

/// The rules with the council's settings applied: the one place the engine, the command line
/// and the pages get a rule's time allowed.
public struct RuleBook: Sendable {
    public let settings: CouncilSettings
    public let calendar: WorkingDayCalendar

    public init(settings: CouncilSettings = CouncilSettings(), calendar: WorkingDayCalendar? = nil) {
        self.settings = settings
        self.calendar = calendar ?? settings.calendar()
    }

    private static let byID: [RuleID: TimescaleRule] = Dictionary(uniqueKeysWithValues: catalogue.map { ($0.id, $0) })

    public static func rule(_ id: RuleID) -> TimescaleRule { byID[id]! }

    /// Finds a rule by its id as written in the rule book, or nil.
    public static func rule(named name: String) -> TimescaleRule? { RuleID(rawValue: name).map(rule) }

    /// The time allowed for the first due date: the council's value for a local rule.
    public func allowed(_ id: RuleID) -> TimeAllowed? {
        let rule = RuleBook.rule(id)
        if let setting = rule.setting { return settings.value(of: setting) }
        return rule.allowed
    }

    /// The interval between repeats: the council's value for a local rule.
    public func interval(_ id: RuleID) -> TimeAllowed? {
        let rule = RuleBook.rule(id)
        if let setting = rule.setting { return settings.value(of: setting) }
        return rule.repeatsEvery
    }

    public func due(_ id: RuleID, from start: Day) -> Day? {
        allowed(id)?.due(from: start, calendar: calendar)
    }

    /// The first `count` due dates of a rule started on `start`, each met on its due date:
    /// what `harbour timescales due` prints.
    public func schedule(_ id: RuleID, from start: Day, count: Int = 1) -> [Day] {
        guard let first = due(id, from: start) else { return [] }
        var days = [first]
        if let every = interval(id), RuleBook.rule(id).repeatsEvery != nil || RuleBook.rule(id).repeatText != nil {
            while days.count < count { days.append(every.due(from: days[days.count - 1], calendar: calendar)) }
        }
        return days
    }
}
