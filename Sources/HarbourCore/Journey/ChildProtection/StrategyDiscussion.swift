extension RecordSpec {
    /// A strategy discussion (or meeting) between children's social care, police, health and
    /// others, which decides whether to start a section 47 enquiry.
    public static let strategyDiscussion = RecordSpec(
        id: "strategy-discussion", title: "Strategy discussion", table: "strategy_discussions",
        fields: [
            FieldSpec("discussion_date", "Date of the strategy discussion", .day, required: true),
            FieldSpec("agencies_invited", "Agencies invited", .codes(Agency.list)),
            FieldSpec("agencies_attended", "Agencies that took part", .codes(Agency.list),
                      hint: "Working Together expects at least social care, police and health"),
            FieldSpec("outcome", "Outcome", .code(StrategyOutcome.list)),
        ],
        dateField: "discussion_date", summaryFields: ["agencies_attended", "outcome"], allowedBeforeBirth: true,
        source: "Working Together to Safeguard Children; Ofsted Annex A list 5")
}
