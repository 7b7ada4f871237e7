/// A council's own values for the rules with no national timescale, its working-day
/// conventions and its caseload standards. An administrator changes them; every due date is
/// then rebuilt (`harbour timescales recompute`). Defaults are the national or common values.
public struct CouncilSettings: Sendable, Hashable, Codable {
    public var startConvention: WorkingDayCalendar.StartConvention = .nextWorkingDay
    /// One-off closure days (e.g. a council closure day between Christmas and New Year).
    public var extraHolidays: [BankHoliday] = []
    public var schoolHolidays: [DayRange] = []

    public var contactDecision = LocalInterval(1, .workingDays)
    public var childProtectionVisitInterval = LocalInterval(10, .workingDays)
    public var childInNeedVisitInterval = LocalInterval(20, .workingDays)
    public var childInNeedPlanReviewInterval = LocalInterval(3, .months)
    public var coreGroupInterval = LocalInterval(6, .weeks)
    /// Termly review, taken as every 4 months unless the council sets otherwise.
    public var personalEducationPlanReviewInterval = LocalInterval(4, .months)
    public var supervisionInterval = LocalInterval(4, .weeks)
    public var newlyQualifiedSupervisionInterval = LocalInterval(2, .weeks)

    /// Newly qualified workers' protected caseload: at most this many children.
    public var newlyQualifiedCaseloadMaximum = 18

    public init() {}

    public func calendar() -> WorkingDayCalendar {
        WorkingDayCalendar(convention: startConvention, extraHolidays: extraHolidays,
                           schoolHolidays: schoolHolidays.map { $0.from...$0.to })
    }

    public func value(of setting: LocalSetting) -> TimeAllowed {
        self[keyPath: setting.keyPath].timeAllowed
    }

    /// Every setting outside a sane range, named by its form field.
    public var problems: [FieldError] {
        var errors = [FieldError]()
        for setting in LocalSetting.allCases {
            if let problem = self[keyPath: setting.keyPath].problem(longest: setting.longest) {
                errors.append(FieldError(setting.rawValue, "\(setting.label): \(problem)"))
            }
        }
        if !(1...60).contains(newlyQualifiedCaseloadMaximum) {
            errors.append(FieldError("newly_qualified_caseload_maximum",
                                     "Newly qualified caseload limit must be from 1 to 60 children"))
        }
        for range in schoolHolidays where range.to < range.from {
            errors.append(FieldError("school_holidays", "A school holiday from \(range.from.long) cannot end before it starts, on \(range.to.long)"))
        }
        return errors
    }
}

public struct DayRange: Sendable, Hashable, Codable {
    public let from: Day
    public let to: Day

    public init(from: Day, to: Day) {
        self.from = from
        self.to = to
    }
}

/// A council's interval for a local rule, like "every 10 working days".
public struct LocalInterval: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Unit: String, Sendable, Codable, CaseIterable {
        case workingDays = "working-days", weeks, months

        public var label: String {
            switch self {
            case .workingDays: "working days"
            case .weeks: "weeks"
            case .months: "months"
            }
        }

        /// Roughly how many calendar days one unit spans, for range checks.
        var approximateDays: Int {
            switch self {
            case .workingDays: 7 // 5 working days ≈ 7 days; deliberately generous
            case .weeks: 7
            case .months: 31
            }
        }
    }

    public var count: Int
    public var unit: Unit

    public init(_ count: Int, _ unit: Unit) {
        self.count = count
        self.unit = unit
    }

    public var timeAllowed: TimeAllowed {
        switch unit {
        case .workingDays: .workingDays(count)
        case .weeks: .weeks(count)
        case .months: .months(count)
        }
    }

    public var description: String { timeAllowed.description }

    func problem(longest: Int) -> String? {
        if count < 1 { return "must be at least 1 \(unit == .workingDays ? "working day" : String(unit.label.dropLast()))" }
        let span = unit == .workingDays ? count * 7 / 5 : count * unit.approximateDays
        if span > longest { return "\(self) is longer than any sane interval for this rule (at most about \(longest) days)" }
        return nil
    }
}

/// The council settings that give a local rule its value.
public enum LocalSetting: String, CaseIterable, Sendable {
    case contactDecision = "contact_decision"
    case childProtectionVisitInterval = "cp_visit_interval"
    case childInNeedVisitInterval = "cin_visit_interval"
    case childInNeedPlanReviewInterval = "cin_plan_review_interval"
    case coreGroupInterval = "core_group_interval"
    case personalEducationPlanReviewInterval = "pep_review_interval"
    case supervisionInterval = "supervision_interval"
    case newlyQualifiedSupervisionInterval = "nq_supervision_interval"

    var keyPath: WritableKeyPath<CouncilSettings, LocalInterval> {
        switch self {
        case .contactDecision: \.contactDecision
        case .childProtectionVisitInterval: \.childProtectionVisitInterval
        case .childInNeedVisitInterval: \.childInNeedVisitInterval
        case .childInNeedPlanReviewInterval: \.childInNeedPlanReviewInterval
        case .coreGroupInterval: \.coreGroupInterval
        case .personalEducationPlanReviewInterval: \.personalEducationPlanReviewInterval
        case .supervisionInterval: \.supervisionInterval
        case .newlyQualifiedSupervisionInterval: \.newlyQualifiedSupervisionInterval
        }
    }

    public func interval(in settings: CouncilSettings) -> LocalInterval { settings[keyPath: keyPath] }

    public func set(_ interval: LocalInterval, in settings: inout CouncilSettings) { settings[keyPath: keyPath] = interval }

    public var label: String {
        switch self {
        case .contactDecision: "Decision on a contact"
        case .childProtectionVisitInterval: "Child protection visits"
        case .childInNeedVisitInterval: "Child in need visits"
        case .childInNeedPlanReviewInterval: "Child in need plan reviews"
        case .coreGroupInterval: "Core group meetings"
        case .personalEducationPlanReviewInterval: "Personal education plan reviews"
        case .supervisionInterval: "Supervision"
        case .newlyQualifiedSupervisionInterval: "Supervision of newly qualified workers"
        }
    }

    /// The longest interval the setting may have, in days.
    var longest: Int {
        switch self {
        case .contactDecision: 14
        case .childProtectionVisitInterval: 42
        case .childInNeedVisitInterval: 92
        case .childInNeedPlanReviewInterval: 186
        case .coreGroupInterval: 92
        case .personalEducationPlanReviewInterval: 186
        case .supervisionInterval: 92
        case .newlyQualifiedSupervisionInterval: 62
        }
    }
}

extension LocalInterval.Unit: CodeSet {
    public static let title = "Unit"
}

extension WorkingDayCalendar.StartConvention: CodeSet {
    public static let title = "Counting from a weekend or bank holiday"

    public var label: String {
        switch self {
        case .nextWorkingDay: "Count from the next working day (a Saturday referral: 1 working day is Tuesday)"
        case .startDay: "Count from the day itself (a Saturday referral: 1 working day is Monday)"
        }
    }
}

extension CouncilSettings {
    /// The settings form: each local rule's interval as a number and a unit, read like every other form.
    public static let formSpec: RecordSpec = {
        var fields = [FieldSpec("start_convention", "Counting from a weekend or bank holiday", .code(WorkingDayCalendar.StartConvention.list), required: true)]
        for setting in LocalSetting.allCases {
            fields.append(FieldSpec(setting.rawValue, setting.label, .integer(0...1_000), required: true))
            fields.append(FieldSpec(setting.rawValue + "_unit", setting.label + " (unit)", .code(LocalInterval.Unit.list), required: true))
        }
        fields.append(FieldSpec("newly_qualified_caseload_maximum", "Newly qualified caseload limit (children)", .integer(0...1_000),
                                required: true, hint: "A protected caseload: newly qualified workers above this are flagged"))
        return RecordSpec(id: "settings", title: "Council settings", table: "council_settings", fields: fields, dateField: nil,
                          source: "Council policy")
    }()

    public var formValues: FieldValues {
        var v: FieldValues = ["start_convention": .code(startConvention.rawValue),
                              "newly_qualified_caseload_maximum": .integer(newlyQualifiedCaseloadMaximum)]
        for setting in LocalSetting.allCases {
            let interval = setting.interval(in: self)
            v[setting.rawValue] = .integer(interval.count)
            v[setting.rawValue + "_unit"] = .code(interval.unit.rawValue)
        }
        return v
    }

    /// Settings from a form read by `formSpec`, keeping the closure days and school holidays of `base`.
    public init(form v: FieldValues, base: CouncilSettings) {
        self = base
        if let c = v["start_convention"]?.code.flatMap(WorkingDayCalendar.StartConvention.init(rawValue:)) { startConvention = c }
        for setting in LocalSetting.allCases {
            if let n = v[setting.rawValue]?.integer, let unit = v[setting.rawValue + "_unit"]?.code.flatMap(LocalInterval.Unit.init(rawValue:)) {
                setting.set(LocalInterval(n, unit), in: &self)
            }
        }
        if let n = v["newly_qualified_caseload_maximum"]?.integer { newlyQualifiedCaseloadMaximum = n }
    }
}
