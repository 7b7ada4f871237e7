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
}
