extension RecordSpec {
    /// A single (continuous) assessment under Working Together: started, the child seen,
    /// authorised by a manager, with the factors it identified.
    public static let assessment = RecordSpec(
        id: "assessment", title: "Assessment", table: "assessments",
        fields: [
            FieldSpec("start_date", "Assessment start date", .day, required: true),
            FieldSpec("child_seen", "Child seen during the assessment", .yesNo),
            FieldSpec("child_seen_date", "Date the child was seen", .day),
            FieldSpec("authorisation_date", "Date the assessment was authorised", .day,
                      hint: "The date a manager signed off the completed assessment"),
            FieldSpec("factors", "Factors identified at assessment", .codes(AssessmentFactor.list)),
            FieldSpec("needs_services", "Child assessed as needing children's social care support", .yesNo),
        ],
        dateField: "start_date", endField: "authorisation_date", summaryFields: ["authorisation_date", "child_seen"],
        allowedBeforeBirth: true,
        source: "CIN census Assessments (N00159, N00160, N00181); Ofsted Annex A list 4",
        checks: [
            RecordSpec.endNotBeforeStart("start_date", "authorisation_date", startLabel: "Assessment start date",
                                         endLabel: "Date the assessment was authorised"),
            RecordSpec.endNotBeforeStart("start_date", "child_seen_date", startLabel: "Assessment start date",
                                         endLabel: "Date the child was seen"),
            RecordSpec.onlyWhenYes("child_seen_date", "child_seen",
                                   message: "Date the child was seen can only be given if the child was seen"),
        ])
}
