import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit
import NIOConcurrencyHelpers
import Vapor

/// Where Harbour keeps its data: a SQLite file under the data folder, or PostgreSQL when
/// `DATABASE_URL` names it. The same migrations run on both.
public enum StoreConfiguration {
    public enum Problem: Error, CustomStringConvertible {
        case dataFolder(String, String)
        case databaseURL(String)
        public var description: String {
            switch self {
            case .dataFolder(let path, let reason): "The data folder \(path) cannot be used: \(reason)"
            case .databaseURL(let reason): "DATABASE_URL is not a usable PostgreSQL address: \(reason)"
            }
        }
    }

    public static func use(on app: Application, databaseURL: String?, dataDirectory: String) throws {
        if let url = databaseURL, !url.isEmpty {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw Problem.databaseURL("it must start with postgres://")
            }
            do {
                app.databases.use(try .postgres(url: url), as: .psql)
            } catch {
                throw Problem.databaseURL("\(error)")
            }
        } else {
            let fm = FileManager.default
            do {
                try fm.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
            } catch {
                throw Problem.dataFolder(dataDirectory, "it could not be created")
            }
            guard fm.isWritableFile(atPath: dataDirectory) else {
                throw Problem.dataFolder(dataDirectory, "it is not writable")
            }
            let path = (dataDirectory as NSString).appendingPathComponent("harbour.sqlite")
            app.databases.use(.sqlite(.file(path)), as: .sqlite)
        }
        for migration in HarbourMigrations.all { app.migrations.add(migration) }
        app.migrations.add(SessionRecord.migration)
    }

    /// Applies migrations and, on SQLite, turns on write-ahead logging so readers never wait for a writer.
    public static func prepare(_ app: Application) async throws {
        if let sql = app.db as? any SQLDatabase, sql.dialect.name == "sqlite" {
            try await sql.raw("PRAGMA journal_mode=WAL").run()
            try await sql.raw("PRAGMA synchronous=NORMAL").run()
        }
        try await app.autoMigrate()
    }
}

/// Settings SQLite keeps per connection, applied once to each pooled connection when it first
/// serves a request: a page cache large enough for the work lists' indexes, memory-mapped reads
/// (no system call per page), and the write-ahead log's normal synchronous mode.
public enum SQLiteConnectionSettings {
    static let pragmas = ["PRAGMA cache_size = -32768", "PRAGMA mmap_size = 268435456", "PRAGMA synchronous = NORMAL",
                          "PRAGMA temp_store = MEMORY", "PRAGMA busy_timeout = 5000"]
    private static let applied = NIOLockedValueBox(Set<ObjectIdentifier>())

    public static func apply(to database: any Database) async throws {
        guard let sqlite = database as? any SQLiteDatabase else { return }
        try await sqlite.withConnection { connection in
            let fresh = applied.withLockedValue { $0.insert(ObjectIdentifier(connection)).inserted }
            if fresh {
                for pragma in pragmas { try await connection.query(pragma, []) { _ in } }
            }
        }
    }
}
