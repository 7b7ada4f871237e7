import Foundation
import Testing
@testable import HarbourCore
@testable import HarbourSynthetic

@Suite("Synthetic council")
struct SyntheticCouncilTests {
    static let parameters = SyntheticParameters(seed: 1, scale: 1, years: 5, end: Day(iso: "2014-03-31")!)

    @Test("At scale 1, every calibrated figure is within tolerance of calibration.md")
    func calibrated() {
        var calibration = Calibration(Self.parameters)
        SyntheticCouncil(Self.parameters).generate { calibration.observe($0) }
        print(calibration.table())
        print("children \(calibration.children), records \(calibration.events)")
        for figure in calibration.figures {
            #expect(figure.withinTolerance, "\(figure.name): generated \(figure.generated), target \(figure.target)")
        }
    }
}

@Suite("Synthetic journeys keep the journey's rules")
struct SyntheticInvariantTests {
    @Test("Every generated record passes the same checks as a form, and the same seed gives the same council")
    func invariantsAndDeterminism() throws {
        let parameters = SyntheticParameters(seed: 7, scale: 0.05, years: 3, end: Day(iso: "2016-03-31")!)
        var first = [String]()
        var checked = 0
        SyntheticCouncil(parameters).generate { child in
            let facts = ChildFacts(child.values)
            let events = child.events.enumerated().map { JourneyEvent(id: $0.offset + 1, kind: $0.element.kind, values: $0.element.values) }
            for event in events {
                let spec = event.kind.spec
                for check in spec.checks {
                    #expect(check(event.values) == nil, "\(spec.id): \(String(describing: check(event.values)))")
                }
                for field in spec.fields where field.required {
                    #expect(event.values[field.name] != nil, "\(spec.id) is missing \(field.name)")
                }
                let problems = JourneyRules.check(event, child: facts, others: events)
                #expect(problems.isEmpty, "\(spec.id): \(problems)")
                checked += 1
            }
            first.append("\(child.values["la_child_id"]!)|\(child.values["last_name"]!)|\(child.events.count)")
        }
        #expect(checked > 5_000)
        var second = [String]()
        SyntheticCouncil(parameters).generate { child in
            second.append("\(child.values["la_child_id"]!)|\(child.values["last_name"]!)|\(child.events.count)")
        }
        #expect(first == second)
    }

    @Test("Families move: some arrive on another council's plan (transfer-in conferences), some move away (cases transferred out)")
    func moves() {
        let parameters = SyntheticParameters(seed: 7, scale: 0.1, years: 3, end: Day(iso: "2016-03-31")!)
        var transferIns = 0, initials = 0, movedAway = 0, closed = 0
        SyntheticCouncil(parameters).generate { child in
            for (kind, values) in child.events {
                if kind == .conference, values["conference_type"] == .code(ConferenceType.transferIn.rawValue) { transferIns += 1 }
                if kind == .conference, values["conference_type"] == .code(ConferenceType.initial.rawValue) { initials += 1 }
                if kind == .referral, let reason = values["closure_reason"]?.code {
                    closed += 1
                    if reason == ReasonForClosure.transferredToAnotherLA.rawValue { movedAway += 1 }
                }
            }
        }
        // About 4% of children coming onto a plan arrive on one; about 5% of plans end with a move.
        #expect(transferIns > 0 && Double(transferIns) / Double(transferIns + initials) < 0.1)
        #expect(movedAway > 0 && Double(movedAway) / Double(closed) < 0.1)
    }
}
