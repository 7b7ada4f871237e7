import Fluent
import HarbourCore
import SQLKit

/// Which records came from an imported return (the CIN census or the SSDA903, and its year), so
/// importing the same return again replaces them and leaves alone what was entered in Harbour.
struct CreateReturnImportRecords: AsyncMigration {
    var name: String { "011-return-import-records" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ReturnImportStore.table)
            .field("id", .int, .identifier(auto: true))
            .field("child_id", .int, .required, .references(RecordSpec.child.table, "id"))
            .field("record_kind", .string, .required)
            .field("record_id", .int, .required)
            .field("return_name", .string, .required)
            .field("collection_year", .int, .required)
            .field("source", .string, .required)
            .field("imported_at", .datetime, .required)
            .unique(on: "record_kind", "record_id")
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "return_import_records_child").on(ReturnImportStore.table).column("child_id").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReturnImportStore.table).delete()
    }
}
