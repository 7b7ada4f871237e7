import ArgumentParser
import Foundation
import HarbourCore
import HarbourReturnsCLI
import HarbourStore
import HarbourWeb
import SQLKit
import Vapor

/// Reads a date argument, or says which argument is wrong and why.
func day(_ text: String, _ name: String) throws -> Day {
    guard let day = Day(iso: text) else {
        throw CommandLineProblem(message: "\(name): \"\(text)\" is not a real date written as YYYY-MM-DD")
    }
    return day
}

struct CalendarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "English working days: weekends and England and Wales bank holidays excluded.",
        discussion: """
        Day 0 is the start date; N working days later is the Nth working day after it. A start on a \
        weekend or bank holiday counts from the next working day (the council can change this). \
        Council closure days come from the settings in the store.
        """,
        subcommands: [AddWorkingDays.self, WorkingDays.self, Holidays.self])

    struct AddWorkingDays: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add-working-days",
                                                        abstract: "Print the date N working days after DATE.")
        @ArgumentParser.Argument(help: "Start date, YYYY-MM-DD.") var date: String
        // Taken as it is typed, so "-1" gets a clear message rather than "unknown option".
        @ArgumentParser.Argument(parsing: .allUnrecognized, help: "Number of working days, 0 or more.") var count: [String] = []
        @OptionGroup var data: DataOptions

        func run() async throws {
            let start = try day(date, "DATE")
            guard count.count == 1 else { throw CommandLineProblem(message: "N: give one number of working days after the date") }
            guard let n = Int(count[0]), n >= 0, n <= 10_000 else {
                throw CommandLineProblem(message: "N: \"\(count[0])\" must be a whole number of working days from 0 to 10000")
            }
            let calendar = try await storedBook(data).calendar
            say(calendar.adding(workingDays: n, to: start).iso)
        }
    }

    struct WorkingDays: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "working-days",
                                                        abstract: "Print the number of working days after DATE1 up to and including DATE2.")
        @ArgumentParser.Argument(help: "First date, YYYY-MM-DD.") var from: String
        @ArgumentParser.Argument(help: "Second date, YYYY-MM-DD.") var to: String
        @OptionGroup var data: DataOptions

        func run() async throws {
            let a = try day(from, "DATE1"), b = try day(to, "DATE2")
            let calendar = try await storedBook(data).calendar
            say(String(calendar.workingDays(from: a, to: b)))
        }
    }

    struct Holidays: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "holidays", abstract: "List the bank holidays in a year.")
        @ArgumentParser.Argument(help: "Year, e.g. 2026.") var year: String
        @OptionGroup var data: DataOptions

        func run() async throws {
            guard let y = Int(year), (1900...2200).contains(y) else {
                throw CommandLineProblem(message: "YEAR: \"\(year)\" must be a year from 1900 to 2200")
            }
            for h in try await storedBook(data).calendar.holidays(in: y) { say("\(h.day.iso)  \(h.name)") }
        }
    }
}

/// The rule book with the council's settings, when a store exists; the national defaults otherwise.
func storedBook(_ data: DataOptions) async throws -> RuleBook {
    let settings = data.settings
    if settings.databaseURL == nil, !FileManager.default.fileExists(atPath: settings.dataDirectory + "/harbour.sqlite") {
        return RuleBook()
    }
    return try await Runner.withApp(settings) { app in
        try await CouncilSettingsStore(sql: app.db as! any SQLDatabase).book()
    }
}

struct TimescalesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timescales",
        abstract: "The statutory and local timescale rules, and the due dates they give.",
        subcommands: [Rules.self, Due.self, Recompute.self])

    struct Rules: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every rule: id, time allowed, basis and source.")
        @OptionGroup var data: DataOptions

        func run() async throws {
            let book = try await storedBook(data)
            for rule in RuleBook.catalogue {
                let allowed = book.allowed(rule.id).map { "\($0)" } ?? rule.allowedText
                say("\(rule.id.rawValue)\t\(allowed)\t\(rule.basis.label)\t\(rule.inForceText)\t\(rule.source)")
            }
        }
    }

    struct Due: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the due date a rule gives for a start date (the first few, for a repeating rule), and its source.")
        @ArgumentParser.Argument(help: "Rule id, as `harbour timescales rules` lists them.") var rule: String
        @ArgumentParser.Argument(help: "Start date, YYYY-MM-DD.") var start: String
        @ArgumentParser.Option(help: "How many due dates to show for a repeating rule (1 to 50).") var count: Int = 3
        @OptionGroup var data: DataOptions

        func run() async throws {
            guard let found = RuleBook.rule(named: rule) else {
                throw CommandLineProblem(message: "RULE_ID: \"\(rule)\" is not a rule; `harbour timescales rules` lists them")
            }
            let from = try day(start, "START_DATE")
            guard (1...50).contains(count) else { throw CommandLineProblem(message: "--count must be from 1 to 50") }
            let book = try await storedBook(data)
            let schedule = book.schedule(found.id, from: from, count: found.repeatText == nil ? 1 : count)
            guard !schedule.isEmpty else {
                say("\(found.id.rawValue): \(found.title) — no due date: \(found.allowedText)")
                say("Source: \(found.source)")
                return
            }
            if !found.isInForce(on: from) {
                say("Note: this rule was not in force on \(from.long); it applies \(found.inForceText.prefix(1).lowercased() + found.inForceText.dropFirst()).")
            }
            for (i, due) in schedule.enumerated() { say(i == 0 ? due.iso : "then \(due.iso)") }
            say("\(found.title): \(book.allowed(found.id).map { "\($0)" } ?? found.allowedText)\(found.repeatText.map { "; repeats \($0)" } ?? "")")
            say("Source: \(found.source)")
        }
    }

    struct Recompute: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Rebuild every child's due dates from their records, after a rule or setting changed.")
        @OptionGroup var data: DataOptions

        func run() async throws {
            try await Runner.withApp(data.settings) { app in
                let book = try await CouncilSettingsStore(sql: app.db as! any SQLDatabase).book()
                let bar = ProgressBar()
                let summary = try await DueItemStore(database: app.db).recomputeAll(book: book) { done, total in
                    bar.show(SyntheticLoader.Progress(phase: "Due dates", children: done, records: 0, expectedChildren: total, elapsed: 0))
                }
                bar.finish()
                say("Recomputed \(summary.items) due dates (\(summary.open) open) for \(summary.children) children in \(String(format: "%.2f", summary.seconds)) s.")
            }
        }
    }
}

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every child and record as JSON lines (values only, in id order).",
        discussion: "The same store gives the same bytes: two councils generated with the same seed and options export identically.")
    @ArgumentParser.Option(help: "File to write; standard output when not given.") var output: String?
    @OptionGroup var data: DataOptions

    func run() async throws {
        let handle: FileHandle
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: nil), let file = FileHandle(forWritingAtPath: output) else {
                throw CommandLineProblem(message: "--output: \(output) cannot be written")
            }
            handle = file
        } else {
            handle = FileHandle.standardOutput
        }
        let summary = try await Runner.withApp(data.settings) { app in
            try await RecordExport(sql: app.db as! any SQLDatabase).write { handle.write(Data($0.utf8)) }
        }
        try? handle.close()
        if output != nil { say("Exported \(summary.children) children and \(summary.records) records.") }
    }
}
