import Foundation
import HarbourCore

/// The parameters of a synthetic council. The same parameters always give the same council.
public struct SyntheticParameters: Sendable, Hashable {
    public var seed: UInt64
    public var scale: Double
    public var years: Int
    public var end: Day
    /// Fraction of children given a data-quality defect (missing UPN, wrong check letter,
    /// duplicate record, missing ethnicity, dates out of order).
    public var defects: Double

    public init(seed: UInt64 = 1, scale: Double = 1, years: Int = 5, end: Day, defects: Double = 0) {
        self.seed = seed
        self.scale = scale
        self.years = years
        self.end = end
        self.defects = defects
    }

    /// Why these parameters cannot make a council, naming the option.
    public var problem: String? {
        if !(scale > 0) || scale > 200 || !scale.isFinite { return "--scale must be more than 0 and at most 200" }
        if years < 1 || years > 20 { return "--years must be from 1 to 20" }
        if !(0...0.5).contains(defects) { return "--defects must be from 0 to 0.5" }
        if end.year < 2005 || end.year > 2100 { return "--end must be a date between 2005 and 2100" }
        return nil
    }

    public var windowStart: Day { Day(year: end.year - years, month: end.month, day: min(end.day, 28))!.adding(days: 1) }
}

public struct SyntheticTeam: Sendable, Hashable {
    public let name: String
    public let service: String
    public let kind: TeamKind
}

public enum TeamKind: String, Sendable, Hashable {
    case referralAndAssessment, neighbourhood, childrenInCare, leavingCare
}

public struct SyntheticWorker: Sendable, Hashable {
    public let username: String
    public let displayName: String
    public let role: Role
    public let team: Int
    public let newlyQualified: Bool
}

/// A child and everything recorded about them. Allocations carry the worker's index in
/// `SyntheticCouncil.workers` (from 1) as `worker_id`; the writer maps it to the stored user.
public struct SyntheticChild: Sendable {
    public var values: FieldValues
    public var events: [(kind: EventKind, values: FieldValues)]
}

public struct SyntheticCouncil: Sendable {
    public let parameters: SyntheticParameters
    public let teams: [SyntheticTeam]
    public let workers: [SyntheticWorker]

    public init(_ parameters: SyntheticParameters) {
        self.parameters = parameters
        var teams = [SyntheticTeam]()
        var workers = [SyntheticWorker]()
        var rng = SeededRandom(seed: parameters.seed ^ 0x7EA7)
        let plan: [(String, String, TeamKind, Int, Int)] = [
            ("Referral and Assessment", "Front door", .referralAndAssessment, 2, 12),
            ("Neighbourhood", "Child in need and protection", .neighbourhood, 4, 10),
            ("Children in Care", "Looked after children", .childrenInCare, 2, 12),
            ("Leaving Care", "Care leavers", .leavingCare, 1, 14),
        ]
        for (name, service, kind, count, size) in plan {
            let n = max(1, Int((Double(count) * parameters.scale).rounded()))
            for t in 0..<n {
                teams.append(SyntheticTeam(name: n == 1 ? name : "\(name) \(t + 1)", service: service, kind: kind))
                let team = teams.count - 1
                workers.append(SyntheticWorker(username: "tm\(team + 1)", displayName: Names.person(&rng) + " (manager)",
                                               role: .manager, team: team, newlyQualified: false))
                for _ in 0..<size {
                    let number = workers.count + 1
                    workers.append(SyntheticWorker(username: "sw\(number)", displayName: Names.person(&rng), role: .practitioner,
                                                   team: team, newlyQualified: rng.chance(0.15)))
                }
            }
        }
        self.teams = teams
        self.workers = workers
    }

    /// Worker numbers (from 1) of the practitioners in teams of a kind.
    func practitioners(_ kind: TeamKind) -> [Int] {
        workers.indices.filter { workers[$0].role == .practitioner && teams[workers[$0].team].kind == kind }.map { $0 + 1 }
    }

    /// Hands each child to `sink` in turn, in a fixed order.
    public func generate(_ sink: (SyntheticChild) throws -> Void) rethrows {
        let p = parameters
        var master = SeededRandom(seed: p.seed)
        var journeys = Journeys(council: self)
        let warmupStart = p.windowStart.adding(days: -365)
        let span = warmupStart.days(until: p.end)
        var sequence = 0
        func emit(_ child: inout SyntheticChild, _ rng: inout SeededRandom) throws {
            sequence += 1
            child.values["la_child_id"] = .text(String(format: "C%07d", sequence))
            let duplicate = Defects.apply(&child, rate: p.defects, rng: &rng)
            try sink(child)
            if var copy = duplicate {
                sequence += 1
                copy.values["la_child_id"] = .text(String(format: "C%07d", sequence))
                try sink(copy)
            }
        }

        // Children already looked after, or already leaving care, when the record begins.
        let carriedIn = Int((Targets.lookedAfterPer10k * Double(Targets.population) / 10_000 * 0.9 * p.scale).rounded())
        for _ in 0..<carriedIn {
            var rng = master.split()
            var child = journeys.carriedInLookedAfter(start: warmupStart, rng: &rng)
            try emit(&child, &rng)
        }
        // Children referred: new children each year, some referred again.
        let newChildrenPerYear = Targets.referralsPer10k * Double(Targets.population) / 10_000 / Journeys.referralsPerChild * p.scale
        let referred = Int((newChildrenPerYear * Double(span) / 365.25).rounded())
        for _ in 0..<referred {
            var rng = master.split()
            let first = warmupStart.adding(days: rng.int(0...(span - 1)))
            var child = journeys.referredChild(firstReferral: first, rng: &rng)
            try emit(&child, &rng)
        }
        // Children known only through contacts that were not referred.
        let contactOnlyPerYear = (Targets.contactsPerYear - Targets.referralsPer10k * Double(Targets.population) / 10_000 * Journeys.contactsPerReferral)
            / Journeys.contactsPerContactOnlyChild * p.scale
        let contactOnly = Int((contactOnlyPerYear * Double(span) / 365.25).rounded())
        for _ in 0..<contactOnly {
            var rng = master.split()
            let first = warmupStart.adding(days: rng.int(0...(span - 1)))
            var child = journeys.contactOnlyChild(first: first, rng: &rng)
            try emit(&child, &rng)
        }
    }
}
