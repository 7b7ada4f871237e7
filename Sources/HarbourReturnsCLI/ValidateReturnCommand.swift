import ArgumentParser
import Foundation
import HarbourCore
import HarbourReturns

/// `harbour returns validate` and `harbour-validate`: the DfE's rules on any return file, with no
/// database or server, so the slim `harbour-validate` binary can run it on an analyst's laptop or in CI.
public struct ValidateReturnCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a CIN census XML file or a folder of SSDA903 CSV files against the DfE's 2026-27 rules.",
        discussion: "Prints every finding with its rule, severity, the child, the file and line (or element) and the items to fix. Exits 1 when there are errors.")
    @Argument(help: "A CIN census XML file, or a folder of SSDA903 CSV files.") var path: String
    @Option(help: "For an SSDA903 folder: the collection year, as 2025-26.") var year: String = "2025-26"
    @Option(help: "For an SSDA903 folder: last year's folder, for the rules that compare the two.") var previous: String?
    @Option(help: "table, csv or json.") var format: String = "table"
    @Flag(help: "Print only the number of findings for each rule.") var summary = false

    public init() {}

    public func run() throws {
        guard ["table", "csv", "json"].contains(format) else { throw CommandLineProblem(message: "--format: must be table, csv or json") }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw CommandLineProblem(message: "\(path): no such file or folder")
        }
        let started = Date()
        var problems = [ReturnFileProblem]()
        let findings: [Finding]
        // The return read, kept until the process ends: freeing a council's return row by row
        // takes longer than the rules' own work on some of them, and the process is ending anyway.
        var kept: Any = ()
        if isFolder.boolValue {
            let year = try collectionYear(year)
            let read = try SSDA903CSVReader.read(folder: URL(fileURLWithPath: path))
            problems = read.problems
            var ret = SSDA903Return(current: read.tables, collectionYear: year.end)
            if let previous {
                let last = try SSDA903CSVReader.read(folder: URL(fileURLWithPath: previous))
                problems += last.problems
                ret.last = last.tables
            }
            findings = ReturnValidation.run(SSDA903Rules.all, on: ret)
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
        let errors = findings.filter { $0.severity == .error }.count
        FileHandle.standardError.write(Data("\(findings.count) findings (\(errors) errors, \(findings.count - errors) queries), \(problems.count) file problems, in \(String(format: "%.2f", seconds)) s\n".utf8))
        withExtendedLifetime((kept, findings)) { Foundation.exit(errors > 0 ? 1 : 0) }
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
