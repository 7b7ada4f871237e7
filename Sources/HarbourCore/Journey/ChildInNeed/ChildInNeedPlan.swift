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
