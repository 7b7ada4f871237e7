extension RecordSpec {
    public static let section47Enquiry = RecordSpec(
        id: "section-47", title: "Section 47 enquiry", table: "section47_enquiries",
        fields: [
            FieldSpec("start_date", "Section 47 enquiry start date", .day, required: true,
                      hint: "The date of the strategy discussion that started the enquiry"),
            FieldSpec("outcome", "Outcome", .code(Section47Outcome.list)),
            FieldSpec("outcome_date", "Date of the outcome", .day),
            FieldSpec("conference_not_required", "Initial child protection conference not required", .yesNo,
                      required: true, hint: "Yes if concerns were substantiated but a conference was judged unnecessary (CIN census ICPCnotRequired)"),
        ],
        dateField: "start_date", endField: "outcome_date", summaryFields: ["outcome"], allowedBeforeBirth: true,
        source: "Children Act 1989 s47; CIN census Section47 (N00111)",
        checks: [RecordSpec.endNotBeforeStart("start_date", "outcome_date", startLabel: "Section 47 enquiry start date",
                                              endLabel: "Date of the outcome")])
}
