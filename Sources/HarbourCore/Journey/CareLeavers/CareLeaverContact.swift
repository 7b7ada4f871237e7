extension RecordSpec {
    /// What is known about a care leaver at a point in time: status, contact, activity,
    /// accommodation, pathway plan and personal adviser (SSDA903 OC3, Annex A list 9).
    public static let careLeaver = RecordSpec(
        id: "care-leaver", title: "Care leaver record", table: "care_leaver_records",
        fields: [
            FieldSpec("record_date", "Date of this record", .day, required: true,
                      hint: "Usually the date of contact, or the young person's birthday for the annual return"),
            FieldSpec("status", "Care leaver status", .code(CareLeaverStatus.list), required: true),
            FieldSpec("in_touch", "Local authority in touch", .code(CareLeaverInTouch.list)),
            FieldSpec("activity", "Main activity", .code(CareLeaverActivity.list)),
            FieldSpec("accommodation", "Accommodation", .code(CareLeaverAccommodation.list),
                      hint: "Codes ending 1 are suitable accommodation, 2 not suitable"),
            FieldSpec("pathway_plan_date", "Date of the pathway plan", .day),
            FieldSpec("pathway_plan_review_date", "Date of the latest pathway plan review", .day),
            FieldSpec("personal_adviser", "Personal adviser", .text(maxLength: 200)),
        ],
        dateField: "record_date", summaryFields: ["status", "in_touch", "activity", "accommodation"],
        source: "Children (Leaving Care) Act 2000; Care Leavers (England) Regulations 2010; SSDA903 OC3",
        checks: [RecordSpec.endNotBeforeStart("pathway_plan_date", "pathway_plan_review_date",
                                              startLabel: "Date of the pathway plan", endLabel: "Date of the latest pathway plan review")])
}
