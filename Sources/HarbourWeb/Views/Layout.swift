import HarbourCore
import HarbourStore
import Plot
import Vapor

/// What every page needs to draw its frame: who is signed in, the CSRF token for forms,
/// and which navigation item is current.
struct PageContext {
    let user: User?
    let csrf: String
    var current: String = ""
    var banner: String? = nil
}

enum Layout {
    static func render(title: String, context: PageContext, status: HTTPStatus = .ok, backLink: (String, String)? = nil,
                       _ content: [Body]) -> Response {
        let html = HTML(
            .lang(.english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title("\(title) – Harbour"),
                .stylesheet(SiteURL.stylesheet)
            ),
            .body(
                .class("govuk-template__body"),
                link("Skip to main content", "#main-content", class: "govuk-skip-link"),
                header(context),
                tag("div", ["class": "govuk-width-container"], [
                    tag("main", ["class": "govuk-main-wrapper", "id": "main-content", "role": "main"], [
                        backLink.map { link($0.0, $0.1, class: "govuk-back-link") } ?? .empty,
                        context.banner.map(successBanner) ?? .empty,
                    ] + content),
                ]),
                tag("footer", ["class": "govuk-footer", "role": "contentinfo"],
                    tag("div", ["class": "govuk-width-container"],
                        paragraph("Harbour – children's social care records. Synthetic data only in this demonstration.",
                                  class: "govuk-body-s")))
            )
        )
        let rendered = html.render()
        let body = rendered.hasPrefix("<!DOCTYPE html>") ? rendered : "<!DOCTYPE html>" + rendered
        let response = Response(status: status, body: .init(string: body))
        response.headers.contentType = .html
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    static func header(_ context: PageContext) -> Body {
        var items: [(String, String, String)] = []
        if let user = context.user {
            if user.role.may(.recordEvents) { items.append(("work", "My work", SiteURL.myWork)) }
            items.append(("children", "Find a child", SiteURL.children))
            if user.role.may(.viewTeams) { items.append(("teams", "Teams", SiteURL.teams)) }
            if user.role.may(.viewTeams) { items.append(("service", "Service", SiteURL.service)) }
            if user.role.may(.viewTeams) { items.append(("dashboard", "Performance", "/dashboard")) }
            if user.role.may(.exportData) { items.append(("returns", "Returns", ReturnsController.path)) }
            items.append(("rules", "Timescales", SiteURL.rules))
            if user.role.may(.manageUsers) { items.append(("users", "Users", SiteURL.users)) }
            if user.role.may(.manageUsers) { items.append(("settings", "Settings", SiteURL.settings)) }
            if user.role.may(.viewAccessLog) { items.append(("access", "Access log", SiteURL.accessLog)) }
        }
        return tag("header", ["class": "govuk-header", "role": "banner"], [
            tag("div", ["class": "govuk-width-container govuk-header__container"], [
                link("Harbour", "/", class: "harbour-header__service"),
                context.user.map { user in
                    tag("div", ["class": "harbour-header__user"], [
                        text("\(user.displayName) (\(user.role.label)) "),
                        tag("form", ["method": "post", "action": SiteURL.signOut, "class": "harbour-header__sign-out"], [
                            void("input", ["type": "hidden", "name": "_csrf", "value": context.csrf]),
                            tag("button", ["type": "submit", "class": "harbour-header__link"], text("Sign out")),
                        ]),
                    ])
                } ?? .empty,
            ]),
            items.isEmpty ? .empty : tag("nav", ["class": "harbour-nav", "aria-label": "Main menu"],
                tag("ul", ["class": "harbour-nav__list"], items.map { key, label, href in
                    tag("li", ["class": "harbour-nav__item"],
                        tag("a", ["class": "govuk-link harbour-nav__link", "href": href,
                                  "aria-current": key == context.current ? "page" : nil], text(label)))
                })),
        ])
    }

    static func successBanner(_ message: String) -> Body {
        tag("div", ["class": "govuk-notification-banner govuk-notification-banner--success", "role": "alert",
                    "aria-labelledby": "success-title"], [
            tag("div", ["class": "govuk-notification-banner__header"],
                tag("h2", ["class": "govuk-notification-banner__title", "id": "success-title"], text("Success"))),
            tag("div", ["class": "govuk-notification-banner__content"],
                tag("p", ["class": "govuk-notification-banner__heading"], text(message))),
        ])
    }

    static func errorSummary(_ errors: [FieldError]) -> Body {
        guard !errors.isEmpty else { return .empty }
        return tag("div", ["class": "govuk-error-summary", "data-module": "govuk-error-summary", "tabindex": "-1",
                           "role": "alert", "aria-labelledby": "error-summary-title"], [
            tag("h2", ["class": "govuk-error-summary__title", "id": "error-summary-title"], text("There is a problem")),
            tag("div", ["class": "govuk-error-summary__body"],
                tag("ul", ["class": "govuk-list govuk-error-summary__list"], errors.map { e in
                    tag("li", [:], link(e.message, "#\(e.field)", class: "govuk-link"))
                })),
        ])
    }

    static func table(caption: String?, id: String? = nil, headers: [String], rows: [[Body]]) -> Body {
        tag("table", ["class": "govuk-table", "id": id], [
            caption.map { tag("caption", ["class": "govuk-table__caption govuk-table__caption--m"], text($0)) } ?? .empty,
            tag("thead", ["class": "govuk-table__head"],
                tag("tr", ["class": "govuk-table__row"], headers.map {
                    tag("th", ["scope": "col", "class": "govuk-table__header"],
                        $0.isEmpty ? tag("span", ["class": "govuk-visually-hidden"], text("Actions")) : text($0))
                })),
            tag("tbody", ["class": "govuk-table__body"], rows.map { cells in
                tag("tr", ["class": "govuk-table__row"], cells.map { tag("td", ["class": "govuk-table__cell"], $0) })
            }),
        ])
    }

    /// GOV.UK pagination: previous and next links and each page number; `url` gives a page's address.
    static func pagination(page: Int, pages: Int, label: String, url: (Int) -> String) -> Body {
        guard pages > 1 else { return .empty }
        func arrow(_ title: String, _ rel: String, _ target: Int, _ cls: String) -> Body {
            tag("div", ["class": cls],
                tag("a", ["class": "govuk-link govuk-pagination__link", "href": url(target), "rel": rel],
                    tag("span", ["class": "govuk-pagination__link-title"],
                        [text(title), tag("span", ["class": "govuk-visually-hidden"], text(" page"))])))
        }
        return tag("nav", ["class": "govuk-pagination", "aria-label": label], [
            page > 1 ? arrow("Previous", "prev", page - 1, "govuk-pagination__prev") : .empty,
            tag("ul", ["class": "govuk-pagination__list"], (1...pages).map { n in
                tag("li", ["class": n == page ? "govuk-pagination__item govuk-pagination__item--current" : "govuk-pagination__item"],
                    tag("a", ["class": "govuk-link govuk-pagination__link", "href": url(n), "aria-label": "Page \(n)",
                              "aria-current": n == page ? "page" : nil], text(String(n))))
            }),
            page < pages ? arrow("Next", "next", page + 1, "govuk-pagination__next") : .empty,
        ])
    }

    static func summaryList(_ rows: [(String, Body)]) -> Body {
        tag("dl", ["class": "govuk-summary-list"], rows.map { key, value in
            tag("div", ["class": "govuk-summary-list__row"], [
                tag("dt", ["class": "govuk-summary-list__key"], text(key)),
                tag("dd", ["class": "govuk-summary-list__value"], value),
            ])
        })
    }

    static func statusTag(_ status: ChildStatus.Tag) -> Body {
        let colour = switch status {
        case .childProtection: "govuk-tag--red"
        case .lookedAfter: "govuk-tag--purple"
        case .childInNeed, .referralOpen: "govuk-tag--blue"
        case .careLeaver: "govuk-tag--turquoise"
        case .closed: "govuk-tag--grey"
        }
        return tag("strong", ["class": "govuk-tag \(colour)"], text(status.rawValue))
    }
}
