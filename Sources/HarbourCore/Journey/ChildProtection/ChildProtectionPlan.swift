extension RecordSpec {
    public static let childProtectionPlan = RecordSpec(
        id: "cp-plan", title: "Child protection plan", table: "cp_plans",
        fields: [
            FieldSpec("start_date", "Plan start date", .day, required: true),
            FieldSpec("initial_category", "Initial category of abuse", .code(CategoryOfAbuse.list), required: true),
            FieldSpec("latest_category", "Latest category of abuse", .code(CategoryOfAbuse.list), required: true),
            FieldSpec("end_date", "Plan end date", .day),
        ],
        dateField: "start_date", endField: "end_date", summaryFields: ["initial_category", "latest_category"],
        allowedBeforeBirth: true,
        source: "CIN census ChildProtectionPlans (N00105, N00113, N00114, N00115)",
        checks: [RecordSpec.endNotBeforeStart("start_date", "end_date", startLabel: "Plan start date", endLabel: "Plan end date")])
}

extension RecordSpec {
    /// A core group meeting: the professionals and family who carry out the child protection plan.
    public static let coreGroup = RecordSpec(
        id: "core-group", title: "Core group meeting", table: "core_group_meetings",
        fields: [
            FieldSpec("meeting_date", "Date of the core group meeting", .day, required: true),
            FieldSpec("agencies_attended", "Agencies that attended", .codes(Agency.list)),
        ],
        dateField: "meeting_date", summaryFields: ["agencies_attended"], allowedBeforeBirth: true,
        source: "Working Together to Safeguard Children (core group within 10 working days of the initial conference, then as the council sets)")
}
