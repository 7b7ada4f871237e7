import Foundation
import HarbourCore
import SQLKit

/// A child as stored: the id and the fields of `RecordSpec.child`.
public struct ChildRecord: Sendable, Hashable {
    public let id: Int
    public let values: FieldValues

    public var laChildID: String { values["la_child_id"]?.text ?? "" }
    public var firstName: String { values["first_name"]?.text ?? "" }
    public var lastName: String { values["last_name"]?.text ?? "" }
    public var fullName: String { "\(firstName) \(lastName)" }
    public var dateOfBirth: Day? { values["date_of_birth"]?.day }
    public var expectedDateOfBirth: Day? { values["expected_date_of_birth"]?.day }
    public var upn: String? { values["upn"]?.text }
    public var facts: ChildFacts { ChildFacts(values) }

    init(id: Int, values: FieldValues) {
        self.id = id
        self.values = values
    }

    init(row: any SQLRow) throws {
        self.init(id: try row.decode(column: "id", as: Int.self), values: try StoredValues.read(.child, from: row))
    }
}

/// A stored journey record with who wrote it.
public struct StoredEvent: Sendable, Hashable {
    public let childID: Int
    public let event: JourneyEvent
    public let updatedAt: Date
}
