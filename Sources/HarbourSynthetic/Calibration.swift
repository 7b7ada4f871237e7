import Foundation
import HarbourCore

/// Measures a generated council against `Targets`: volumes in the last year of the record,
/// stocks on its last day, and the shape of the child protection and looked-after populations.
public struct Calibration: Sendable {
    public struct Figure: Sendable {
        public let name: String
        public let generated: Double
        public let target: Double
        /// Allowed difference: relative (0.1 = ±10%) for volumes and rates, absolute
        /// percentage points for shares.
        public let tolerance: Double
        public let isShare: Bool
        public var withinTolerance: Bool {
            isShare ? abs(generated - target) <= tolerance : abs(generated - target) <= tolerance * target
        }
    }

    let end: Day
    let yearStart: Day
    let per10k: Double
    let scale: Double
    var contacts = 0, referrals = 0, strategies = 0, section47s = 0, cpOpen = 0, cinOpen = 0, lacOpen = 0
    var startedCare = 0, missing = 0
    var cpCategory = [String: Int](), cpAge = [String: Int](), placements = [String: Int](), leavers = [String: Int]()
    var icpcByYear = [Int: (inTime: Int, all: Int)]()
    var lacVisitGaps = (inTime: 0, all: 0)
    public private(set) var children = 0
    public private(set) var events = 0

    public init(_ parameters: SyntheticParameters) {
        end = parameters.end
        yearStart = parameters.end.adding(days: -364)
        per10k = Double(Targets.population) * parameters.scale / 10_000
        scale = parameters.scale
    }

    func inLastYear(_ d: Day?) -> Bool { d.map { $0 >= yearStart && $0 <= end } ?? false }
    func openAtEnd(_ start: Day?, _ finish: Day?) -> Bool { (start.map { $0 <= end } ?? false) && (finish.map { $0 > end } ?? true) }

    public mutating func observe(_ child: SyntheticChild) {
        children += 1
        events += child.events.count
        let dob = child.values["date_of_birth"]?.day
        var strategyDays = [Day]()
        var inCareAtEnd = false
        var lacVisits = [Day]()
        for (kind, v) in child.events {
            switch kind {
            case .contact: if inLastYear(v["contact_date"]?.day) { contacts += 1 }
            case .referral:
                if inLastYear(v["referral_date"]?.day) { referrals += 1 }
                if openAtEnd(v["referral_date"]?.day, v["closure_date"]?.day) { cinOpen += 1 }
            case .strategyDiscussion:
                if let d = v["discussion_date"]?.day { strategyDays.append(d); if inLastYear(d) { strategies += 1 } }
            case .section47: if inLastYear(v["start_date"]?.day) { section47s += 1 }
            case .conference:
                if v["conference_type"] == .code("initial"), let d = v["conference_date"]?.day,
                   let strategy = strategyDays.filter({ $0 <= d }).max() {
                    guard d <= end else { break }
                    let yearsBefore = d.days(until: end) / 365
                    var tally = icpcByYear[-yearsBefore] ?? (0, 0)
                    tally.all += 1
                    if Journeys.workingDays(strategy, d) <= 15 { tally.inTime += 1 }
                    icpcByYear[-yearsBefore] = tally
                }
            case .childProtectionPlan:
                if openAtEnd(v["start_date"]?.day, v["end_date"]?.day) {
                    cpOpen += 1
                    cpCategory[v["initial_category"]?.code ?? "?", default: 0] += 1
                    let band: String = switch dob?.age(on: end) {
                    case nil: "unborn"
                    case let a? where a < 1: "under 1"
                    case let a? where a < 5: "1-4"
                    case let a? where a < 10: "5-9"
                    case let a? where a < 16: "10-15"
                    default: "16-17"
                    }
                    cpAge[band, default: 0] += 1
                }
            case .periodOfCare:
                if openAtEnd(v["start_date"]?.day, v["end_date"]?.day) { lacOpen += 1; inCareAtEnd = true }
                if inLastYear(v["start_date"]?.day) { startedCare += 1 }
            case .placement:
                if openAtEnd(v["start_date"]?.day, v["end_date"]?.day), let type = v["placement_type"]?.code {
                    let group = switch type {
                    case let t where t.hasPrefix("U"): "foster"
                    case "K1", "K2", "R1": "residential"
                    case "P1": "with parents"
                    default: "other"
                    }
                    placements[group, default: 0] += 1
                }
            case .missingEpisode: if inLastYear(v["start_date"]?.day) { missing += 1 }
            case .visit: if v["visit_type"] == .code("looked-after-statutory"), let d = v["visit_date"]?.day { lacVisits.append(d) }
            default: break
            }
        }
        for (a, b) in zip(lacVisits, lacVisits.dropFirst()) where inLastYear(b) {
            lacVisitGaps.all += 1
            if a.days(until: b) <= 42 { lacVisitGaps.inTime += 1 }
        }
        if let dob, let latest = child.events.filter({ $0.kind == .careLeaver }).last?.values, let status = latest["status"]?.code {
            let age = dob.age(on: end)
            let counts = switch status {
            case "eligible": inCareAtEnd && (16...17).contains(age)
            case "relevant": age < 18 && !inCareAtEnd
            // Under 21, the age to which every care leaver is owed a personal adviser, or under 25 in higher education.
            case "former-relevant": !inCareAtEnd && ((18...20).contains(age) || ((21...24).contains(age) && Journeys.inEducation(latest)))
            case "qualifying": (16...20).contains(age) && !inCareAtEnd
            default: false
            }
            if counts { leavers[status, default: 0] += 1 }
        }
    }

    func share(_ counts: [String: Int], _ key: String) -> Double {
        let total = counts.values.reduce(0, +)
        return total == 0 ? 0 : 100 * Double(counts[key] ?? 0) / Double(total)
    }

    public var figures: [Figure] {
        var f = [
            Figure(name: "Contacts in the last year", generated: Double(contacts), target: Targets.contactsPerYear * scale, tolerance: 0.1, isShare: false),
            Figure(name: "Referrals per 10,000 children", generated: Double(referrals) / per10k, target: Targets.referralsPer10k, tolerance: 0.1, isShare: false),
            Figure(name: "Strategy discussions in the last year", generated: Double(strategies), target: Targets.strategyDiscussionsPerYear * scale, tolerance: 0.1, isShare: false),
            Figure(name: "Section 47 enquiries per 10,000", generated: Double(section47s) / per10k, target: Targets.section47sPer10k, tolerance: 0.1, isShare: false),
            Figure(name: "Child protection plans per 10,000 (last day)", generated: Double(cpOpen) / per10k, target: Targets.cpPlansPer10k, tolerance: 0.1, isShare: false),
            Figure(name: "Children in need per 10,000 (last day)", generated: Double(cinOpen) / per10k, target: Targets.childrenInNeedPer10k, tolerance: 0.1, isShare: false),
            Figure(name: "Looked after per 10,000 (last day)", generated: Double(lacOpen) / per10k, target: Targets.lookedAfterPer10k, tolerance: 0.1, isShare: false),
            Figure(name: "Started to be looked after in the last year", generated: Double(startedCare), target: Targets.startedLookedAfterPerYear * scale, tolerance: 0.1, isShare: false),
            Figure(name: "Missing episodes in the last year", generated: Double(missing), target: Targets.missingEpisodesPerYear * scale, tolerance: 0.1, isShare: false),
        ]
        f += Targets.cpCategory.map { Figure(name: "CP plans, initial category \($0.0) (%)", generated: share(cpCategory, $0.0), target: $0.1 * 100, tolerance: 3, isShare: true) }
        f += Targets.cpAge.map { Figure(name: "CP plans, aged \($0.0) (%)", generated: share(cpAge, $0.0), target: $0.1 * 100, tolerance: 3, isShare: true) }
        f += Targets.placementMix.map { Figure(name: "Placements, \($0.0) (%)", generated: share(placements, $0.0), target: $0.1 * 100, tolerance: 4, isShare: true) }
        let leaverTotal = Double(leavers.values.reduce(0, +))
        f.append(Figure(name: "Care leavers and eligible children (last day)", generated: leaverTotal, target: 371 * scale, tolerance: 0.1, isShare: false))
        f += Targets.careLeavers.map { Figure(name: "Care leavers, \($0.0) (%)", generated: share(leavers, $0.0), target: 100 * $0.1 / 371, tolerance: 5, isShare: true) }
        f.append(Figure(name: "Looked-after visits within 6 weeks, last year (%)",
                        generated: lacVisitGaps.all == 0 ? 0 : 100 * Double(lacVisitGaps.inTime) / Double(lacVisitGaps.all), target: 82, tolerance: 5, isShare: true))
        return f
    }

    /// Initial conferences within 15 working days of the strategy discussion, by year of the record (oldest first).
    public var icpcTimeliness: [(yearsBeforeEnd: Int, percent: Double, conferences: Int)] {
        icpcByYear.keys.sorted().map { k in
            let t = icpcByYear[k]!
            return (-k, t.all == 0 ? 0 : 100 * Double(t.inTime) / Double(t.all), t.all)
        }
    }

    public func table() -> String {
        var lines = ["figure | generated | target | within tolerance", "--- | --- | --- | ---"]
        for f in figures {
            let tol = f.isShare ? "±\(Int(f.tolerance)) points" : "±\(Int(f.tolerance * 100))%"
            lines.append("\(f.name) | \(String(format: "%.1f", f.generated)) | \(String(format: "%.1f", f.target)) (\(tol)) | \(f.withinTolerance ? "yes" : "NO")")
        }
        lines.append("")
        lines.append("Initial conferences within 15 working days of the strategy discussion, by year (ending on the record's last day):")
        for row in icpcTimeliness.reversed() {
            lines.append("  year ending \(row.yearsBeforeEnd == 0 ? "on the last day" : "\(row.yearsBeforeEnd) year(s) before"): \(String(format: "%.0f", row.percent))% of \(row.conferences)")
        }
        return lines.joined(separator: "\n")
    }
}
