import ArgumentParser
import Foundation
import HarbourCore
import HarbourReturns

/// `harbour returns validate` and `harbour-validate`: the DfE's rules on any return file, with no
/// database or server, so the slim `harbour-validate` binary can run it on an analyst's laptop or in CI.
public struct ValidateReturnCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a CIN census XML file, a folder of SSDA903 CSV files (against the DfE's 2026-27 rules) or a folder of Ofsted's Annex A lists.",
        discussion: "Prints every finding with its rule, severity, the child, the file and line (or element) and the items to fix. Exits 1 when there are errors.")
    @Argument(help: "A CIN census XML file, a folder of SSDA903 CSV files, or a folder of Annex A lists (list_1.csv …).") var path: String
    @Option(help: "For an SSDA903 folder: the collection year, as 2025-26.") var year: String = "2025-26"
    @Option(help: "For an SSDA903 folder: last year's folder, for the rules that compare the two.") var previous: String?
    @Option(help: "For an SSDA903 folder: the ONS Postcode Directory as CSV (ONSPD or NSPD), for the rules on PL_LA, PL_LOCATION and PL_DISTANCE.") var postcodes: String?
    @Option(help: "For an SSDA903 folder: Ofsted's list of social care providers as CSV, for the rules on URNs.") var providers: String?
    @Option(help: "For an SSDA903 folder: the council's nine-character ONS code (E10000000), for the rules on placements in its own area.") var la: String?
    @Option(name: .customLong("as-of"), help: "For Annex A lists: the day they are drawn up to, YYYY-MM-DD, for the checks on their period.") var asOf: String?
    @Option(help: "For Annex A lists: how many months they cover (Ofsted asks for 6 or 12).") var months: Int = 12
    @Option(help: "table, csv or json.") var format: String = "table"
    @Flag(help: "Print only the number of findings for each rule.") var summary = false

    public init() {}

    public func run() throws {
        guard ["table", "csv", "json"].contains(format) else { throw CommandLineProblem(message: "--format: must be table, csv or json") }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw CommandLineProblem(message: "\(path): no such file or folder")
        }
        let annexA = isFolder.boolValue && AnnexAReader.recognises(folder: URL(fileURLWithPath: path))
        if !isFolder.boolValue || annexA {
            for (option, value) in [("--postcodes", postcodes), ("--providers", providers), ("--la", la)] where value != nil {
                throw CommandLineProblem(message: "\(option): only for an SSDA903 folder; the \(annexA ? "Annex A checks" : "CIN census rules") read no reference data")
            }
        }
        if !annexA, asOf != nil { throw CommandLineProblem(message: "--as-of: only for a folder of Annex A lists") }
        guard (1...36).contains(months) else { throw CommandLineProblem(message: "--months: must be from 1 to 36") }
        let asOfDay: Day?
        if let asOf {
            guard let day = Day(iso: asOf) else { throw CommandLineProblem(message: "--as-of: \"\(asOf)\" is not a date written as YYYY-MM-DD") }
            asOfDay = day
        } else {
            asOfDay = nil
        }
        if let la, la.range(of: "^[EWSN][0-9]{8}$", options: .regularExpression) == nil {
            throw CommandLineProblem(message: "--la: \(la) is not a council's ONS code; give the nine characters, as E10000000")
        }
        let reference = try ReturnReferenceData(
            postcodes: postcodes.map { try readReference("--postcodes", $0, PostcodeDirectoryReader.read(contentsOf:)) },
            providers: providers.map { try readReference("--providers", $0, OfstedProvidersReader.read(contentsOf:)) })
        let started = Date()
        var problems = [ReturnFileProblem]()
        let findings: [Finding]
        var notRun: [String] = []
        // The return read, kept until the process ends: freeing a council's return row by row
        // takes longer than the rules' own work on some of them, and the process is ending anyway.
        var kept: Any = ()
        if annexA {
            let read = try AnnexAReader.read(folder: URL(fileURLWithPath: path))
            problems = read.problems
            let lists = AnnexALists(lists: read.lists, files: read.files, asOf: asOfDay, months: months)
            findings = ReturnValidation.run(AnnexARules.runnable(on: lists), on: lists)
            notRun = Self.notRunLines(AnnexARules.notRun(on: lists))
            kept = lists
        } else if isFolder.boolValue {
            let year = try collectionYear(year)
            let read = try SSDA903CSVReader.read(folder: URL(fileURLWithPath: path))
            problems = read.problems
            var ret = SSDA903Return(current: read.tables, collectionYear: year.end, localAuthority: la ?? "", reference: reference)
            if let previous {
                let last = try SSDA903CSVReader.read(folder: URL(fileURLWithPath: previous))
                problems += last.problems
                ret.last = last.tables
            }
            findings = ReturnValidation.run(SSDA903Rules.runnable(on: ret), on: ret)
            notRun = Self.notRunLines(SSDA903Rules.notRun(on: ret))
            kept = ret
        } else {
            let census: CINXMLReader.Result
            do { census = try CINXMLReader.read(contentsOf: URL(fileURLWithPath: path)) } catch let error as CINXMLReader.ReadError {
                throw CommandLineProblem(message: error.description)
            }
            problems = census.problems
            findings = ReturnValidation.run(CINRules.all, on: census.census)
            kept = census
        }
        let seconds = Date().timeIntervalSince(started)
        print(findings: findings, problems: problems)
        // What was not checked is said where a person reads the result: after the table, or
        // beside the machine-readable output.
        if !notRun.isEmpty {
            let text = notRun.map { "not run\t\($0)\n" }.joined()
            (format == "table" && !summary ? FileHandle.standardOutput : FileHandle.standardError).write(Data(text.utf8))
        }
        let errors = findings.filter { $0.severity == .error }.count
        FileHandle.standardError.write(Data("\(findings.count) findings (\(errors) errors, \(findings.count - errors) queries), \(problems.count) file problems, in \(String(format: "%.2f", seconds)) s\n".utf8))
        withExtendedLifetime((kept, findings)) { Foundation.exit(errors > 0 ? 1 : 0) }
    }

    /// One line per kind of missing reference data: the rules left out and how to give it.
    static func notRunLines<Input>(_ notRun: [(rule: Rule<Input>, missing: [ReturnReference])]) -> [String] {
        var byMissing: [[ReturnReference]: [String]] = [:]
        for entry in notRun { byMissing[entry.missing, default: []].append(entry.rule.code) }
        return byMissing.keys.sorted { $0.lexicographicallyPrecedes($1) }.map { missing in
            let codes = byMissing[missing]!
            let verb = codes.count == 1 ? "needs" : "need"
            return "\(codes.count) rule\(codes.count == 1 ? "" : "s") (\(codes.joined(separator: ", "))): \(verb) \(ReturnReference.describe(missing))"
        }
    }

    /// A reference file read, or a message naming the option and each line that is wrong.
    private func readReference<T>(_ option: String, _ path: String, _ read: (URL) throws -> T) throws -> T {
        do { return try read(URL(fileURLWithPath: path)) } catch let error as ReferenceFileError {
            let shown = error.problems.prefix(10).map { "  \($0)" }
            let more = error.problems.count > 10 ? ["  and \(error.problems.count - 10) more"] : []
            throw CommandLineProblem(message: (["\(option): \(path) cannot be used:"] + shown + more).joined(separator: "\n"))
        }
    }

    func print(findings: [Finding], problems: [ReturnFileProblem]) {
        var out = ""
        switch (format, summary) {
        case ("json", true):
            let counts = ReturnValidation.counts(findings).map { ["rule": $0.rule, "severity": $0.severity.rawValue, "message": $0.message, "count": String($0.count)] }
            out = String(decoding: try! JSONSerialization.data(withJSONObject: counts, options: [.sortedKeys]), as: UTF8.self) + "\n"
        case ("json", false):
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            out = String(decoding: try! encoder.encode(findings), as: UTF8.self) + "\n"
        case ("csv", true):
            out = "rule,severity,count,message\r\n" + ReturnValidation.counts(findings).map {
                [$0.rule, $0.severity.rawValue, String($0.count), $0.message].map(ReturnCSV.field).joined(separator: ",")
            }.joined(separator: "\r\n") + "\r\n"
        case ("csv", false):
            out = "rule,severity,child,table,file,line,element,fields,message\r\n" + (problems.map {
                ["file", "error", "", "", $0.location.file, $0.location.line.map(String.init) ?? "", $0.location.path ?? "", $0.column ?? "", $0.message]
                    .map(ReturnCSV.field).joined(separator: ",")
            } + findings.map {
                [$0.rule, $0.severity.rawValue, $0.child, $0.table, $0.file, $0.line.map(String.init) ?? "", $0.path ?? "",
                 $0.fields.joined(separator: " "), $0.message].map(ReturnCSV.field).joined(separator: ",")
            }).joined(separator: "\r\n") + "\r\n"
        case (_, true):
            for c in ReturnValidation.counts(findings) { out += "\(c.rule)\t\(c.severity.rawValue)\t\(c.count)\t\(c.message)\n" }
        default:
            for p in problems { out += "file   \(p)\n" }
            for f in findings {
                let place = f.location.description
                out += "\(f.rule)\t\(f.severity.rawValue)\t\(f.child.isEmpty ? "-" : f.child)\t\(place)\t\(f.fields.joined(separator: ", "))\t\(f.message)\n"
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
