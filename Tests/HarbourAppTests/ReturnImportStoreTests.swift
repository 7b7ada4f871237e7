import Fluent
import Foundation
import HarbourCore
import HarbourReturns
@testable import HarbourStore
import HarbourSynthetic
import SQLKit
import Testing
import Vapor

extension AppTests {
/// Returns imported into the store: each child in one transaction through the store's own
/// writes, nothing of a refused child left behind, dry runs that write nothing, re-imports that
/// change nothing, and returns built again from the imported records that match the originals.
@Suite("Returns import into the store")
struct ReturnImportStoreTests {
    static let samples: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Fixtures/returns-samples")
    }()
    static let today = Day(iso: "2026-01-15")!
    static let upn = UPN.make(body: "201234567890")!

    static func row(_ table: inout ReturnTable, _ values: [String], file: String) {
        table.append(values, at: SourceLocation(file: file, line: table.rows.count + 2))
    }

    /// L1: looked after on 3 May 2025 under section 20 with a foster carer, moved to a long-term
    /// foster carer on 1 September, reviewed on 30 May.
    static var lookedAfter: SSDA903Tables {
        var t = SSDA903Tables()
        row(&t.header, ["L1", "F", "20/07/2012", "WBRI", upn, "0", ""], file: "header.csv")
        row(&t.episodes, ["L1", "03/05/2025", "S", "V2", "N4", "U6", "PR1", "01/09/2025", "X1", "CARPL", "AB1 2CD", "EF3 4GH", "XXXXXXX"],
            file: "episodes.csv")
        row(&t.episodes, ["L1", "01/09/2025", "P", "V2", "N4", "U4", "PR4", "", "", "", "AB1 2CD", "JK5 6LM", "XXXXXXX"], file: "episodes.csv")
        row(&t.reviews, ["L1", "20/07/2012", "30/05/2025", "PN1"], file: "reviews.csv")
        return t
    }

    static func count(_ app: Application, _ table: String) async throws -> Int {
        try await (app.db as! any SQLDatabase).select().column(SQLFunction("count", args: SQLLiteral.all), as: "n").from(table)
            .first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Every row the import could have written: children, each kind of record, change history,
    /// due dates, indicator facts and tallies, and where imported records came from.
    static func footprint(_ app: Application) async throws -> [String: Int] {
        var counts = [String: Int]()
        for table in [RecordSpec.child.table, RecordChange.schema, DueItemStore.table, IndicatorStore.table, IndicatorStore.talliesTable,
                      ReturnImportStore.table] + EventKind.allCases.map(\.spec.table) {
            counts[table] = try await count(app, table)
        }
        return counts
    }

    static func admin(_ app: Application) async throws -> Int {
        try #require(try await User.query(on: app.db).filter(\.$username == "admin").first()?.id)
    }

    @Test("The public sample returns import: the children Harbour can take, each with their records, due dates and history",
          arguments: TestDatabase.available)
    func samplesImport(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            let by = try await Self.admin(app)
            let census = try CINXMLReader.read(contentsOf: Self.samples.appendingPathComponent("cin/fake_CIN_data.xml")).census
            let cin = ReturnImport(today: Self.today, collectionYear: 2022).run(cin: census)
            let before = try await Self.footprint(app)
            let outcome = try await ReturnImportStore(database: app.db).write(cin, returns: [.cin], collectionYear: 2022, by: by)
            #expect(outcome.created.count == 12)
            #expect(outcome.updated.isEmpty && outcome.unchanged.isEmpty)
            #expect(outcome.refused.count == 320)
            #expect(outcome.written == [.referral: 17, .conference: 14])
            let after = try await Self.footprint(app)
            #expect(after[RecordSpec.child.table]! - before[RecordSpec.child.table]! == 12)
            #expect(after[RecordSpec.referral.table]! - before[RecordSpec.referral.table]! == 17)
            #expect(after[ReturnImportStore.table]! == 31)
            // A history row for each child and each record, as for a worker's entry.
            #expect(after[RecordChange.schema]! - before[RecordChange.schema]! == 12 + 31)

            // The first child the census gives that Harbour takes, as a worker would see them.
            let first = try #require(outcome.created.first)
            let store = RecordStore(database: app.db)
            let child = try #require(try await store.child(laChildID: first))
            #expect(child.firstName == "Child")
            #expect(child.lastName == first)
            let imported = try #require(cin.children.first { $0.laChildID == first })
            let events = try await store.events(childID: child.id)
            #expect(events.map(\.values).sorted { "\($0)" < "\($1)" } == imported.records.map(\.values).sorted { "\($0)" < "\($1)" })
            let provenance = try await ReturnImportStore(database: app.db).provenance(childID: child.id)
            #expect(provenance.map(\.source) == imported.records.map(\.source.description))
            #expect(Set(provenance.map(\.returnName)) == [.cin])
            // The referral's due dates were worked out in the same transaction.
            let due = try await DueItemStore(database: app.db).items(childID: child.id, today: Self.today)
            #expect(!due.isEmpty)
            #expect(due.allSatisfy { $0.childID == child.id })

            let tables = try SSDA903CSVReader.read(folder: Self.samples.appendingPathComponent("ssda903")).tables
            let lac = ReturnImport(today: Self.today, collectionYear: 2018).run(ssda903: tables)
            let written = try await ReturnImportStore(database: app.db).write(lac, returns: [.ssda903], collectionYear: 2018, by: by)
            #expect(written.created.count == 26)
            #expect(written.refused.count == 2650)
            #expect(written.written == [.periodOfCare: 9, .placement: 16, .lookedAfterReview: 101, .healthOutcomes: 26, .permanence: 5])
        }
    }

    @Test("A child the store refuses leaves nothing behind: not the child's changes, records, history or due dates",
          arguments: TestDatabase.available)
    func refusedChildLeavesNothing(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            let by = try await Self.admin(app)
            let store = RecordStore(database: app.db)
            let amira = try #require(try await store.child(laChildID: "DEMO0002"))
            let amiraEvents = try await store.events(childID: amira.id)
            let placed = try #require(amiraEvents.first { $0.kind == .placement && $0.endDate == nil }?.date)
            // Amira (DEMO0002) has been in care since 2022 in Harbour, with a foster carer since
            // 2023. The return's period of care, from 2025, starts inside hers, so it is taken to be
            // hers; but its placements, from 3 May 2025, overlap the one Harbour holds.
            var tables = Self.lookedAfter
            var copy = tables.header.rows[0]
            copy.values[0] = "DEMO0002"
            copy.values[2] = amira.dateOfBirth!.ukSlashed
            copy.values[4] = amira.upn!
            copy.location.line = 3
            tables.header.rows.append(copy)
            for episode in tables.episodes.rows {
                var e = episode
                e.values[0] = "DEMO0002"
                e.location.line = episode.location.line! + 2
                tables.episodes.rows.append(e)
            }
            let result = ReturnImport(today: Self.today, collectionYear: 2026).run(ssda903: tables)
            #expect(result.refused.isEmpty)
            #expect(result.children.map(\.laChildID) == ["L1", "DEMO0002"])
            let before = try await Self.footprint(app)
            let outcome = try await ReturnImportStore(database: app.db).write(result, returns: [.ssda903], collectionYear: 2026, by: by)
            #expect(outcome.created == ["L1"])
            #expect(outcome.updated.isEmpty)
            let refused = try #require(outcome.refused.first)
            #expect(refused.laChildID == "DEMO0002")
            #expect(refused.problems.map(\.description) == [
                "episodes.csv:4 [DECOM]: The dates overlap another placement (\(placed.long), still open)",
            ])
            // L1 is written (a child, a period of care, two placements, a review); of DEMO0002 nothing.
            let after = try await Self.footprint(app)
            #expect(after[RecordSpec.child.table]! == before[RecordSpec.child.table]! + 1)
            #expect(after[RecordSpec.periodOfCare.table]! == before[RecordSpec.periodOfCare.table]! + 1)
            #expect(after[RecordSpec.placement.table]! == before[RecordSpec.placement.table]! + 2)
            #expect(after[RecordChange.schema]! == before[RecordChange.schema]! + 5)
            #expect(after[ReturnImportStore.table]! == 4)
            #expect(try await store.child(amira.id) == amira)
            #expect(try await store.events(childID: amira.id) == amiraEvents)
            #expect(try await store.changes(childID: amira.id).count == amiraEvents.count + 1)
            #expect(try await ReturnImportStore(database: app.db).provenance(childID: amira.id).isEmpty)
        }
    }

    @Test("A record Harbour already holds (the same kind on the same day) is not written again; a different item is a note",
          arguments: TestDatabase.available)
    func recordsHarbourHoldsAreKept(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            let by = try await Self.admin(app)
            let store = RecordStore(database: app.db)
            let amira = try #require(try await store.child(laChildID: "DEMO0002"))
            let events = try await store.events(childID: amira.id)
            let review = try #require(events.first { $0.kind == .lookedAfterReview })
            let missing = try #require(events.first { $0.kind == .missingEpisode })
            let dob = amira.dateOfBirth!.ukSlashed
            // Amira's review (PN1 in Harbour, PN2 in the return) and missing episode, as her
            // council's old system returned them.
            var t = SSDA903Tables()
            Self.row(&t.header, ["DEMO0002", "F", dob, "MWBC", amira.upn!, "", ""], file: "header.csv")
            Self.row(&t.reviews, ["DEMO0002", dob, review.date!.ukSlashed, "PN2"], file: "reviews.csv")
            Self.row(&t.missing, ["DEMO0002", dob, "M", missing.date!.ukSlashed, missing.endDate!.ukSlashed], file: "missing.csv")
            let result = ReturnImport(today: Self.today, collectionYear: 2026).run(ssda903: t)
            #expect(result.refused.isEmpty)
            let before = try await Self.footprint(app)
            let outcome = try await ReturnImportStore(database: app.db).write(result, returns: [.ssda903], collectionYear: 2026, by: by)
            #expect(outcome.unchanged == ["DEMO0002"])
            #expect(outcome.written.isEmpty)
            #expect(outcome.held == [.lookedAfterReview: 1, .missingEpisode: 1])
            #expect(outcome.notes.map(\.description) == [
                "reviews.csv:2 [REVIEW_CODE]: Harbour already holds this looked-after review (date of the review \(review.date!.long)), which is kept; the return differs in how the child took part",
            ])
            #expect(try await Self.footprint(app) == before)
            #expect(try await store.events(childID: amira.id) == events)
        }
    }

    @Test("A dry run reports what the import would do, child by child, and writes nothing", arguments: TestDatabase.available)
    func dryRunWritesNothing(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            let by = try await Self.admin(app)
            let result = ReturnImport(today: Self.today, collectionYear: 2026).run(ssda903: Self.lookedAfter)
            let importer = ReturnImportStore(database: app.db)
            let before = try await Self.footprint(app)
            let dry = try await importer.write(result, returns: [.ssda903], collectionYear: 2026, by: by, dryRun: true)
            #expect(try await Self.footprint(app) == before)
            #expect(dry.dryRun)
            #expect(dry.created == ["L1"])
            #expect(dry.written == [.periodOfCare: 1, .placement: 2, .lookedAfterReview: 1])
            #expect(dry.description.hasPrefix("Would import: 1 children new to Harbour, 0 updated, 0 unchanged, 0 refused"))
            let real = try await importer.write(result, returns: [.ssda903], collectionYear: 2026, by: by)
            #expect(real.created == dry.created)
            #expect(real.written == dry.written)
            // A dry run of the same again: the child is there and nothing would change.
            let middle = try await Self.footprint(app)
            let again = try await importer.write(result, returns: [.ssda903], collectionYear: 2026, by: by, dryRun: true)
            #expect(again.unchanged == ["L1"])
            #expect(again.written.isEmpty)
            #expect(try await Self.footprint(app) == middle)
        }
    }

    @Test("Importing the same returns again changes nothing; a changed return replaces only what the import wrote",
          arguments: TestDatabase.available)
    func reimportIsIdempotent(_ database: TestDatabase) async throws {
        try await withHarbour(database) { app in
            let by = try await Self.admin(app)
            let importer = ReturnImportStore(database: app.db)
            let store = RecordStore(database: app.db)
            let first = ReturnImport(today: Self.today, collectionYear: 2026).run(ssda903: Self.lookedAfter)
            _ = try await importer.write(first, returns: [.ssda903], collectionYear: 2026, by: by)
            let child = try #require(try await store.child(laChildID: "L1"))
            // A worker names the child and records a visit in Harbour.
            var named = child.values
            named["first_name"] = .text("Lily")
            named["last_name"] = .text("Moss")
            try await store.correctChild(child.id, named, by: by)
            try await store.record(.visit, childID: child.id, ["visit_date": .day(Day(iso: "2025-06-10")!), "visit_type": .code("looked-after-statutory")],
                                   by: by)
            let once = try await Self.footprint(app)
            let events = try await store.events(childID: child.id)

            let again = try await importer.write(first, returns: [.ssda903], collectionYear: 2026, by: by)
            #expect(again.created.isEmpty && again.updated.isEmpty)
            #expect(again.unchanged == ["L1"])
            #expect(again.written.isEmpty && again.removed.isEmpty)
            #expect(again.kept == [.periodOfCare: 1, .placement: 2, .lookedAfterReview: 1])
            #expect(try await Self.footprint(app) == once)
            #expect(try await store.events(childID: child.id) == events)
            #expect(try await store.child(child.id)?.fullName == "Lily Moss")

            // The next return moves the second placement's start and adds a review: the changed
            // placement is replaced, the rest kept, and the worker's visit and name stay.
            var next = Self.lookedAfter
            next.episodes.rows[0].values[7] = "02/09/2025"
            next.episodes.rows[1].values[1] = "02/09/2025"
            Self.row(&next.reviews, ["L1", "20/07/2012", "20/11/2025", "PN1"], file: "reviews.csv")
            let changed = ReturnImport(today: Self.today, collectionYear: 2026).run(ssda903: next)
            let update = try await importer.write(changed, returns: [.ssda903], collectionYear: 2026, by: by)
            #expect(update.updated == ["L1"])
            #expect(update.kept == [.periodOfCare: 1, .lookedAfterReview: 1])
            #expect(update.removed == [.placement: 2])
            #expect(update.written == [.placement: 2, .lookedAfterReview: 1])
            let now = try await store.events(childID: child.id)
            #expect(now.filter { $0.kind == .placement }.compactMap { $0.values["start_date"]?.day?.iso }.sorted() == ["2025-05-03", "2025-09-02"])
            #expect(now.filter { $0.kind == .visit }.count == 1)
            #expect(try await store.child(child.id)?.fullName == "Lily Moss")
            // The removed placements' last values are in the change history.
            #expect(try await store.changes(childID: child.id).filter { $0.action == "delete" }.count == 2)
        }
    }

    /// A synthetic council's CIN census and SSDA903, built from the store, imported back into
    /// the same store as new children (their LA child IDs marked), and built again from what was
    /// imported: the same children, episodes, dates and codes, except NumberOfPreviousCPP
    /// (Harbour counts the plans it holds) and OC3 for care leavers whose time in care is not in
    /// the return.
    @Test("Returns built from imported records match the returns imported", arguments: TestDatabase.available)
    func exportAfterImport(_ database: TestDatabase) async throws {
        let end = Day(iso: "2026-03-31")!
        let council = SyntheticCouncil(SyntheticParameters(seed: 5, scale: 0.02, years: 3, end: end, defects: 0))
        try await withHarbour(database) { app in
            _ = try await SyntheticLoader(database: app.db, bcryptCost: 4).load(council, replace: true) { _ in }
            let sql = app.db as! any SQLDatabase
            let records = ReturnRecords(sql: sql)
            let workers = try await records.workers()
            var children = [ReturnChild]()
            try await records.forEachChunk { children += $0 }
            let builder = SSDA903Builder(collectionYear: 2026, workers: workers)
            func census(_ c: [ReturnChild]) -> CINReturn {
                CINCensusBuilder(collectionYear: 2026, localAuthority: "999", createdAt: Date(timeIntervalSince1970: 0)).build(c, file: "cin.xml")
            }
            let cin = census(children), lac = builder.build(children)
            #expect(cin.childIdentifiers.rows.count > 150)
            #expect(lac.episodes.rows.count > 20)

            // The same children under new LA child IDs, so they import beside the originals.
            func marked(_ table: ReturnTable) -> ReturnTable {
                var t = table
                for i in t.rows.indices { t.rows[i].values[0] = "R" + t.rows[i].values[0] }
                return t
            }
            var cinIn = cin
            cinIn.childIdentifiers = marked(cin.childIdentifiers)
            cinIn.childCharacteristics = marked(cin.childCharacteristics)
            cinIn.disabilities = marked(cin.disabilities)
            cinIn.cinDetails = marked(cin.cinDetails)
            cinIn.assessments = marked(cin.assessments)
            cinIn.assessmentFactors = marked(cin.assessmentFactors)
            cinIn.cinPlanDates = marked(cin.cinPlanDates)
            cinIn.section47 = marked(cin.section47)
            cinIn.childProtectionPlans = marked(cin.childProtectionPlans)
            cinIn.reviews = marked(cin.reviews)
            var lacIn = lac
            for table in lac.all { lacIn.replace(marked(table)) }
            var directory = [String: Int]()
            for id in workers.keys { directory[builder.socialWorkerID(id)] = id }
            let result = ReturnImport(today: end, collectionYear: 2026, workers: directory).run(cin: cinIn, ssda903: lacIn)
            for child in result.refused.prefix(3) { Issue.record("\(child.laChildID): \(child.problems)") }
            let by = try await Self.admin(app)
            let outcome = try await ReturnImportStore(database: app.db).write(result, returns: [.cin, .ssda903], collectionYear: 2026, by: by)
            for child in outcome.refused.prefix(3) { Issue.record("\(child.laChildID): \(child.problems)") }
            #expect(outcome.refused.isEmpty)
            #expect(outcome.created.count == result.children.count)
            #expect(outcome.written[.placement] == lac.episodes.rows.count)
            #expect(outcome.written[.referral] == cin.cinDetails.rows.count)

            var all = [ReturnChild]()
            try await records.forEachChunk { all += $0 }
            let imported = all.filter { $0.laChildID.hasPrefix("R") }
            #expect(imported.count == result.children.count)
            let cinAgain = census(imported), lacAgain = builder.build(imported)
            func unmarked(_ table: ReturnTable) -> [[String]] {
                table.rows.map { row in var v = row.values; v[0] = String(v[0].dropFirst()); return v }
            }
            func compare(_ name: String, _ expected: [[String]], _ actual: [[String]]) {
                let a = expected.sorted { $0.lexicographicallyPrecedes($1) }, b = actual.sorted { $0.lexicographicallyPrecedes($1) }
                if a != b {
                    Issue.record("\(name): \(a.count) rows exported, \(b.count) after import; only before: \(a.filter { !b.contains($0) }.prefix(3)); only after: \(b.filter { !a.contains($0) }.prefix(3))")
                }
            }
            // Harbour counts the plans it holds: NumberOfPreviousCPP becomes the earlier plans in the census.
            var expectedPlans = cin.childProtectionPlans
            for (i, row) in expectedPlans.rows.enumerated() {
                let earlier = cin.childProtectionPlans.rows.filter { $0.values[0] == row.values[0] && $0.values[3] < row.values[3] }
                expectedPlans.rows[i].values[7] = String(earlier.count)
            }
            for (before, after) in zip(cin.tables, cinAgain.tables) where before.name != "Header" {
                compare(before.name, (before.name == "ChildProtectionPlans" ? expectedPlans : before).rows.map(\.values), unmarked(after))
            }
            let lookedAfter = Set(lac.episodes.rows.map { $0.values[0] })
            let leftEarlier = Set(lac.oc3.rows.map { $0.values[0] }).subtracting(lookedAfter)
            for (before, after) in zip(lac.all, lacAgain.all) {
                compare(before.name, before.rows.map(\.values).filter { !leftEarlier.contains($0[0]) }, unmarked(after))
            }
        }
    }
}
}
