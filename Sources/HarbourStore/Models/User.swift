import Fluent
import Foundation
import HarbourCore

/// A person who signs in to Harbour. Practitioners and managers are also the workers children
/// are allocated to.
public final class User: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(custom: "id", generatedBy: .database) public var id: Int?
    @Field(key: "username") public var username: String
    @Field(key: "display_name") public var displayName: String
    @Field(key: "role") public var roleCode: String
    @Field(key: "password_hash") public var passwordHash: String
    @OptionalField(key: "team_id") public var teamID: Int?
    @Field(key: "newly_qualified") public var newlyQualified: Bool
    @Field(key: "active") public var active: Bool

    public init() {}

    public init(username: String, displayName: String, role: Role, passwordHash: String, teamID: Int?,
                newlyQualified: Bool = false) {
        self.username = username
        self.displayName = displayName
        self.roleCode = role.rawValue
        self.passwordHash = passwordHash
        self.teamID = teamID
        self.newlyQualified = newlyQualified
        self.active = true
    }

    public var role: Role { Role(rawValue: roleCode) ?? .practitioner }
}

/// An API token: only its SHA-256 is stored; the token itself is shown once when made.
public final class APIToken: Model, @unchecked Sendable {
    public static let schema = "api_tokens"

    @ID(custom: "id", generatedBy: .database) public var id: Int?
    @Field(key: "token_hash") public var tokenHash: String
    @Field(key: "user_id") public var userID: Int
    @Field(key: "label") public var label: String
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    public init(tokenHash: String, userID: Int, label: String, createdAt: Date) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.label = label
        self.createdAt = createdAt
    }
}
