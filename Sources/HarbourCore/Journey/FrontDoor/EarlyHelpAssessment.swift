extension RecordSpec {
    /// An early help assessment (formerly CAF), and who completed it (Ofsted Annex A list 2).
    public static let earlyHelpAssessment = RecordSpec(
        id: "early-help", title: "Early help assessment", table: "early_help_assessments",
        fields: [
            FieldSpec("start_date", "Assessment start date", .day, required: true),
            FieldSpec("completion_date", "Assessment completion date", .day),
            FieldSpec("organisation", "Organisation completing the assessment", .text(maxLength: 200), required: true,
                      hint: "For example the council's early help service, a school or a health visitor"),
            FieldSpec("held_by_council", "Held by the council", .yesNo),
        ],
        dateField: "start_date", endField: "completion_date", summaryFields: ["organisation"], allowedBeforeBirth: true,
        source: "Working Together to Safeguard Children (early help); Ofsted Annex A list 2",
        checks: [RecordSpec.endNotBeforeStart("start_date", "completion_date", startLabel: "Assessment start date",
                                              endLabel: "Assessment completion date")])
}
