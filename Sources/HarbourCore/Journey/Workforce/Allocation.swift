extension RecordSpec {
    /// Who holds the child's case, from when to when.
    public static let allocation = RecordSpec(
        id: "allocation", title: "Allocation", table: "allocations",
        fields: [
            FieldSpec("worker_id", "Worker", .worker, required: true),
            FieldSpec("allocation_role", "Role", .code(AllocationRole.list), required: true),
            FieldSpec("start_date", "Allocated from", .day, required: true),
            FieldSpec("end_date", "Allocated until", .day),
            FieldSpec("change_reason", "Reason for the change of worker", .code(SocialWorkerChangeReason.list)),
        ],
        dateField: "start_date", endField: "end_date", summaryFields: ["allocation_role", "change_reason"],
        allowedBeforeBirth: true,
        source: "SSDA903 SWEpisodes (SW_ID, SW_DECOM, SW_DEC, SW_REASON); Ofsted Annex A allocated team and worker",
        checks: [RecordSpec.endNotBeforeStart("start_date", "end_date", startLabel: "Allocated from", endLabel: "Allocated until")])
}

/// The part a worker plays for a child. Harbour local code set.
public enum AllocationRole: String, CodeSet {
    case socialWorker = "social-worker"
    case personalAdviser = "personal-adviser"
    case independentReviewingOfficer = "iro"
    case teamManager = "team-manager"

    public static let title = "Allocation role"

    public var label: String {
        switch self {
        case .socialWorker: "Allocated social worker"
        case .personalAdviser: "Personal adviser"
        case .independentReviewingOfficer: "Independent reviewing officer (IRO) or conference chair"
        case .teamManager: "Team manager (case held by a manager)"
        }
    }
}
