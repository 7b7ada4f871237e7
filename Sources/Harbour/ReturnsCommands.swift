import ArgumentParser
import Fluent
import Foundation
import HarbourCore
import HarbourReturns
import HarbourReturnsCLI
import HarbourStore
import HarbourWeb
import SQLKit

struct ReturnsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "returns",
        abstract: "Statutory returns: the CIN census, the SSDA903 and Ofsted's Annex A, built from Harbour's records; and the DfE's validation of any return file.",
        subcommands: [CINCensusCommand.self, SSDA903Command.self, AnnexACommand.self, ValidateReturnCommand.self, CheckRecordsCommand.self, ImportReturnsCommand.self, ReturnRulesCommand.self])
}

/// The council's records as the returns read them, for a command.
func withReturnRecords<T: Sendable>(_ settings: HarbourSettings, _ body: @escaping @Sendable (ReturnRecords) async throws -> T) async throws -> T {
    try await Runner.withApp(settings) { app in
        try await body(ReturnRecords(sql: app.db as! any SQLDatabase))
    }
}

struct CINCensusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cin", abstract: "Write the CIN census XML for a collection year (2025/26 structure, valid against CIN_schema_2025.xsd).")
    @ArgumentParser.Option(help: "The collection year, as 2025-26 (1 April 2025 to 31 March 2026).") var year: String
    @ArgumentParser.Option(help: "The XML file to write.") var out: String
    @ArgumentParser.Option(help: "The council's three-digit LA number, for the header.") var la: String = ReturnRecords.localAuthority
    @OptionGroup var data: DataOptions

    func run() async throws {
        let year = try collectionYear(year)
        guard la.count == 3, la.allSatisfy(\.isNumber) else { throw CommandLineProblem(message: "--la: \"\(la)\" is not a three-digit LA number") }
        let (la, out) = (la, out)
        let census = try await withReturnRecords(data.settings) { try await $0.cinCensus(year, localAuthority: la, file: out) }
        let output = CINXMLWriter.write(census)
        try write(output.text, to: out, option: "--out")
        let children = census.childIdentifiers.rows.count
        say("Wrote the CIN census \(year) to \(out): \(children) children.")
        for problem in output.problems.prefix(20) { say("  not written: \(problem)") }
    }
}

struct SSDA903Command: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ssda903", abstract: "Write the SSDA903 CSV files for a collection year into a folder, with the DfE's headers and dd/mm/yyyy dates.")
    @ArgumentParser.Option(help: "The collection year, as 2025-26.") var year: String
    @ArgumentParser.Option(help: "The folder to write the CSV files into (made if missing).") var out: String
    @OptionGroup var data: DataOptions

    func run() async throws {
        let year = try collectionYear(year)
        let value = try await withReturnRecords(data.settings) { try await $0.ssda903(year, withLastYear: false) }.current
        let folder = URL(fileURLWithPath: out)
        do { try SSDA903CSVWriter.write(value, to: folder) } catch {
            throw CommandLineProblem(message: "--out: \(out) cannot be written (\(error.localizedDescription))")
        }
        say("Wrote the SSDA903 \(year) to \(out): \(value.header.rows.count) children, \(value.episodes.rows.count) episodes.")
    }
}

struct AnnexACommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annex-a", abstract: "Write Ofsted's Annex A lists 1 to 11 as CSV files with Ofsted's column headings.")
    @ArgumentParser.Option(name: .customLong("as-of"), help: "The day the lists are drawn up to, YYYY-MM-DD.") var asOf: String
    @ArgumentParser.Option(help: "How many months the lists look back (Ofsted asks for 6 or 12).") var months: Int = 12
    @ArgumentParser.Option(help: "The folder to write list_1.csv … list_11.csv into (made if missing).") var out: String
    @OptionGroup var data: DataOptions

    func run() async throws {
        guard let day = Day(iso: asOf) else { throw CommandLineProblem(message: "--as-of: \"\(asOf)\" is not a date written as YYYY-MM-DD") }
        guard (1...36).contains(months) else { throw CommandLineProblem(message: "--months: must be from 1 to 36") }
        let months = months
        let lists = try await withReturnRecords(data.settings) { try await $0.annexA(asOf: day, months: months) }
        let folder = URL(fileURLWithPath: out)
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw CommandLineProblem(message: "--out: \(out) cannot be made")
        }
        for table in lists {
            try write(ReturnCSV.text(table), to: folder.appendingPathComponent("\(table.name).csv").path, option: "--out")
            say("  \(table.name): \(table.rows.count) rows")
        }
        say("Wrote Annex A as at \(day.long) to \(out).")
    }
}

struct ReturnRulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List the DfE rules Harbour checks for a return: code, severity, items and message, one a line, tab-separated.")
    @ArgumentParser.Argument(help: "cin, ssda903 or annex-a.") var kind: String

    func run() async throws {
        let rules: [(code: String, severity: Severity, fields: [String], message: String)]
        switch kind {
        case "cin": rules = CINRules.all.map { ($0.code, $0.severity, $0.fields, $0.message) }
        case "ssda903", "903": rules = SSDA903Rules.all.map { ($0.code, $0.severity, $0.fields, $0.message) }
        case "annex-a": rules = AnnexARules.all.map { ($0.code, $0.severity, $0.fields, $0.message) }
        default: throw CommandLineProblem(message: "\(kind): must be cin, ssda903 or annex-a")
        }
        // A fifth column for the rules that run only with reference data, saying which.
        let needs = Dictionary(uniqueKeysWithValues: kind == "annex-a" ? AnnexARules.all.map { ($0.code, $0.needs.sorted()) }
                                                                        : SSDA903Rules.all.map { ($0.code, $0.needs.sorted()) })
        var out = ""
        for rule in rules {
            out += "\(rule.code)\t\(rule.severity.rawValue)\t\(rule.fields.joined(separator: " "))\t\(rule.message)"
            if kind != "cin", let missing = needs[rule.code], !missing.isEmpty {
                out += "\tnot run without " + ReturnReference.describe(missing)
            }
            out += "\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

struct CheckRecordsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run the DfE's rules on Harbour's own records for a return and year, and keep the result for the data quality page.",
        discussion: "Run it on a schedule (nightly, say) so the data quality page shows whether recording is getting better.")
    @ArgumentParser.Option(name: .customLong("return"), help: "cin or ssda903.") var kind: String
    @ArgumentParser.Option(help: "The collection year, as 2025-26.") var year: String
    @OptionGroup var data: DataOptions

    func run() async throws {
        let kind: DataQualityStore.Return
        do { kind = try DataQualityStore.Return(parsing: self.kind) } catch { throw CommandLineProblem(message: "--return: \(error.message)") }
        let year = try collectionYear(year)
        let run = try await Runner.withApp(data.settings) { app in
            try await DataQualityStore(database: app.db).check(kind, year: year, today: LondonTime.day(of: Date()), by: nil)
        }
        say("Checked the \(kind.title) \(year): \(run.children) children, \(run.errors) errors, \(run.queries) queries, in \(String(format: "%.1f", run.seconds)) s.")
    }
}

func write(_ text: String, to path: String, option: String) throws {
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
        throw CommandLineProblem(message: "\(option): \(path) cannot be written")
    }
}
