import ArgumentParser
import Fluent
import Foundation
import HarbourCore
import HarbourReturnsCLI
import HarbourReturns
import HarbourStore
import HarbourWeb
import SQLKit

/// `harbour returns import`: a council's children from the returns its old case system made.
struct ImportReturnsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import children and their records from a CIN census XML file and a folder of SSDA903 CSV files.",
        discussion: """
        Each child is checked as Harbour checks a worker's entry and written in one transaction with \
        their due dates, indicator facts and change history; a child with any problem is refused \
        whole, with every reason (file, line or element, item). A child already in Harbour (the same \
        LA child ID) is updated: the records an earlier import took from the same return and year \
        are replaced, and records entered in Harbour are kept. Social worker episodes are kept \
        only where SW_ID is a Harbour worker's (their registration number, or XX and their number \
        as Harbour's SSDA903 writes it). --dry-run reports what would change and writes nothing. \
        Exits 1 when any child is refused.
        """)
    @ArgumentParser.Option(help: "A CIN census XML file.") var cin: String?
    @ArgumentParser.Option(help: "A folder of SSDA903 CSV files (told apart by their columns).") var ssda903: String?
    @ArgumentParser.Option(help: "The collection year the returns are for, as 2025-26.") var year: String
    @ArgumentParser.Flag(name: .customLong("dry-run"), help: "Report what the import would change, and write nothing.") var dryRun = false
    @ArgumentParser.Option(help: "table or json.") var format: String = "table"
    @ArgumentParser.Option(help: "The sign-in the change history names (default: the first administrator).") var by: String?
    @OptionGroup var data: DataOptions

    /// The returns as read, with the problems found reading their files.
    struct Read {
        var cin: CINReturn?
        var ssda903: SSDA903Tables?
        var problems: [ReturnFileProblem] = []
        var returns: Set<ReturnName> { Set([cin.map { _ in ReturnName.cin }, ssda903.map { _ in ReturnName.ssda903 }].compactMap { $0 }) }
    }

    func read() throws -> Read {
        guard ["table", "json"].contains(format) else { throw CommandLineProblem(message: "--format: must be table or json") }
        guard cin != nil || ssda903 != nil else { throw CommandLineProblem(message: "--cin or --ssda903: give at least one return to import") }
        var read = Read()
        if let cin {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: cin, isDirectory: &isFolder), !isFolder.boolValue else {
                throw CommandLineProblem(message: "--cin: \(cin) is not a file")
            }
            let result: CINXMLReader.Result
            do { result = try CINXMLReader.read(contentsOf: URL(fileURLWithPath: cin)) } catch let error as CINXMLReader.ReadError {
                throw CommandLineProblem(message: "--cin: \(error.description)")
            } catch {
                throw CommandLineProblem(message: "--cin: \(cin) cannot be read (\(error.localizedDescription))")
            }
            read.cin = result.census
            read.problems += result.problems
        }
        if let ssda903 {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: ssda903, isDirectory: &isFolder), isFolder.boolValue else {
                throw CommandLineProblem(message: "--ssda903: \(ssda903) is not a folder")
            }
            let result: SSDA903CSVReader.Result
            do { result = try SSDA903CSVReader.read(folder: URL(fileURLWithPath: ssda903)) } catch {
                throw CommandLineProblem(message: "--ssda903: \(ssda903) cannot be read (\(error.localizedDescription))")
            }
            read.ssda903 = result.tables
            read.problems += result.problems
        }
        return read
    }

    func run() async throws {
        let year = try collectionYear(year)
        let returns = try read()
        let (outcome, result) = try await Runner.withApp(data.settings) { app in
            let db = app.db
            let userID = try await user(on: db)
            let today = RecordStore(database: db).today
            // SW_ID as Harbour's SSDA903 writes it, for every Harbour worker.
            let workers = try await ReturnRecords(sql: db as! any SQLDatabase).workers()
            let builder = SSDA903Builder(collectionYear: year.end, workers: workers)
            var directory = [String: Int]()
            for id in workers.keys.sorted() { directory[builder.socialWorkerID(id)] = id }
            let result = ReturnImport(today: today, collectionYear: year.end, workers: directory).run(cin: returns.cin, ssda903: returns.ssda903)
            let outcome = try await ReturnImportStore(database: db)
                .write(result, returns: returns.returns, collectionYear: year.end, by: userID, dryRun: dryRun)
            return (outcome, result)
        }
        let report = ImportReport(outcome: outcome, notes: result.allNotes + outcome.notes, fileProblems: returns.problems)
        FileHandle.standardOutput.write(Data((format == "json" ? report.json : report.table).utf8))
        if !outcome.refused.isEmpty { throw ExitCode(1) }
    }

    /// The user the change history names.
    func user(on db: any Database) async throws -> Int {
        if let by {
            guard let user = try await User.query(on: db).filter(\.$username == by.lowercased()).first(), let id = user.id else {
                throw CommandLineProblem(message: "--by: there is no user called \(by)")
            }
            return id
        }
        let admin = try await User.query(on: db).filter(\.$roleCode == Role.administrator.rawValue).sort(\.$id).first()
        return admin?.id ?? 0
    }
}

/// What an import did, as a table for people or JSON for programs: the counts, then every
/// child refused with every reason, every problem reading the files, and every note on what
/// was read differently or left out.
struct ImportReport {
    let outcome: ReturnImportStore.Outcome
    let notes: [ReturnImportProblem]
    let fileProblems: [ReturnFileProblem]

    var table: String {
        var lines = [outcome.description]
        if !outcome.refused.isEmpty {
            lines.append("Refused (\(outcome.refused.count) children, nothing of theirs written):")
            for child in outcome.refused {
                for problem in child.problems { lines.append("  \(child.laChildID)\t\(problem)") }
            }
        }
        if !fileProblems.isEmpty {
            lines.append("Not read (\(fileProblems.count)):")
            for problem in fileProblems { lines.append("  \(problem)") }
        }
        let refused = Set(outcome.refused.map(\.laChildID))
        let kept = notes.filter { !refused.contains($0.child) }
        if !kept.isEmpty {
            lines.append("Notes (\(kept.count): read differently or left out):")
            for note in kept { lines.append("  \(note.child.isEmpty ? "-" : note.child)\t\(note)") }
        }
        lines.append(String(format: "%@ in %.2f s", outcome.dryRun ? "Dry run, nothing written," : "Done", outcome.seconds))
        return lines.joined(separator: "\n") + "\n"
    }

    var json: String {
        func problem(_ p: ReturnImportProblem) -> [String: Any] {
            var out: [String: Any] = ["child": p.child, "file": p.location.file, "message": p.message]
            if let line = p.location.line { out["line"] = line }
            if let path = p.location.path { out["element"] = path }
            if let item = p.item { out["item"] = item }
            return out
        }
        func counts(_ c: [EventKind: Int]) -> [String: Int] { Dictionary(uniqueKeysWithValues: c.map { ($0.key.rawValue, $0.value) }) }
        let refused = Set(outcome.refused.map(\.laChildID))
        let object: [String: Any] = [
            "dry_run": outcome.dryRun,
            "created": outcome.created, "updated": outcome.updated, "unchanged": outcome.unchanged,
            "refused": outcome.refused.map { ["child": $0.laChildID, "problems": $0.problems.map(problem)] as [String: Any] },
            "records_written": counts(outcome.written), "records_kept": counts(outcome.kept), "records_removed": counts(outcome.removed), "records_held": counts(outcome.held),
            "file_problems": fileProblems.map { p -> [String: Any] in
                var out: [String: Any] = ["file": p.location.file, "message": p.message]
                if let line = p.location.line { out["line"] = line }
                if let path = p.location.path { out["element"] = path }
                if let column = p.column { out["item"] = column }
                return out
            },
            "notes": notes.filter { !refused.contains($0.child) }.map(problem),
            "seconds": (outcome.seconds * 1000).rounded() / 1000,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
