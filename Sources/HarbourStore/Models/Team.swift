import Fluent
import HarbourCore

/// A team of workers: referral and assessment, a neighbourhood team, children in care, leaving care, IROs.
public final class Team: Model, @unchecked Sendable {
    public static let schema = "teams"

    @ID(custom: "id", generatedBy: .database) public var id: Int?
    @Field(key: "name") public var name: String
    @Field(key: "service") public var service: String
    /// The team's caseload target range, in children per worker.
    @OptionalField(key: "caseload_low") public var caseloadLow: Int?
    @OptionalField(key: "caseload_high") public var caseloadHigh: Int?

    public init() {}

    public init(name: String, service: String, caseloadTarget: ClosedRange<Int>? = nil) {
        self.name = name
        self.service = service
        self.caseloadLow = caseloadTarget?.lowerBound
        self.caseloadHigh = caseloadTarget?.upperBound
    }

    public var caseloadTarget: ClosedRange<Int>? {
        guard let low = caseloadLow, let high = caseloadHigh, low <= high else { return nil }
        return low...high
    }

    /// The targets the council's papers give for each service: 20-25 in referral and
    /// assessment, 20-22 in neighbourhood teams, 50-70 for IROs (IRO Handbook), 25 for a
    /// personal adviser; children in care teams are held to the neighbourhood range.
    public static func defaultCaseloadTarget(service: String) -> ClosedRange<Int>? {
        switch service {
        case "Front door": 20...25
        case "Child in need and protection", "Looked after children": 20...22
        case "Care leavers": 20...25
        case "Independent reviewing": 50...70
        default: nil
        }
    }
}
