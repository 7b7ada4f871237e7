import ArgumentParser
import Fluent
import Foundation
import HarbourCore
import HarbourReturnsCLI
import HarbourStore
import HarbourWeb
import SQLKit

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Write reports.", subcommands: [PerformanceReportCommand.self])
}

struct PerformanceReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "performance",
        abstract: "Write the board's performance report for a month as one HTML file (and PDF through headless Chromium).",
        discussion: "The same report as the web page /reports/performance: a RAG summary, the indicators that got worse, each area's charts, and the commentary saved for the month.")
    @ArgumentParser.Option(help: "The month, as 2014-03 (or any reporting period: 2013/14, 2013/14-Q4, 12m-2014-03).") var month: String
    @ArgumentParser.Option(help: "HTML file to write.") var out: String
    @ArgumentParser.Option(help: "Also write a PDF here, printed by headless Chromium.") var pdf: String?
    @ArgumentParser.Option(help: "The day figures are taken up to, YYYY-MM-DD (default: today).") var today: String?
    @OptionGroup var data: DataOptions

    func run() async throws {
        let period: ReportingPeriod
        do { period = try ReportingPeriod(parsing: month) } catch { throw CommandLineProblem(message: "--month: \(error.description)") }
        var asOf: Day?
        if let today {
            guard let d = Day(iso: today) else { throw CommandLineProblem(message: "--today: \"\(today)\" is not a date written as YYYY-MM-DD") }
            asOf = d
        }
        let html = try await Runner.withApp(data.settings) { app in
            try await PerformanceReport.make(IndicatorStore(sql: app.db as! any SQLDatabase), period: period,
                                             today: asOf ?? RecordStore(database: app.db).today, scope: "Whole council")
        }
        guard FileManager.default.createFile(atPath: out, contents: Data(html.utf8)) else {
            throw CommandLineProblem(message: "--out: \(out) cannot be written")
        }
        say("Wrote the performance report for \(period.title) to \(out).")
        if let pdf {
            guard let chromium = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(Self.which).first else {
                throw CommandLineProblem(message: "--pdf: headless Chromium is not installed; print \(out) from a browser instead")
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: chromium)
            let absolute = URL(fileURLWithPath: out).standardizedFileURL
            process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                 "--print-to-pdf=\(URL(fileURLWithPath: pdf).standardizedFileURL.path)", absolute.absoluteString]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw CommandLineProblem(message: "--pdf: Chromium could not print the report") }
            say("Wrote \(pdf).")
        }
    }

    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
