import HarbourCore
import HarbourStore
import Vapor

/// Turns errors into a page a person can act on, or an RFC 9457 problem document for the API.
/// Messages never include a child's details.
struct HarbourErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return Self.response(for: error, request: request)
        }
    }

    static func response(for error: any Error, request: Request) -> Response {
        let status: HTTPResponseStatus
        let title: String
        var detail: String
        var fieldErrors: [FieldError] = []
        switch error {
        case let failure as ValidationFailure:
            status = .unprocessableEntity
            title = "The record could not be saved"
            detail = failure.errors.map(\.message).joined(separator: "; ")
            fieldErrors = failure.errors
        case let bad as BadRequest:
            status = .badRequest
            title = "Bad request"
            detail = bad.message
            fieldErrors = bad.field.map { [FieldError($0, bad.message)] } ?? []
        case let notFound as StoreError:
            status = .notFound
            title = "Not found"
            detail = notFound.description
        case let abort as any AbortError:
            status = abort.status
            title = abort.status.reasonPhrase
            detail = abort.reason
        default:
            status = .internalServerError
            title = "Something went wrong"
            detail = "Harbour could not complete this request. Nothing was saved. Try again, and tell your system administrator if it happens again."
            request.logger.error("Unhandled error on \(request.method) \(request.url.path): \(String(reflecting: type(of: error)))")
        }
        if status == .forbidden && !request.isAPI && detail == status.reasonPhrase {
            detail = "Your role does not include this page. Ask your manager or a Harbour administrator if you need it."
        }
        if request.isAPI {
            var problem: [String: JSONValue] = [
                "type": .string("about:blank"), "title": .string(title), "status": .number(Double(status.code)),
                "detail": .string(detail), "instance": .string(request.url.path),
            ]
            if !fieldErrors.isEmpty {
                problem["errors"] = .array(fieldErrors.map { .object(["field": .string($0.field), "message": .string($0.message)]) })
            }
            let response = Response(status: status)
            response.headers.replaceOrAdd(name: .contentType, value: "application/problem+json")
            response.body = .init(data: (try? JSONEncoder.api.encode(problem)) ?? Data())
            return response
        }
        let pageTitle = switch status {
        case .forbidden: "You do not have access to this page"
        case .notFound: "Page not found"
        case .unauthorized: "Sign in to use Harbour"
        default: status.code >= 500 ? "Sorry, there is a problem with Harbour" : title
        }
        return Layout.render(title: pageTitle, context: PageContext(user: request.user, csrf: request.session.data["csrf"] ?? ""),
                             status: status, [heading(1, pageTitle, class: "govuk-heading-l"), paragraph(detail)])
    }
}


/// A request the API or a page cannot take, naming the field at fault.
struct BadRequest: Error {
    let field: String?
    let message: String
}

extension JSONEncoder {
    static var api: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }
}
