import Foundation
import HarbourCore

/// Every page's path, in one place.
enum SiteURL {
    static let signIn = "/sign-in"
    static let signOut = "/sign-out"
    static let children = "/children"
    static let newChild = "/children/new"
    static let teams = "/teams"
    static let users = "/admin/users"
    static let accessLog = "/admin/access-log"
    static let stylesheet = "/css/harbour.css"
    static let myWork = "/my-work"
    static let service = "/service"
    static let rules = "/timescales"
    static let settings = "/admin/settings"

    static func rule(_ id: RuleID) -> String { "/timescales/\(id.rawValue)" }
    static func teamSupervision(_ id: Int) -> String { "/teams/\(id)/supervision" }

    static func child(_ id: Int) -> String { "/children/\(id)" }
    static func editChild(_ id: Int) -> String { "/children/\(id)/edit" }
    static func chronology(_ id: Int, kind: EventKind? = nil) -> String {
        "/children/\(id)/chronology" + (kind.map { "?type=\($0.rawValue)" } ?? "")
    }
    static func record(_ kind: EventKind, child: Int) -> String { "/children/\(child)/record/\(kind.rawValue)" }
    static func correct(_ kind: EventKind, child: Int, id: Int) -> String { "/children/\(child)/records/\(kind.rawValue)/\(id)" }
    static func team(_ id: Int) -> String { "/teams/\(id)" }
    static func worker(_ id: Int) -> String { "/workers/\(id)" }
    static func search(_ q: String) -> String {
        "/children?q=" + (q.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
    }
}
