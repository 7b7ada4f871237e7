import Fluent
import Foundation

/// One line of the access log: who looked at, searched for or exported what, and when.
/// Councils must be able to answer "who has viewed this child's record" (nfr.md, subject access).
public final class AccessLogEntry: Model, @unchecked Sendable {
    public static let schema = "access_log"

    public enum Action: String, Sendable {
        case viewChild = "view-child"
        case viewChronology = "view-chronology"
        case viewRecord = "view-record"
        case search
        case export
        case apiRead = "api-read"
        case apiList = "api-list"
        /// A CIN census or SSDA903 import, or its dry run: counts only.
        case importReturns = "import-returns"
    }

    @ID(custom: "id", generatedBy: .database) public var id: Int?
    @Field(key: "at") public var at: Date
    @Field(key: "user_id") public var userID: Int
    @Field(key: "username") public var username: String
    @OptionalField(key: "child_id") public var childID: Int?
    @Field(key: "action") public var action: String
    @Field(key: "detail") public var detail: String

    public init() {}

    public init(at: Date, userID: Int, username: String, childID: Int?, action: Action, detail: String) {
        self.at = at
        self.userID = userID
        self.username = username
        self.childID = childID
        self.action = action.rawValue
        self.detail = detail
    }
}

/// Every write to a child's record, with the values written, so a correction never loses
/// what was there before.
public final class RecordChange: Model, @unchecked Sendable {
    public static let schema = "record_changes"

    @ID(custom: "id", generatedBy: .database) public var id: Int?
    @Field(key: "at") public var at: Date
    @Field(key: "user_id") public var userID: Int
    @Field(key: "child_id") public var childID: Int
    @Field(key: "record_kind") public var recordKind: String
    @Field(key: "record_id") public var recordID: Int
    @Field(key: "action") public var action: String
    @Field(key: "values_json") public var valuesJSON: String

    public init() {}

    public init(at: Date, userID: Int, childID: Int, recordKind: String, recordID: Int, action: String, valuesJSON: String) {
        self.at = at
        self.userID = userID
        self.childID = childID
        self.recordKind = recordKind
        self.recordID = recordID
        self.action = action
        self.valuesJSON = valuesJSON
    }
}
