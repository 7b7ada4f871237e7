extension RecordSpec {
    /// A statutory or other visit to the child, and whether the child was seen, and seen alone.
    public static let visit = RecordSpec(
        id: "visit", title: "Visit", table: "visits",
        fields: [
            FieldSpec("visit_date", "Date of the visit", .day, required: true),
            FieldSpec("visit_type", "Type of visit", .code(VisitType.list), required: true),
            FieldSpec("child_seen", "Child seen", .yesNo, required: true),
            FieldSpec("seen_alone", "Child seen alone", .yesNo),
            FieldSpec("notes", "Notes", .text(maxLength: 10_000), hint: "What you saw and heard, and the child's wishes and feelings"),
        ],
        dateField: "visit_date", summaryFields: ["visit_type", "child_seen", "seen_alone"], allowedBeforeBirth: true,
        source: "Care Planning Regulations 2010 reg 28; Working Together; Ofsted Annex A lists 6-8",
        checks: [RecordSpec.onlyWhenYes("seen_alone", "child_seen", message: "Child seen alone can only be answered if the child was seen")])
}
