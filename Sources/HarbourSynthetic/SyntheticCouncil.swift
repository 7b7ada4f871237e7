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
    case referralAndAssessment, neighbourhood, childrenInCare, leavingCare, independentReviewing
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
    let journeys: Journeys
    let iros: [Int]
    let carriedIn: Int
    let referred: Int
    let contactOnly: Int

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
            // Few IROs for the children in care: caseloads near 100, as Ofsted found in 2014.
            ("Independent Reviewing", "Independent reviewing", .independentReviewing, 1, 6),
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
        func practitioners(_ kind: TeamKind) -> [Int] {
            workers.indices.filter { workers[$0].role == .practitioner && teams[workers[$0].team].kind == kind }.map { $0 + 1 }
        }
        iros = practitioners(.independentReviewing)
        journeys = Journeys(end: parameters.end, windowStart: parameters.windowStart,
                            frontDoor: practitioners(.referralAndAssessment), neighbourhood: practitioners(.neighbourhood),
                            inCare: practitioners(.childrenInCare), leavingCare: practitioners(.leavingCare))

        let span = Double(warmupStart(parameters).days(until: parameters.end)) / 365.25
        let referralsPerYear = Targets.referralsPer10k * Double(Targets.population) / 10_000
        carriedIn = Int((Targets.lookedAfterPer10k * Double(Targets.population) / 10_000 * 0.9 * parameters.scale).rounded())
        referred = Int((referralsPerYear / Journeys.referralsPerChild * parameters.scale * span).rounded())
        contactOnly = Int(((Targets.contactsPerYear - referralsPerYear * Journeys.contactsPerReferral)
            / Journeys.contactsPerContactOnlyChild * parameters.scale * span).rounded())
    }

    /// How many children the council has, before duplicates made as defects.
    public var childCount: Int { carriedIn + referred + contactOnly }

    /// The children numbered `range` (from 0), each with its records; a child given a
    /// duplicate record as a defect is followed by the duplicate.
    public func children(_ range: Range<Int>) -> [SyntheticChild] {
        let p = parameters
        let start = warmupStart(p)
        let days = start.days(until: p.end)
        var journeys = self.journeys
        var out = [SyntheticChild]()
        out.reserveCapacity(range.count + 8)
        for index in range {
            // Each child has its own generator, so any range can be made on its own.
            // The mixer's first output scatters the streams: neighbouring children must not share draws.
            var mixer = SeededRandom(seed: p.seed &* 0x2545_F491_4F6C_DD1D ^ UInt64(index) &* 0xD1B5_4A32_D192_ED03)
            var rng = SeededRandom(seed: mixer.next())
            let practiceSeed = mixer.next()
            journeys.moves = SeededRandom(seed: mixer.next())
            var child: SyntheticChild
            if index < carriedIn {
                child = journeys.carriedInLookedAfter(start: start, rng: &rng)
            } else if index < carriedIn + referred {
                child = journeys.referredChild(firstReferral: start.adding(days: rng.int(0...(days - 1))), rng: &rng)
            } else {
                child = journeys.contactOnlyChild(first: start.adding(days: rng.int(0...(days - 1))), rng: &rng)
            }
            var practice = SeededRandom(seed: practiceSeed)
            PracticeRecords.add(to: &child, end: p.end, iros: iros, rng: &practice)
            journeys.keepCaseWithCareTeam(&child)
            Journeys.recordWorkerChanges(&child)
            child.values["la_child_id"] = .text(String(format: "C%07d", index + 1))
            let duplicate = Defects.apply(&child, rate: p.defects, rng: &rng)
            out.append(child)
            if var copy = duplicate {
                copy.values["la_child_id"] = .text(String(format: "D%07d", index + 1))
                out.append(copy)
            }
        }
        return out
    }

    /// Hands every child to `sink` in order.
    public func generate(_ sink: (SyntheticChild) throws -> Void) rethrows {
        var index = 0
        while index < childCount {
            let upper = min(childCount, index + 1_000)
            for child in children(index..<upper) { try sink(child) }
            index = upper
        }
    }
}

/// The record begins a year before the window, so the first year already has children in
/// the middle of their journeys.
func warmupStart(_ p: SyntheticParameters) -> Day { p.windowStart.adding(days: -365) }

/// A supervision session in the synthetic council: worker and supervisor are indexes into
/// `SyntheticCouncil.workers` (from 1), as allocations carry them.
public struct SyntheticSupervision: Sendable, Hashable {
    public let worker: Int
    public let supervisor: Int
    public let date: Day
    public let reflective: Bool
}

extension SyntheticCouncil {
    /// A year of supervision for every practitioner, from their team manager: about every four
    /// weeks (two for the newly qualified), often late, and reflective a little over half the
    /// time, as Ofsted found in 2014.
    public func supervisions() -> [SyntheticSupervision] {
        var rng = SeededRandom(seed: parameters.seed ^ 0x5_0BE5)
        var out = [SyntheticSupervision]()
        for (index, worker) in workers.enumerated() where worker.role == .practitioner {
            guard let manager = workers.firstIndex(where: { $0.team == worker.team && $0.role == .manager }) else { continue }
            let every = worker.newlyQualified ? 14 : 28
            var day = parameters.end.adding(days: -365 + rng.int(0...every))
            while day <= parameters.end {
                out.append(SyntheticSupervision(worker: index + 1, supervisor: manager + 1, date: day, reflective: rng.chance(0.55)))
                day = day.adding(days: rng.chance(0.7) ? rng.int((every - 7)...every) : rng.int((every + 1)...(every * 2 + 7)))
            }
        }
        return out
    }
}
