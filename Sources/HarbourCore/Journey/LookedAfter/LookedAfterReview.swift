extension RecordSpec {
    public static let lookedAfterReview = RecordSpec(
        id: "review", title: "Looked-after review", table: "care_reviews",
        fields: [
            FieldSpec("review_date", "Date of the review", .day, required: true),
            FieldSpec("participation", "How the child took part", .code(ReviewParticipation.list)),
        ],
        dateField: "review_date", summaryFields: ["participation"],
        source: "Care Planning Regulations 2010 reg 33; SSDA903 Reviews (REVIEW, REVIEW_CODE)")
}
