import Fluent
import HarbourCore

/// A team of workers: referral and assessment, a neighbourhood team, children in care, leaving care, IROs.
public final class Team: Model, @unchecked Sendable {
    public static let schema = "teams"

    @ID(custom: "id", generatedBy: .database) public var id: Int?
    @Field(key: "name") public var name: String
    @Field(key: "service") public var service: String

    public init() {}

    public init(name: String, service: String) {
        self.name = name
        self.service = service
    }
}
