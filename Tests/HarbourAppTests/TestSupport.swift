import Fluent
import Foundation
import HarbourCore
import HarbourStore
@testable import HarbourWeb
import Testing
import Vapor
import VaporTesting

/// The databases the store tests run on: SQLite always, PostgreSQL when
/// HARBOUR_TEST_POSTGRES_URL names one (scripts/test starts a throwaway server).
enum TestDatabase: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    static var available: [TestDatabase] {
        ProcessInfo.processInfo.environment["HARBOUR_TEST_POSTGRES_URL"].map { $0.isEmpty ? [.sqlite] : [.sqlite, .postgres] } ?? [.sqlite]
    }

    var testDescription: String { rawValue }
}

/// Runs `body` against a fresh Harbour with the sample children loaded.
func withHarbour(_ database: TestDatabase, _ body: (Application) async throws -> Void) async throws {
    let app = try await Application.make(.testing)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("harbour-test-\(UUID().uuidString)").path
    let url = database == .postgres ? ProcessInfo.processInfo.environment["HARBOUR_TEST_POSTGRES_URL"] : nil
    do {
        try await configure(app, settings: HarbourSettings(dataDirectory: folder, databaseURL: url, bcryptCost: 4))
        if database == .postgres {
            try await app.autoRevert()
            try await app.autoMigrate()
        }
        try await SampleChildren.load(into: app.db, bcryptCost: 4, today: RecordStore(database: app.db).today)
        try await body(app)
    } catch {
        try? await app.asyncShutdown()
        try? FileManager.default.removeItem(atPath: folder)
        throw error
    }
    try await app.asyncShutdown()
    try? FileManager.default.removeItem(atPath: folder)
}

/// A browser without JavaScript: keeps cookies, reads CSRF tokens from forms.
struct Visitor {
    let app: Application
    var cookies: [String: String] = [:]

    init(_ app: Application) { self.app = app }

    mutating func send(_ method: HTTPMethod, _ path: String, form: [(String, String)]? = nil, json: String? = nil,
                       body raw: ByteBuffer? = nil, headers extra: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        var headers = extra
        if !cookies.isEmpty {
            headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        var body: ByteBuffer? = raw
        if let form {
            headers.contentType = .urlEncodedForm
            var c = URLComponents()
            c.queryItems = form.map { URLQueryItem(name: $0.0, value: $0.1) }
            body = ByteBuffer(string: c.percentEncodedQuery ?? "")
        } else if let json {
            headers.contentType = .json
            body = ByteBuffer(string: json)
        }
        let response = try await app.testing().sendRequest(method, path, headers: headers, body: body)
        for (name, value) in response.headers.setCookie?.all ?? [:] {
            cookies[name] = value.string
        }
        return response
    }

    /// Posts a multipart form, as a browser sends a form with file inputs: `fields`, then each
    /// file as a part with its file name (an empty name and no bytes is an input left empty).
    mutating func upload(_ path: String, fields: [(String, String)], files: [(field: String, name: String, bytes: Data)],
                         headers extra: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        let boundary = "----harbour-test-\(UUID().uuidString)"
        var body = ByteBuffer()
        for (name, value) in fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        for file in files {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\n"
                             + "Content-Type: application/octet-stream\r\n\r\n")
            body.writeBytes(file.bytes)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        var headers = extra
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await send(.POST, path, body: body, headers: headers)
    }

    /// The `_csrf` value of the first form on the page.
    mutating func csrf(_ path: String) async throws -> String {
        let page = try await send(.GET, path)
        let html = page.body.string
        guard let range = html.range(of: "name=\"_csrf\" value=\"") else { return "" }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    mutating func signIn(_ username: String) async throws {
        let token = try await csrf("/sign-in")
        let response = try await send(.POST, "/sign-in", form: [("_csrf", token), ("username", username),
                                                                 ("password", SampleChildren.demoPassword)])
        #expect(response.status == .seeOther, "sign in as \(username)")
    }

    /// Posts a form with the CSRF token of the page that shows it.
    mutating func submit(_ path: String, to action: String? = nil, _ fields: [(String, String)]) async throws -> TestingHTTPResponse {
        let token = try await csrf(path)
        return try await send(.POST, action ?? path, form: [("_csrf", token)] + fields)
    }
}

func childID(_ app: Application, _ laChildID: String) async throws -> Int {
    try #require(try await RecordStore(database: app.db).child(laChildID: laChildID)).id
}

func count(_ app: Application, _ kind: EventKind, child: Int) async throws -> Int {
    try await RecordStore(database: app.db).events(childID: child, kinds: [kind]).count
}

func apiToken(_ app: Application, for username: String) async throws -> String {
    let user = try #require(try await User.query(on: app.db).filter(\.$username == username).first())
    let made = APITokens.make()
    try await APIToken(tokenHash: made.hash, userID: user.id!, label: "test", createdAt: Date()).create(on: app.db)
    return made.token
}

extension TestingHTTPResponse {
    var json: [String: JSONValue] {
        (try? JSONDecoder().decode([String: JSONValue].self, from: Data(buffer: body))) ?? [:]
    }
}
