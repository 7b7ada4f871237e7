import Fluent
import Foundation
import HarbourCore
import Vapor

/// Adds sign-ins. Passwords are kept only as bcrypt hashes.
public struct UserAccounts: Sendable {
    public let database: any Database
    public let bcryptCost: Int

    public init(database: any Database, bcryptCost: Int) {
        self.database = database
        self.bcryptCost = bcryptCost
    }

    public static let minimumPasswordLength = 12

    @discardableResult
    public func add(username rawUsername: String, displayName: String, role: Role, password: String, teamID: Int?,
                    newlyQualified: Bool = false) async throws -> User {
        let username = rawUsername.lowercased()
        var errors = [FieldError]()
        if username.isEmpty || !username.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) {
            errors.append(FieldError("username", "Username must contain only lower-case letters, numbers, dots and hyphens"))
        } else if try await User.query(on: database).filter(\.$username == username).first() != nil {
            errors.append(FieldError("username", "Username \(username) is already taken"))
        }
        if displayName.trimmingCharacters(in: .whitespaces).isEmpty {
            errors.append(FieldError("display_name", "Enter the person's full name"))
        }
        if password.count < Self.minimumPasswordLength {
            errors.append(FieldError("password", "Password must be at least \(Self.minimumPasswordLength) characters"))
        }
        if let teamID, try await Team.find(teamID, on: database) == nil {
            errors.append(FieldError("team_id", "Select a team from the list"))
        }
        if !errors.isEmpty { throw ValidationFailure(errors) }
        let user = User(username: username, displayName: displayName, role: role,
                        passwordHash: try Bcrypt.hash(password, cost: bcryptCost), teamID: teamID, newlyQualified: newlyQualified)
        try await user.create(on: database)
        return user
    }
}

/// API tokens: a random secret shown once; only its SHA-256 is stored.
public enum APITokens {
    public static func make() -> (token: String, hash: String) {
        let token = "hbr_" + [UInt8].random(count: 24).map { String(format: "%02x", $0) }.joined()
        return (token, hash(token))
    }

    public static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
