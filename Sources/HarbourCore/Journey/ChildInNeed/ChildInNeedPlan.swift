extension RecordSpec {
    public static let childInNeedPlan = RecordSpec(
        id: "cin-plan", title: "Child in need plan", table: "cin_plans",
        fields: [
            FieldSpec("start_date", "Plan start date", .day, required: true),
            FieldSpec("end_date", "Plan end date", .day),
        ],
        dateField: "start_date", endField: "end_date", allowedBeforeBirth: true,
        source: "CIN census CINPlanDates (N00689, N00690)",
        checks: [RecordSpec.endNotBeforeStart("start_date", "end_date", startLabel: "Plan start date", endLabel: "Plan end date")])
}

extension RecordSpec {
    /// A review of a child in need plan with the family and the professionals working with them.
    public static let childInNeedPlanReview = RecordSpec(
        id: "cin-plan-review", title: "Child in need plan review", table: "cin_plan_reviews",
        fields: [
            FieldSpec("review_date", "Date of the review", .day, required: true),
            FieldSpec("plan_continues", "The plan continues", .yesNo, hint: "No if the review decided to end the plan"),
        ],
        dateField: "review_date", summaryFields: ["plan_continues"], allowedBeforeBirth: true,
        source: "Working Together to Safeguard Children (CIN plans reviewed regularly; interval set by the council)")
}
