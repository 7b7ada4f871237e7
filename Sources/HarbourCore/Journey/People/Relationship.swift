extension RecordSpec {
    /// A person around the child: parents, carers, relatives, siblings.
    public static let relationship = RecordSpec(
        id: "relationship", title: "Person around the child", table: "relationships",
        fields: [
            FieldSpec("relationship", "Relationship to the child", .code(RelationshipType.list), required: true),
            FieldSpec("first_name", "First name", .text(maxLength: 100), required: true),
            FieldSpec("last_name", "Last name", .text(maxLength: 100), required: true),
            FieldSpec("date_of_birth", "Date of birth", .day),
            FieldSpec("parental_responsibility", "Has parental responsibility", .yesNo),
            FieldSpec("lives_with_child", "Lives with the child", .yesNo),
            FieldSpec("related_child_la_id", "LA child ID, if they are also known to children's services",
                      .text(maxLength: 20)),
        ],
        dateField: nil, summaryFields: ["relationship", "parental_responsibility"],
        source: "Children Act 1989 s3 (parental responsibility); SSDA903 Header MOTHER")
}
