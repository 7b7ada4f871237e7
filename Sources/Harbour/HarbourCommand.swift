import ArgumentParser
import Foundation
import HarbourCore
import HarbourReturnsCLI
import HarbourStore
import HarbourSynthetic
import HarbourWeb
import Fluent
import Logging
import Vapor

@main
struct HarbourCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "harbour",
        abstract: "Harbour: children's social care records for English local authorities.",
        discussion: """
        Data is kept in ./harbour-data/harbour.sqlite unless DATABASE_URL names a PostgreSQL \
        database (postgres://user:password@host:5432/name).
        """,
        subcommands: [Serve.self, Demo.self, Migrate.self, UserCommand.self, CalendarCommand.self, TimescalesCommand.self,
                      ExportCommand.self, ReportCommand.self, ReturnsCommand.self])

    /// Bad input on the command line ends with exit code 2 and a message naming the option.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var async = command as? any AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
        } catch let error as CommandLineProblem {
            FileHandle.standardError.write(Data("harbour: \(error.message)\n".utf8))
            Foundation.exit(2)
        } catch let failure as ValidationFailure {
            FileHandle.standardError.write(Data(failure.errors.map { "harbour: \($0.field): \($0.message)\n" }.joined().utf8))
            Foundation.exit(2)
        } catch let problem as SyntheticLoader.Problem {
            FileHandle.standardError.write(Data("harbour: \(problem.description)\n".utf8))
            Foundation.exit(2)
        } catch let problem as StoreConfiguration.Problem {
            FileHandle.standardError.write(Data("harbour: \(problem.description)\n".utf8))
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == .failure {
                exit(withError: error)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

struct DataOptions: ParsableArguments {
    @ArgumentParser.Option(name: .long, help: "Folder for the SQLite database (ignored when DATABASE_URL is set).")
    var data: String = ProcessInfo.processInfo.environment["HARBOUR_DATA"] ?? "harbour-data"

    var settings: HarbourSettings { HarbourSettings.fromEnvironment(dataDirectory: data) }
}

struct ServerOptions: ParsableArguments {
    @ArgumentParser.Option(name: .long, help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @ArgumentParser.Option(name: .long, help: "Port to listen on.")
    var port: Int = 8080

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be from 1 to 65535") }
    }
}

enum Runner {
    static let logging: Void = {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .notice
            return handler
        }
    }()

    /// Runs `body` with a configured, migrated application, and shuts it down afterwards.
    static func withApp<T>(_ settings: HarbourSettings, _ body: (Application) async throws -> T) async throws -> T {
        _ = logging
        let app = try await Application.make(Environment(name: "production", arguments: ["harbour"]))
        do {
            try await configure(app, settings: settings)
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    static func serve(_ app: Application, _ server: ServerOptions) async throws {
        app.http.server.configuration.hostname = server.host
        app.http.server.configuration.port = server.port
        say("Harbour is running at http://\(server.host):\(server.port)/ (Ctrl-C to stop)")
        try await app.execute()
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run Harbour's web pages and API.",
        discussion: "Migrations are applied first, so a new data folder is ready to use.")

    @OptionGroup var data: DataOptions
    @OptionGroup var server: ServerOptions

    func run() async throws {
        try await Runner.withApp(data.settings) { app in try await Runner.serve(app, server) }
    }
}

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate a synthetic council into the store, then run Harbour.",
        discussion: """
        The council is calibrated on a real local authority's volumes (70,500 children at scale 1) \
        and is the same for the same seed and options. Every name, address and identifier is \
        fictitious. Sign in as admin, manager, worker or analyst with the password \
        '\(SampleChildren.demoPassword)'. A store that already holds children is left alone unless \
        --replace is given. --samples loads six hand-made children instead, in an instant.
        """)

    @OptionGroup var data: DataOptions
    @OptionGroup var server: ServerOptions

    @ArgumentParser.Option(help: "Seed for the generator: the same seed gives the same council.")
    var seed: UInt64 = 1

    @ArgumentParser.Option(help: "Size against the calibration council (1 = 70,500 children; 10 a region; 100 England).")
    var scale: Double = 1

    @ArgumentParser.Option(help: "Years of history to generate.")
    var years: Int = 5

    @ArgumentParser.Option(help: "Last day of the record, YYYY-MM-DD (default: today).")
    var end: String?

    @ArgumentParser.Option(help: "Fraction of children given a data-quality defect, 0 to 0.5 (default 0: clean data).")
    var defects: Double = 0

    @ArgumentParser.Flag(help: "Delete whatever the store holds and generate a new council.")
    var replace = false

    @ArgumentParser.Flag(help: "Load six hand-made sample children instead of generating a council.")
    var samples = false

    @ArgumentParser.Flag(help: "Print each calibrated figure, generated against target, and stop (nothing is written).")
    var calibration = false

    @ArgumentParser.Flag(name: .long, help: "Generate the council and stop, without running the web server.")
    var noServe = false

    func parameters() throws -> SyntheticParameters {
        var last = LondonTime.day(of: Date())
        if let end {
            guard let day = Day(iso: end) else { throw CommandLineProblem(message: "--end: \"\(end)\" is not a real date written as YYYY-MM-DD") }
            last = day
        }
        let p = SyntheticParameters(seed: seed, scale: scale, years: years, end: last, defects: defects)
        if let problem = p.problem { throw CommandLineProblem(message: problem) }
        return p
    }

    func run() async throws {
        let parameters = try parameters()
        if calibration {
            var measure = Calibration(parameters)
            SyntheticCouncil(parameters).generate { measure.observe($0) }
            say(measure.table())
            say("\n\(measure.children) children, \(measure.events) records.")
            return
        }
        try await Runner.withApp(data.settings) { app in
            if samples {
                try await SampleChildren.load(into: app.db, bcryptCost: app.harbourSettings.bcryptCost,
                                              today: RecordStore(database: app.db).today)
            } else {
                let council = SyntheticCouncil(parameters)
                let bar = ProgressBar()
                let summary = try await SyntheticLoader(database: app.db, bcryptCost: app.harbourSettings.bcryptCost)
                    .load(council, replace: replace) { bar.show($0) }
                bar.finish()
                say("Generated \(summary.children) children and \(summary.records) records, \(summary.workers) workers, "
                    + "in \(String(format: "%.1f", summary.seconds)) s (seed \(seed), scale \(scale), \(years) years to \(parameters.end.iso)).")
            }
            say("Sign in as admin, manager, worker or analyst with the password '\(SampleChildren.demoPassword)'.")
            if !noServe { try await Runner.serve(app, server) }
        }
    }
}

/// A one-line progress bar on standard error: phase, children and records written, rate, time left.
final class ProgressBar: @unchecked Sendable {
    let lock = NSLock()
    let interactive = isatty(2) != 0
    var lastShown = Date.distantPast

    func show(_ p: SyntheticLoader.Progress) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard interactive || now.timeIntervalSince(lastShown) > 5 || p.children == p.expectedChildren else { return }
        lastShown = now
        var line = p.phase
        if p.expectedChildren > 0 {
            let fraction = Double(p.children) / Double(p.expectedChildren)
            let filled = Int(fraction * 30)
            let rate = p.elapsed > 0 ? Double(p.records) / p.elapsed : 0
            let left = fraction > 0 ? p.elapsed * (1 - fraction) / fraction : 0
            line = "[\(String(repeating: "#", count: filled))\(String(repeating: ".", count: 30 - filled))] \(p.phase): "
                + "\(p.children) of \(p.expectedChildren) children, \(p.records) records, \(Int(rate)) records/s, about \(Int(left.rounded())) s left"
        }
        FileHandle.standardError.write(Data(((interactive ? "\r\u{1B}[K" : "") + line + (interactive ? "" : "\n")).utf8))
    }

    func finish() {
        if interactive { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create or update the database tables, then stop.")

    @OptionGroup var data: DataOptions

    func run() async throws {
        try await Runner.withApp(data.settings) { _ in say("Database is up to date.") }
    }
}

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage sign-ins.", subcommands: [AddUser.self, MakeToken.self])
}

struct AddUser: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Create a sign-in with a role.",
        discussion: """
        The password is read from the HARBOUR_PASSWORD environment variable, or from the first line \
        of standard input, so it never appears in the shell history. Roles: \
        \(Role.allCases.map(\.rawValue).joined(separator: ", ")).
        """)

    @OptionGroup var data: DataOptions

    @ArgumentParser.Option(help: "Sign-in name: lower-case letters, numbers, dots and hyphens.")
    var username: String

    @ArgumentParser.Option(help: "The person's full name.")
    var name: String

    @ArgumentParser.Option(help: "practitioner, manager, analyst or administrator.")
    var role: String

    @ArgumentParser.Option(help: "Team id, for practitioners and managers.")
    var team: Int?

    func validate() throws {
        guard Role(rawValue: role) != nil else {
            throw ValidationError("--role must be one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() async throws {
        let password = ProcessInfo.processInfo.environment["HARBOUR_PASSWORD"] ?? readLine(strippingNewline: true) ?? ""
        try await Runner.withApp(data.settings) { app in
            let user = try await UserAccounts(database: app.db, bcryptCost: app.harbourSettings.bcryptCost)
                .add(username: username, displayName: name, role: Role(rawValue: role)!, password: password, teamID: team)
            say("Added \(user.username) (\(user.role.label)).")
        }
    }
}

struct MakeToken: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Make an API token for a user; it is shown once.")

    @OptionGroup var data: DataOptions

    @ArgumentParser.Option(help: "The user the token acts as.")
    var username: String

    @ArgumentParser.Option(help: "What the token is for.")
    var label: String = "API"

    func run() async throws {
        try await Runner.withApp(data.settings) { app in
            guard let user = try await User.query(on: app.db).filter(\.$username == username.lowercased()).first() else {
                throw CommandLineProblem(message: "--username: there is no user called \(username)")
            }
            let made = APITokens.make()
            try await APIToken(tokenHash: made.hash, userID: user.id!, label: label, createdAt: Date()).create(on: app.db)
            say(made.token)
        }
    }
}
