/// What a sign-in may do. Checked on the server for every page and API call.
public enum Permission: String, Sendable, CaseIterable {
    case viewChildren
    case recordEvents
    case allocateWork
    case viewTeams
    case exportData
    case manageUsers
    case viewAccessLog
    /// Population estimates, indicator targets and benchmarks.
    case editReferenceData
    /// Bringing children and their records in from a CIN census or SSDA903 files.
    case importReturns
}

extension Role {
    public var permissions: Set<Permission> {
        switch self {
        case .practitioner: [.viewChildren, .recordEvents, .viewTeams]
        case .manager: [.viewChildren, .recordEvents, .allocateWork, .viewTeams, .exportData]
        case .analyst: [.viewChildren, .viewTeams, .exportData, .editReferenceData, .importReturns]
        case .administrator: Set(Permission.allCases)
        }
    }

    public func may(_ permission: Permission) -> Bool { permissions.contains(permission) }
}
