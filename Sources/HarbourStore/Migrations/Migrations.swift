import Fluent
import HarbourCore
import SQLKit

/// Every migration, in order. The same list runs on SQLite and PostgreSQL.
public enum HarbourMigrations {
    public static var all: [any Migration] {
        [CreateTeamsAndUsers(), CreateChildren(), CreateJourneyRecords(), CreateAuditTables()]
    }
}

struct CreateTeamsAndUsers: AsyncMigration {
    var name: String { "001-teams-and-users" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Team.schema)
            .field("id", .int, .identifier(auto: true))
            .field("name", .string, .required)
            .field("service", .string, .required)
            .unique(on: "name")
            .create()
        try await database.schema(User.schema)
            .field("id", .int, .identifier(auto: true))
            .field("username", .string, .required)
            .field("display_name", .string, .required)
            .field("role", .string, .required)
            .field("password_hash", .string, .required)
            .field("team_id", .int, .references(Team.schema, "id"))
            .field("newly_qualified", .bool, .required)
            .field("active", .bool, .required)
            .unique(on: "username")
            .create()
        try await database.schema(APIToken.schema)
            .field("id", .int, .identifier(auto: true))
            .field("token_hash", .string, .required)
            .field("user_id", .int, .required, .references(User.schema, "id"))
            .field("label", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(APIToken.schema).delete()
        try await database.schema(User.schema).delete()
        try await database.schema(Team.schema).delete()
    }
}

/// Columns follow the core's field descriptions, so a field is defined once.
extension SchemaBuilder {
    func fields(of spec: RecordSpec) -> SchemaBuilder {
        var builder = self
        for f in spec.fields {
            let type: DatabaseSchema.DataType = switch f.kind {
            case .yesNo: .bool
            case .integer, .worker: .int
            default: .string
            }
            builder = builder.field(.definition(name: .key(.string(f.name)), dataType: type, constraints: []))
        }
        return builder
            .field("created_at", .datetime, .required)
            .field("created_by", .int, .required)
            .field("updated_at", .datetime, .required)
            .field("updated_by", .int, .required)
    }
}

struct CreateChildren: AsyncMigration {
    var name: String { "002-children" }

    func prepare(on database: any Database) async throws {
        try await database.schema(RecordSpec.child.table)
            .field("id", .int, .identifier(auto: true))
            .fields(of: .child)
            .unique(on: "la_child_id")
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "children_last_name").on("children").column("last_name").run()
            try await sql.create(index: "children_upn").on("children").column("upn").run()
            try await sql.create(index: "children_dob").on("children").column("date_of_birth").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RecordSpec.child.table).delete()
    }
}

struct CreateJourneyRecords: AsyncMigration {
    var name: String { "003-journey-records" }

    func prepare(on database: any Database) async throws {
        for kind in EventKind.allCases {
            let spec = kind.spec
            try await database.schema(spec.table)
                .field("id", .int, .identifier(auto: true))
                .field("child_id", .int, .required, .references(RecordSpec.child.table, "id"))
                .fields(of: spec)
                .create()
            if let sql = database as? any SQLDatabase {
                try await sql.create(index: "\(spec.table)_child").on(spec.table).column("child_id").run()
                if let date = spec.dateField {
                    try await sql.create(index: "\(spec.table)_\(date)").on(spec.table).column(date).run()
                }
            }
        }
    }

    func revert(on database: any Database) async throws {
        for kind in EventKind.allCases.reversed() {
            try await database.schema(kind.spec.table).delete()
        }
    }
}

struct CreateAuditTables: AsyncMigration {
    var name: String { "004-audit" }

    func prepare(on database: any Database) async throws {
        try await database.schema(AccessLogEntry.schema)
            .field("id", .int, .identifier(auto: true))
            .field("at", .datetime, .required)
            .field("user_id", .int, .required)
            .field("username", .string, .required)
            .field("child_id", .int)
            .field("action", .string, .required)
            .field("detail", .string, .required)
            .create()
        try await database.schema(RecordChange.schema)
            .field("id", .int, .identifier(auto: true))
            .field("at", .datetime, .required)
            .field("user_id", .int, .required)
            .field("child_id", .int, .required)
            .field("record_kind", .string, .required)
            .field("record_id", .int, .required)
            .field("action", .string, .required)
            .field("values_json", .string, .required)
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "access_log_child").on(AccessLogEntry.schema).column("child_id").run()
            try await sql.create(index: "record_changes_child").on(RecordChange.schema).column("child_id").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RecordChange.schema).delete()
        try await database.schema(AccessLogEntry.schema).delete()
    }
}
