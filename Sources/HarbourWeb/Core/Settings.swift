import Vapor

/// How this Harbour runs: where its data is, and how costly password hashing is.
public struct HarbourSettings: Sendable {
    public var dataDirectory: String
    public var databaseURL: String?
    public var bcryptCost: Int
    /// Send the session cookie only over HTTPS (on behind a TLS proxy; off on a laptop).
    public var secureCookies: Bool

    public init(dataDirectory: String = "harbour-data", databaseURL: String? = nil, bcryptCost: Int = 12,
                secureCookies: Bool = false) {
        self.dataDirectory = dataDirectory
        self.databaseURL = databaseURL
        self.bcryptCost = bcryptCost
        self.secureCookies = secureCookies
    }

    /// Settings from the environment: `DATABASE_URL`, `HARBOUR_DATA`, `HARBOUR_SECURE_COOKIES`.
    public static func fromEnvironment(dataDirectory: String? = nil) -> HarbourSettings {
        let env = ProcessInfo.processInfo.environment
        return HarbourSettings(dataDirectory: dataDirectory ?? env["HARBOUR_DATA"] ?? "harbour-data",
                               databaseURL: env["DATABASE_URL"],
                               secureCookies: env["HARBOUR_SECURE_COOKIES"] == "1")
    }
}

struct SettingsKey: StorageKey { typealias Value = HarbourSettings }

extension Application {
    public var harbourSettings: HarbourSettings {
        get { storage[SettingsKey.self] ?? HarbourSettings() }
        set { storage[SettingsKey.self] = newValue }
    }
}
