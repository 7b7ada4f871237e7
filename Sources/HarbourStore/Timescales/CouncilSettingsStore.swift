import Foundation
import HarbourCore
import SQLKit

/// The council's settings: one JSON document, the latest row wins, so every change is kept.
public struct CouncilSettingsStore: Sendable {
    static let table = "council_settings"
    let sql: any SQLDatabase

    public init(sql: any SQLDatabase) {
        self.sql = sql
    }

    public func load() async throws -> CouncilSettings {
        guard let row = try await sql.select().column("settings_json").from(Self.table)
            .orderBy("id", .descending).limit(1).first() else { return CouncilSettings() }
        let json = try row.decode(column: "settings_json", as: String.self)
        return (try? JSONDecoder().decode(CouncilSettings.self, from: Data(json.utf8))) ?? CouncilSettings()
    }

    /// Saves settings that have passed `CouncilSettings.problems`.
    public func save(_ settings: CouncilSettings, by userID: Int, at date: Date = Date()) async throws {
        let problems = settings.problems
        if !problems.isEmpty { throw ValidationFailure(problems) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(settings), as: UTF8.self)
        try await sql.insert(into: Self.table).columns("settings_json", "updated_at", "updated_by")
            .values(SQLBind(json), SQLBind(date), SQLBind(userID)).run()
    }

    /// The rule book for the stored settings.
    public func book() async throws -> RuleBook { RuleBooks.book(for: try await load()) }
}

/// Rule books by settings: building a calendar takes a moment, and settings rarely change.
public enum RuleBooks {
    private final class Cache: @unchecked Sendable {
        let lock = NSLock()
        var latest: (CouncilSettings, RuleBook)?
    }

    private static let cache = Cache()

    public static func book(for settings: CouncilSettings) -> RuleBook {
        cache.lock.lock()
        defer { cache.lock.unlock() }
        if let hit = cache.latest, hit.0 == settings { return hit.1 }
        let book = RuleBook(settings: settings)
        cache.latest = (settings, book)
        return book
    }
}
