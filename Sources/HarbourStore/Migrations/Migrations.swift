import Fluent
import HarbourCore
import SQLKit

/// Every migration, in order. The same list runs on SQLite and PostgreSQL.
public enum HarbourMigrations {
    public static var all: [any Migration] {
        [CreateTeamsAndUsers(), CreateChildren(), CreateJourneyRecords(), CreateAuditTables(), CreateTimescaleTables(),
         IndexOpenDueDates(), CreateIndicatorTables(), CreateIndicatorTallies(), CreateDataQualityTables(), CreateWorkerSpans(), CreateReturnImportRecords()]
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
        for kind in EventKind.allCases where kind.addedInMigration == 3 {
            try await createTable(for: kind, on: database)
        }
    }

    func revert(on database: any Database) async throws {
        for kind in EventKind.allCases.reversed() where kind.addedInMigration == 3 {
            try await database.schema(kind.spec.table).delete()
        }
    }
}

/// A journey record's table, with its columns from the kind's field descriptions.
func createTable(for kind: EventKind, on database: any Database) async throws {
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

/// Due dates, council settings, supervision, team caseload targets, and the record kinds the
/// timescales added (core group meetings, CIN plan reviews).
struct CreateTimescaleTables: AsyncMigration {
    var name: String { "005-timescales" }

    func prepare(on database: any Database) async throws {
        for kind in EventKind.allCases where kind.addedInMigration == 5 {
            try await createTable(for: kind, on: database)
        }
        try await database.schema(DueItemStore.table)
            .field("id", .int, .identifier(auto: true))
            .field("child_id", .int, .required, .references(RecordSpec.child.table, "id"))
            .field("rule_id", .string, .required)
            .field("start_on", .string, .required)
            .field("due_on", .string, .required)
            .field("source_kind", .string, .required)
            .field("source_id", .int, .required)
            .field("closed_by", .string, .required)
            .field("met_on", .string)
            .field("met_id", .int)
            .field("lapsed_on", .string)
            .field("open_until", .string)
            .field("is_open", .bool, .required)
            .create()
        try await database.schema(CouncilSettingsStore.table)
            .field("id", .int, .identifier(auto: true))
            .field("settings_json", .string, .required)
            .field("updated_at", .datetime, .required)
            .field("updated_by", .int, .required)
            .create()
        try await database.schema(Supervision.schema)
            .field("id", .int, .identifier(auto: true))
            .field("worker_id", .int, .required, .references(User.schema, "id"))
            .field("supervisor_id", .int, .required, .references(User.schema, "id"))
            .field("supervision_date", .string, .required)
            .field("reflective", .bool, .required)
            .field("notes", .string)
            .field("created_at", .datetime, .required)
            .field("created_by", .int, .required)
            .create()
        try await database.schema(SupervisionDecision.schema)
            .field("id", .int, .identifier(auto: true))
            .field("supervision_id", .int, .required, .references(Supervision.schema, "id"))
            .field("child_id", .int, .required, .references(RecordSpec.child.table, "id"))
            .field("decision", .string, .required)
            .create()
        try await database.schema(Team.schema).field("caseload_low", .int).update()
        try await database.schema(Team.schema).field("caseload_high", .int).update()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "due_items_child").on(DueItemStore.table).column("child_id").run()
            try await sql.create(index: "due_items_open_due").on(DueItemStore.table).column("is_open").column("due_on").run()
            try await sql.create(index: "allocations_worker").on(RecordSpec.allocation.table).column("worker_id").run()
            try await sql.create(index: "supervisions_worker").on(Supervision.schema).column("worker_id").run()
            try await sql.create(index: "supervision_decisions_child").on(SupervisionDecision.schema).column("child_id").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Team.schema).deleteField("caseload_high").update()
        try await database.schema(Team.schema).deleteField("caseload_low").update()
        try await database.schema(SupervisionDecision.schema).delete()
        try await database.schema(Supervision.schema).delete()
        try await database.schema(CouncilSettingsStore.table).delete()
        try await database.schema(DueItemStore.table).delete()
        for kind in EventKind.allCases.reversed() where kind.addedInMigration == 5 {
            try await database.schema(kind.spec.table).delete()
        }
    }
}

/// Work lists read only open due dates, a few per cent of them: index those alone. A partial
/// index is a fraction of the size, and a rebuild of every due date builds it in a moment.
struct IndexOpenDueDates: AsyncMigration {
    var name: String { "006-open-due-dates-index" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: "due_items_open_due").run()
        try await sql.raw("CREATE INDEX due_items_open ON due_items (due_on) WHERE is_open = TRUE").run()
        try await sql.raw("CREATE INDEX due_items_open_child ON due_items (child_id) WHERE is_open = TRUE").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: "due_items_open").run()
        try await sql.drop(index: "due_items_open_child").run()
        try await sql.create(index: "due_items_open_due").on(DueItemStore.table).column("is_open").column("due_on").run()
    }
}

/// Indicator facts, and the reference data figures are read against: population estimates,
/// edited targets and benchmarks, and analysts' commentary. Edits are added rows, so history is kept.
struct CreateIndicatorTables: AsyncMigration {
    var name: String { "007-indicator-tables" }

    func prepare(on database: any Database) async throws {
        try await database.schema(IndicatorStore.table)
            .field("id", .int, .identifier(auto: true))
            .field("set_id", .string, .required)
            .field("child_id", .int, .required)
            .field("source_kind", .string, .required)
            .field("source_id", .int, .required)
            .field("on_day", .string, .required)
            .field("until_day", .string)
            .field("in_numerator", .bool, .required)
            .field("value", .double)
            .field("category", .string)
            .field("worker_id", .int)
            .create()
        try await database.schema(IndicatorStore.referenceTable)
            .field("id", .int, .identifier(auto: true))
            .field("indicator_id", .string, .required)
            .field("reference_json", .string, .required)
            .field("updated_at", .datetime, .required)
            .field("updated_by", .int, .required)
            .create()
        try await database.schema(IndicatorStore.populationTable)
            .field("id", .int, .identifier(auto: true))
            .field("year", .int, .required)
            .field("children", .int, .required)
            .field("source", .string, .required)
            .field("updated_at", .datetime, .required)
            .field("updated_by", .int, .required)
            .create()
        try await database.schema(IndicatorStore.commentaryTable)
            .field("id", .int, .identifier(auto: true))
            .field("indicator_id", .string, .required)
            .field("month", .string, .required)
            .field("text", .string, .required)
            .field("written_at", .datetime, .required)
            .field("written_by", .int, .required)
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "indicator_facts_set_day").on(IndicatorStore.table).column("set_id").column("on_day").run()
            try await sql.create(index: "indicator_facts_child").on(IndicatorStore.table).column("child_id").run()
        }
    }

    func revert(on database: any Database) async throws {
        for table in [IndicatorStore.commentaryTable, IndicatorStore.populationTable, IndicatorStore.referenceTable, IndicatorStore.table] {
            try await database.schema(table).delete()
        }
    }
}

/// Council-wide tallies of the indicator facts by set, month or day, and category, kept with the facts,
/// so the council's dashboard reads thousands of rows, not every fact; and the facts indexed by
/// worker for a team's. Built from the facts already stored.
struct CreateIndicatorTallies: AsyncMigration {
    var name: String { "008-indicator-tallies" }

    func prepare(on database: any Database) async throws {
        try await database.schema(IndicatorStore.talliesTable)
            .field("set_id", .string, .required)
            // A month ("2014-03") for event sets, a day ("2014-03-31") for span sets.
            .field("bucket", .string, .required)
            .field("category", .string, .required)
            .field("facts", .int, .required)
            .field("numerator", .int, .required)
            .field("value_sum", .double, .required)
            .field("valued", .int, .required)
            .unique(on: "set_id", "bucket", "category")
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "indicator_facts_worker").on(IndicatorStore.table).column("worker_id").column("set_id").column("on_day").run()
            try await IndicatorStore.rebuildCouncilTallies(on: sql)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(IndicatorStore.talliesTable).delete()
        if let sql = database as? any SQLDatabase {
            try await sql.drop(index: "indicator_facts_worker").run()
        }
    }
}

/// The DfE's validation run on the council's records: each check's counts by rule and team,
/// kept for the trend, and the latest check's findings for each return and year.
struct CreateDataQualityTables: AsyncMigration {
    var name: String { "009-data-quality" }

    func prepare(on database: any Database) async throws {
        try await database.schema(DataQualityStore.runsTable)
            .field("id", .int, .identifier(auto: true))
            .field("return_kind", .string, .required)
            .field("collection_year", .int, .required)
            .field("checked_at", .datetime, .required)
            .field("children", .int, .required)
            .field("errors", .int, .required)
            .field("queries", .int, .required)
            .field("seconds", .double, .required)
            .field("checked_by", .int)
            .create()
        try await database.schema(DataQualityStore.countsTable)
            .field("run_id", .int, .required)
            .field("rule", .string, .required)
            .field("severity", .string, .required)
            .field("message", .string, .required)
            .field("team_id", .int)
            .field("count", .int, .required)
            .create()
        try await database.schema(DataQualityStore.findingsTable)
            .field("id", .int, .identifier(auto: true))
            .field("run_id", .int, .required)
            .field("return_kind", .string, .required)
            .field("collection_year", .int, .required)
            .field("rule", .string, .required)
            .field("severity", .string, .required)
            .field("message", .string, .required)
            .field("child_id", .int)
            .field("la_child_id", .string, .required)
            .field("team_id", .int)
            .field("table_name", .string, .required)
            .field("fields", .string, .required)
            .field("location", .string, .required)
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "data_quality_counts_run").on(DataQualityStore.countsTable).column("run_id").run()
            try await sql.create(index: "data_quality_findings_return").on(DataQualityStore.findingsTable)
                .column("return_kind").column("collection_year").column("rule").run()
        }
    }

    func revert(on database: any Database) async throws {
        for table in [DataQualityStore.findingsTable, DataQualityStore.countsTable, DataQualityStore.runsTable] {
            try await database.schema(table).delete()
        }
    }
}

/// Each worker's days holding cases, their caseload spans merged, so the council's count of
/// workers holding cases reads a few rows a worker. Built from the facts already stored.
struct CreateWorkerSpans: AsyncMigration {
    var name: String { "010-indicator-worker-spans" }

    func prepare(on database: any Database) async throws {
        try await database.schema(IndicatorStore.workerSpansTable)
            .field("set_id", .string, .required)
            .field("worker_id", .int, .required)
            .field("on_day", .string, .required)
            .field("until_day", .string)
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "indicator_worker_spans_worker").on(IndicatorStore.workerSpansTable).column("set_id").column("worker_id").run()
            try await IndicatorStore.rebuildWorkerSpans(on: sql)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(IndicatorStore.workerSpansTable).delete()
    }
}
