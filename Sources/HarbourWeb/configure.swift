import Fluent
import Foundation
import HarbourCore
import HarbourStore
import Vapor

/// Wires Harbour into an application: database, migrations, sessions, middleware and routes.
public func configure(_ app: Application, settings: HarbourSettings) async throws {
    app.harbourSettings = settings
    try StoreConfiguration.use(on: app, databaseURL: settings.databaseURL, dataDirectory: settings.dataDirectory)
    try await StoreConfiguration.prepare(app)

    app.sessions.use(.fluent)
    app.sessions.configuration.cookieName = "harbour-session"
    let secure = settings.secureCookies
    app.sessions.configuration.cookieFactory = { id in
        HTTPCookies.Value(string: id.string, maxAge: 8 * 60 * 60, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }
    app.routes.defaultMaxBodySize = "2mb"

    app.middleware = Middlewares()
    app.middleware.use(ServerTiming())
    app.middleware.use(SQLiteConnectionTuning())
    app.middleware.use(HarbourErrorMiddleware())
    app.middleware.use(SecurityHeaders())
    app.middleware.use(app.sessions.middleware)
    app.middleware.use(LoadUser())
    routes(app)
}

/// Headers every response carries: no framing, no sniffing, a tight content policy.
struct SecurityHeaders: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        response.headers.replaceOrAdd(name: "Content-Security-Policy",
                                      value: "default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; form-action 'self'")
        return response
    }
}

enum Stylesheet {
    static let css: String = {
        guard let url = Bundle.module.url(forResource: "harbour", withExtension: "css"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return "" }
        return text
    }()
}

/// Applies Harbour's per-connection SQLite settings to the connection a request will use (one
/// per event loop), the first time that connection is seen.
struct SQLiteConnectionTuning: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        try await SQLiteConnectionSettings.apply(to: request.db)
        return try await next.respond(to: request)
    }
}
