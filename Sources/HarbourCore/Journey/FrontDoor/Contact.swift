extension RecordSpec {
    /// A contact to the front door: information about a child that may or may not become a referral.
    public static let contact = RecordSpec(
        id: "contact", title: "Contact", table: "contacts",
        fields: [
            FieldSpec("contact_date", "Date of contact", .day, required: true),
            FieldSpec("source", "Contact source", .code(ReferralSource.list), required: true),
            FieldSpec("decision", "Decision", .code(ContactDecision.list), required: true),
            FieldSpec("decision_date", "Date of decision", .day,
                      hint: "The local standard is a decision within one working day"),
            FieldSpec("outcome", "Outcome and reasons", .text(maxLength: 4000)),
        ],
        dateField: "contact_date", summaryFields: ["source", "decision"], allowedBeforeBirth: true,
        source: "Ofsted Annex A list 1; Working Together to Safeguard Children",
        checks: [RecordSpec.endNotBeforeStart("contact_date", "decision_date",
                                              startLabel: "Date of contact", endLabel: "Date of decision")])
}
