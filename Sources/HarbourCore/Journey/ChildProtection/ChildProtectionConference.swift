extension RecordSpec {
    /// An initial or review child protection conference, with partner agencies' attendance and reports.
    public static let conference = RecordSpec(
        id: "conference", title: "Child protection conference", table: "conferences",
        fields: [
            FieldSpec("conference_type", "Type of conference", .code(ConferenceType.list), required: true),
            FieldSpec("conference_date", "Date of the conference", .day, required: true),
            FieldSpec("agencies_invited", "Agencies invited", .codes(Agency.list)),
            FieldSpec("agencies_attended", "Agencies that attended", .codes(Agency.list)),
            FieldSpec("agencies_reported", "Agencies that sent a report", .codes(Agency.list)),
            FieldSpec("outcome", "Outcome", .code(ConferenceOutcome.list)),
        ],
        dateField: "conference_date", summaryFields: ["conference_type", "outcome"], allowedBeforeBirth: true,
        source: "Working Together to Safeguard Children; CIN census DateOfInitialCPC (N00110), CPPreviewDate (N00116)")
}
