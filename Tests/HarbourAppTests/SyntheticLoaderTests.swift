import Fluent
import Foundation
import HarbourCore
@testable import HarbourStore
import HarbourSynthetic
import SQLKit
import Testing
import Vapor
import VaporTesting

extension AppTests {
@Suite("Synthetic council in the store")
struct SyntheticLoaderTests {
    static let parameters = SyntheticParameters(seed: 3, scale: 0.02, years: 2, end: Day(iso: "2015-03-31")!)

    /// The store's export: every child and record as JSON lines.
    static func export(_ app: Application) async throws -> String {
        var text = ""
        _ = try await RecordExport(sql: app.db as! any SQLDatabase).write { text += $0 }
        return text
    }

    @Test("The council is written whole, refused over existing data, and the same seed gives a byte-identical export on either database",
          arguments: TestDatabase.available)
    func load(_ database: TestDatabase) async throws {
        let council = SyntheticCouncil(Self.parameters)
        var expectedRecords = 0
        council.generate { expectedRecords += $0.events.count }
        var firstDump = ""
        try await withHarbour(database) { app in
            let loader = SyntheticLoader(database: app.db, bcryptCost: 4)
            await #expect(throws: SyntheticLoader.Problem.self) {
                _ = try await loader.load(council, replace: false) { _ in }
            }
            let summary = try await loader.load(council, replace: true) { _ in }
            #expect(summary.children == council.childCount)
            #expect(summary.records == expectedRecords)
            #expect(try await loader.childCount() == council.childCount)
            firstDump = try await Self.export(app)

            // The worker can sign in, find a generated child, and the store still takes new children.
            var visitor = Visitor(app)
            try await visitor.signIn("worker")
            let page = try await visitor.send(.GET, "/children?q=C0000001")
            #expect(page.body.string.contains("1 child found"))
            let store = RecordStore(database: app.db)
            let id = try await store.addChild(["la_child_id": .text("NEWONE"), "first_name": .text("Ivy"), "last_name": .text("Newton"),
                                               "date_of_birth": .day(Day(iso: "2014-01-01")!), "sex": .code("F"),
                                               "ethnicity": .code("WBRI")], by: 1)
            #expect(id == council.childCount + 1)
        }
        #expect(firstDump.split(separator: "\n").count == council.childCount + expectedRecords)
        try await withHarbour(.sqlite) { app in
            _ = try await SyntheticLoader(database: app.db, bcryptCost: 4).load(council, replace: true) { _ in }
            let again = try await Self.export(app)
            #expect(again.utf8.count == firstDump.utf8.count)
            #expect(again == firstDump)
        }
    }

    @Test("The load drops the secondary indexes and builds each again exactly as the migrations defined it",
          arguments: TestDatabase.available)
    func indexesRebuilt(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            let sql = app.db as! any SQLDatabase
            let tables = [RecordSpec.child.table, DueItemStore.table] + EventKind.allCases.map(\.spec.table)
            func definitions() async throws -> [String: String] {
                Dictionary(uniqueKeysWithValues: try await Bulk.indexes(on: tables, in: sql).map { ($0.name, $0.definition) })
            }
            let before = try await definitions()
            #expect(before["due_items_open"]?.contains("WHERE") == true, "the open due dates' index is partial")
            #expect(before.count > 40)
            _ = try await SyntheticLoader(database: app.db, bcryptCost: 4)
                .load(SyntheticCouncil(SyntheticParameters(seed: 5, scale: 0.005, years: 1, end: Day(iso: "2015-03-31")!)), replace: true) { _ in }
            #expect(try await definitions() == before)
        }
    }

    @Test("Literal bulk writes read back exactly: quotes, backslashes, accents, flags, moments and nulls",
          arguments: TestDatabase.available)
    func literals(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            let sql = app.db as! any SQLDatabase
            let at = Date(timeIntervalSince1970: 1_795_444_673.25)
            let name = "O'Brien-Zoë \\ \"Jo\" ' ; DROP TABLE children; --"
            let values: FieldValues = ["la_child_id": .text("LIT0001"), "first_name": .text("Siân"), "last_name": .text(name),
                                       "date_of_birth": .day(Day(iso: "2012-02-29")!), "sex": .code("F"), "ethnicity": .code("WBRI"),
                                       "is_mother": .bool(true), "disabilities": .codes(["HAND", "VIS"])]
            let row: [Bulk.Literal] = [.integer(900_001)] + RecordSpec.child.fields.map { StoredValues.literal($0, values[$0.name]) }
                + [.moment(at), .integer(1), .moment(at), .integer(1)]
            let columns = ["id"] + RecordSpec.child.fields.map(\.name) + ["created_at", "created_by", "updated_at", "updated_by"]
            try await Bulk.insert(into: RecordSpec.child.table, columns: columns, literals: [row], on: sql)
            let child = try #require(try await RecordStore(database: app.db).child(900_001))
            for field in RecordSpec.child.fields {
                #expect(child.values[field.name] == values[field.name], "\(field.name)")
            }
            let stored = try #require(try await sql.select().column("created_at").from(RecordSpec.child.table)
                .where("id", .equal, 900_001).first()?.decode(column: "created_at", as: Date.self))
            #expect(abs(stored.timeIntervalSince(at)) < 0.001)
        }
    }
}
}
