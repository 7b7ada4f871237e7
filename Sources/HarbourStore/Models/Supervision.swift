import Fluent
import Foundation
import HarbourCore

/// A supervision session between a worker and their supervisor, with a decision for each child discussed.
public final class Supervision: Model, @unchecked Sendable {
    public static let schema = "supervisions"

    @ID(custom: "id", generatedBy: .database) public var id: Int?
    @Field(key: "worker_id") public var workerID: Int
    @Field(key: "supervisor_id") public var supervisorID: Int
    @Field(key: "supervision_date") public var dateText: String
    @Field(key: "reflective") public var reflective: Bool
    @OptionalField(key: "notes") public var notes: String?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "created_by") public var createdBy: Int

    public init() {}

    public init(workerID: Int, supervisorID: Int, date: Day, reflective: Bool, notes: String?, createdAt: Date, createdBy: Int) {
        self.workerID = workerID
        self.supervisorID = supervisorID
        self.dateText = date.iso
        self.reflective = reflective
        self.notes = notes
        self.createdAt = createdAt
        self.createdBy = createdBy
    }

    public var date: Day? { Day(iso: dateText) }
}

/// The decision made in supervision for one child.
public final class SupervisionDecision: Model, @unchecked Sendable {
    public static let schema = "supervision_decisions"

    @ID(custom: "id", generatedBy: .database) public var id: Int?
    @Field(key: "supervision_id") public var supervisionID: Int
    @Field(key: "child_id") public var childID: Int
    @Field(key: "decision") public var decision: String

    public init() {}

    public init(supervisionID: Int, childID: Int, decision: String) {
        self.supervisionID = supervisionID
        self.childID = childID
        self.decision = decision
    }
}
