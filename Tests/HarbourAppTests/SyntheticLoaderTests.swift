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

    /// Every stored row of the journey, without the time it was written, in a fixed order.
    static func dump(_ app: Application) async throws -> [String] {
        let sql = app.db as! any SQLDatabase
        var lines = [String]()
        for spec in [RecordSpec.child] + EventKind.allCases.map(\.spec) {
            let rows = try await sql.select().column("*").from(spec.table).orderBy(spec.id == "child" ? "id" : "child_id")
                .orderBy("id").all()
            for row in rows {
                let values = try StoredValues.read(spec, from: row)
                lines.append(spec.id + "|" + spec.fields.map { values[$0.name].map { "\($0)" } ?? "" }.joined(separator: "|"))
            }
        }
        return lines
    }

    @Test("The council is written whole, refused over existing data, and the same seed gives the same store",
          arguments: TestDatabase.available)
    func load(_ database: TestDatabase) async throws {
        let council = SyntheticCouncil(Self.parameters)
        var expectedRecords = 0
        council.generate { expectedRecords += $0.events.count }
        var firstDump = [String]()
        try await withHarbour(database) { app in
            let loader = SyntheticLoader(database: app.db, bcryptCost: 4)
            await #expect(throws: SyntheticLoader.Problem.self) {
                _ = try await loader.load(council, replace: false) { _ in }
            }
            let summary = try await loader.load(council, replace: true) { _ in }
            #expect(summary.children == council.childCount)
            #expect(summary.records == expectedRecords)
            #expect(try await loader.childCount() == council.childCount)
            firstDump = try await Self.dump(app)

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
        if database == .sqlite {
            try await withHarbour(.sqlite) { app in
                _ = try await SyntheticLoader(database: app.db, bcryptCost: 4).load(council, replace: true) { _ in }
                #expect(try await Self.dump(app) == firstDump)
            }
        }
    }
}
}
