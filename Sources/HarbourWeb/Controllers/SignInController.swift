import Fluent
import HarbourCore
import HarbourStore
import Vapor

enum SignInController {
    @Sendable static func show(req: Request) async throws -> Response {
        if req.user != nil { return req.redirect(to: SiteURL.children) }
        return page(req, username: "", errors: [], status: .ok)
    }

    @Sendable static func signIn(req: Request) async throws -> Response {
        let form = FormInput(urlEncoded: req.body.string ?? "")
        let username = (form["username"]?.first ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let password = form["password"]?.first ?? ""
        var errors = [FieldError]()
        if username.isEmpty { errors.append(FieldError("username", "Enter your username")) }
        if password.isEmpty { errors.append(FieldError("password", "Enter your password")) }
        if errors.isEmpty {
            if let user = try await User.query(on: req.db).filter(\.$username == username).first(), user.active,
               Passwords.verify(password, hash: user.passwordHash) {
                req.session.data["user"] = String(user.id!)
                req.session.data["csrf"] = [UInt8].random(count: 32).hex
                return req.redirect(to: SiteURL.children)
            }
            errors.append(FieldError("username", "Enter a correct username and password"))
        }
        return page(req, username: username, errors: errors, status: .unauthorized)
    }

    @Sendable static func signOut(req: Request) async throws -> Response {
        req.session.destroy()
        return req.redirect(to: SiteURL.signIn)
    }

    static func page(_ req: Request, username: String, errors: [FieldError], status: HTTPStatus) -> Response {
        let form = FormRenderer(input: ["username": [username]], errors: errors)
        return Layout.render(title: "Sign in", context: PageContext(user: nil, csrf: req.csrfToken), status: status, [
            tag("div", ["class": "govuk-grid-row"], tag("div", ["class": "govuk-grid-column-two-thirds"], [
                Layout.errorSummary(errors),
                heading(1, "Sign in to Harbour", class: "govuk-heading-l"),
                tag("form", ["method": "post", "action": SiteURL.signIn, "novalidate": "novalidate"], [
                    void("input", ["type": "hidden", "name": "_csrf", "value": req.csrfToken]),
                    form.field(FieldSpec("username", "Username", .text(maxLength: 100), required: true)),
                    tag("div", ["class": "govuk-form-group" + (errors.isEmpty ? "" : " govuk-form-group--error")], [
                        tag("label", ["class": "govuk-label govuk-label--s", "for": "password"], text("Password")),
                        void("input", ["class": "govuk-input govuk-input--width-20", "id": "password", "name": "password",
                                       "type": "password", "autocomplete": "current-password"]),
                    ]),
                    tag("button", ["type": "submit", "class": "govuk-button"], text("Sign in")),
                ]),
            ])),
        ])
    }
}
