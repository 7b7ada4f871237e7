import FluentSQLiteDriver
import Foundation
import SQLKit

/// Reading and writing many rows at once, for the generated council and for rebuilding due
/// dates: many rows to a statement, secondary indexes built once at the end rather than kept up
/// row by row, and SQLite's own rows read without SQLKit's per-value decoding.
enum Bulk {
    static let rowsPerStatement = 400

    /// Inserts rows, as many to a statement as the driver's limit on bound values allows.
    static func insert(into table: String, columns: [String], rows: [[any SQLExpression]], on sql: any SQLDatabase) async throws {
        let perStatement = max(1, min(rowsPerStatement, 30_000 / columns.count))
        var start = 0
        while start < rows.count {
            let builder = sql.insert(into: table).columns(columns)
            for row in rows[start..<min(rows.count, start + perStatement)] { _ = builder.values(row) }
            try await builder.run()
            start += perStatement
        }
    }

    /// The rows of `table` whose `key` is in `keys`, for reading with `StoredValues`.
    static func select(_ columns: [String], from table: String, where key: String, in keys: ClosedRange<Int>,
                       on sql: any SQLDatabase) async throws -> [any StoredColumns] {
        if let sqlite = sql as? any SQLiteDatabase {
            let text = "SELECT " + columns.map { "\"\($0)\"" }.joined(separator: ", ")
                + " FROM \"\(table)\" WHERE \"\(key)\" BETWEEN ?1 AND ?2"
            let binds: [SQLiteData] = [.integer(keys.lowerBound), .integer(keys.upperBound)]
            // The connection's own query hands each row straight over; the database-level one
            // schedules a task on the event loop for every row.
            return try await sqlite.withConnection { connection in
                nonisolated(unsafe) var rows = [SQLiteRow]()
                try await connection.query(text, binds) { rows.append($0) }
                return rows
            }.map(SQLiteColumns.init)
        }
        return try await sql.select().columns(columns).from(table)
            .where(SQLColumn(key), .greaterThanOrEqual, SQLBind(keys.lowerBound)).where(SQLColumn(key), .lessThanOrEqual, SQLBind(keys.upperBound))
            .all().map(SQLKitColumns.init)
    }

    /// A value written into the statement as a literal rather than bound: for hundreds of
    /// thousands of rows, binding each value costs more than the write itself. Text is quoted the
    /// standard SQL way (quotes doubled), which SQLite and PostgreSQL (with its default
    /// `standard_conforming_strings`) both read back exactly; numbers, flags and moments are
    /// written in a form each database parses to the same value Fluent would have bound.
    enum Literal: Sendable, Equatable {
        case integer(Int)
        case number(Double)
        case text(String)
        case flag(Bool)
        case moment(Date)
        case null

        static func text(_ value: String?) -> Literal { value.map { .text($0) } ?? .null }
        static func integer(_ value: Int?) -> Literal { value.map { .integer($0) } ?? .null }

        func write(to sql: inout String, postgres: Bool) {
            switch self {
            case .integer(let n): sql += String(n)
            case .number(let x): sql += x.isFinite ? String(x) : "NULL"
            case .flag(let b): sql += b ? "TRUE" : "FALSE"
            case .null: sql += "NULL"
            case .moment(let date):
                // Fluent keeps a SQLite timestamp as seconds since 1970, and PostgreSQL's as a timestamptz.
                let seconds = String(date.timeIntervalSince1970)
                sql += postgres ? "to_timestamp(\(seconds))" : seconds
            case .text(let t):
                sql += "'"
                sql += t.utf8.contains(UInt8(ascii: "'")) ? t.replacingOccurrences(of: "'", with: "''") : t
                sql += "'"
            }
        }
    }

    /// Inserts rows of literals, `rowsPerStatement` to a statement.
    static func insert(into table: String, columns: [String], literals rows: [[Literal]], on sql: any SQLDatabase) async throws {
        let postgres = sql.dialect.name == "postgresql"
        let head = "INSERT INTO \"\(table)\" (" + columns.map { "\"\($0)\"" }.joined(separator: ", ") + ") VALUES "
        var start = 0
        while start < rows.count {
            var statement = head
            for (i, row) in rows[start..<min(rows.count, start + rowsPerStatement)].enumerated() {
                statement += i == 0 ? "(" : ", ("
                for (j, value) in row.enumerated() {
                    if j > 0 { statement += ", " }
                    value.write(to: &statement, postgres: postgres)
                }
                statement += ")"
            }
            try await sql.raw("\(unsafeRaw: statement)").run()
            start += rowsPerStatement
        }
    }

    /// A secondary index as the store itself defines it, so it can be rebuilt exactly.
    struct Index: Sendable {
        let name: String
        let definition: String
    }

    /// The secondary indexes on `tables` (not primary keys or unique constraints, which guard the data).
    static func indexes(on tables: [String], in sql: any SQLDatabase) async throws -> [Index] {
        guard !tables.isEmpty else { return [] }
        let names = SQLGroupExpression(tables.map { SQLBind($0) })
        let rows: [any SQLRow]
        if sql.dialect.name == "sqlite" {
            rows = try await sql.raw("""
                SELECT name, sql AS definition FROM sqlite_master
                WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN \(names)
                """).all()
        } else {
            rows = try await sql.raw("""
                SELECT indexname AS name, indexdef AS definition FROM pg_indexes
                WHERE schemaname = current_schema() AND indexdef NOT LIKE 'CREATE UNIQUE%' AND tablename IN \(names)
                """).all()
        }
        return try rows.map { Index(name: try $0.decode(column: "name", as: String.self),
                                    definition: try $0.decode(column: "definition", as: String.self)) }
    }

    /// Runs `body` with the secondary indexes of `tables` dropped, and builds them again after it,
    /// from their own definitions. Call inside a transaction: if `body` fails, the drop is rolled
    /// back with everything else. On SQLite readers keep their snapshot, indexes and all; on
    /// PostgreSQL dropping an index locks its table, so pass `dropOnPostgreSQL: false` where
    /// people may be reading it.
    static func withoutIndexes<T>(on tables: [String], in sql: any SQLDatabase, dropOnPostgreSQL: Bool,
                                  _ body: () async throws -> T) async throws -> T {
        let sqlite = sql.dialect.name == "sqlite"
        if sqlite {
            // A larger page cache for this connection: a big write otherwise spills pages to the
            // write-ahead log again and again before it commits.
            try await sql.raw("PRAGMA cache_size = -65536").run()
        }
        guard sqlite || dropOnPostgreSQL else { return try await body() }
        let indexes = try await indexes(on: tables, in: sql)
        for index in indexes { try await sql.raw("DROP INDEX \(ident: index.name)").run() }
        let result = try await body()
        if sqlite {
            // Sorting for the index builds may use a second core.
            try await sql.raw("PRAGMA threads = 2").run()
        }
        for index in indexes { try await sql.raw("\(unsafeRaw: index.definition)").run() }
        return result
    }
}
