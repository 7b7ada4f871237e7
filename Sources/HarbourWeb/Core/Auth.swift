import Fluent
import Foundation
import HarbourCore
import HarbourStore
import Vapor

struct CurrentUserKey: StorageKey { typealias Value = User }
struct SignedInByTokenKey: StorageKey { typealias Value = Bool }

extension Request {
    var user: User? { storage[CurrentUserKey.self] }

    func requireUser() throws -> User {
        guard let user else { throw Abort(.unauthorized) }
        return user
    }

    /// Refuses the request unless the signed-in user's role allows `permission`.
    @discardableResult
    func require(_ permission: Permission) throws -> User {
        let user = try requireUser()
        guard user.role.may(permission) else { throw Abort(.forbidden) }
        return user
    }

    var store: RecordStore { RecordStore(database: db) }

    /// The session's anti-forgery token, made on first use.
    var csrfToken: String {
        if let token = session.data["csrf"] { return token }
        let token = [UInt8].random(count: 32).hex
        session.data["csrf"] = token
        return token
    }

    var pageContext: PageContext { PageContext(user: user, csrf: csrfToken) }

    var isAPI: Bool { url.path.hasPrefix("/api/") }
}

/// Finds who is signed in, from the session cookie or an `Authorization: Bearer` token.
struct LoadUser: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let bearer = request.headers.bearerAuthorization {
            let hash = APITokens.hash(bearer.token)
            if let token = try await APIToken.query(on: request.db).filter(\.$tokenHash == hash).first(),
               let user = try await User.find(token.userID, on: request.db), user.active {
                request.storage[CurrentUserKey.self] = user
                request.storage[SignedInByTokenKey.self] = true
            } else {
                throw Abort(.unauthorized, reason: "The bearer token is not valid")
            }
        } else if let id = request.session.data["user"].flatMap(Int.init),
                  let user = try await User.find(id, on: request.db), user.active {
            request.storage[CurrentUserKey.self] = user
        }
        return try await next.respond(to: request)
    }
}

/// Pages need a signed-in user: others are sent to sign in. The API answers 401.
struct RequireSignIn: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.user != nil else {
            if request.isAPI { throw Abort(.unauthorized, reason: "Sign in, or send an API token as Authorization: Bearer") }
            return request.redirect(to: SiteURL.signIn)
        }
        return try await next.respond(to: request)
    }
}

/// Every state-changing request made with the session cookie must carry the session's
/// anti-forgery token: in the form's `_csrf` field, or the `X-CSRF-Token` header for the API.
struct CSRFCheck: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let unsafe = ![.GET, .HEAD, .OPTIONS].contains(request.method)
        if unsafe, request.storage[SignedInByTokenKey.self] != true {
            let expected = request.session.data["csrf"]
            let sent: String?
            if request.isAPI {
                sent = request.headers.first(name: "X-CSRF-Token")
            } else if request.headers.contentType?.type == "multipart" {
                sent = try? request.content.get(String.self, at: "_csrf")
            } else {
                sent = FormInput(urlEncoded: request.body.string ?? "")["_csrf"]?.first
            }
            guard let expected, let sent, !sent.isEmpty,
                  expected.utf8.count == sent.utf8.count, expected == sent else {
                throw Abort(.forbidden, reason: "The form had expired or did not come from Harbour. Go back, reload the page and try again.")
            }
        }
        return try await next.respond(to: request)
    }
}

/// Reads the whole body of an upload, up to `maxBytes`, before the CSRF check needs its
/// `_csrf` field (a body this big arrives in pieces). Too big a body is refused naming the field.
struct CollectUpload: AsyncMiddleware {
    let maxBytes: Int
    let field: String
    let tooBig: String

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let length = request.headers.first(name: .contentLength).flatMap(Int.init), length > maxBytes {
            throw BadRequest(field: field, message: tooBig)
        }
        if request.body.data == nil {
            do {
                _ = try await request.body.collect(max: maxBytes).get()
            } catch let abort as any AbortError where abort.status == .payloadTooLarge {
                throw BadRequest(field: field, message: tooBig)
            }
        }
        return try await next.respond(to: request)
    }
}

enum Passwords {
    static func verify(_ password: String, hash: String) -> Bool {
        (try? Bcrypt.verify(password, created: hash)) ?? false
    }
}

extension Sequence where Element == UInt8 {
    var hex: String { map { String(format: "%02x", $0) }.joined() }
}
