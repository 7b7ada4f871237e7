extension RecordSpec {
    /// A period of care: from the day a child starts to be looked after to the day they cease.
    /// Placements and legal status changes within it are SSDA903 episodes (`placement`).
    public static let periodOfCare = RecordSpec(
        id: "looked-after", title: "Period of care (looked after)", table: "care_periods",
        fields: [
            FieldSpec("start_date", "Date started to be looked after", .day, required: true),
            FieldSpec("legal_status", "Legal status on entry", .code(LegalStatus.list), required: true),
            FieldSpec("category_of_need", "Category of need", .code(CategoryOfNeed.list), required: true),
            FieldSpec("uasc", "Unaccompanied asylum-seeking child", .yesNo),
            FieldSpec("uasc_ceased_date", "Date UASC status ceased", .day, hint: "Usually the 18th birthday (SSDA903 UASC DUC)"),
            FieldSpec("previous_permanence", "Previous permanence order", .code(PreviousPermanence.list),
                      hint: "Was the child adopted, or under a special guardianship or child arrangements order, before this period?"),
            FieldSpec("previous_permanence_la", "Local authority that arranged the previous order", .text(maxLength: 3),
                      hint: "The LA code, or WAL, SCO, NIR, NUK outside England, or 999 if not known"),
            FieldSpec("previous_permanence_date", "Date of the previous order", .day),
            FieldSpec("permanence_plan", "Permanence plan", .code(PermanencePlan.list)),
            FieldSpec("end_date", "Date ceased to be looked after", .day),
            FieldSpec("reason_ceased", "Reason ceased to be looked after", .code(ReasonEpisodeCeased.list)),
        ],
        dateField: "start_date", endField: "end_date", summaryFields: ["legal_status", "category_of_need", "reason_ceased"],
        source: "SSDA903 Episodes (DECOM, LS, CIN, DEC, REC), UASC (DUC), PrevPerm; Ofsted Annex A list 8",
        checks: [
            RecordSpec.endNotBeforeStart("start_date", "end_date", startLabel: "Date started to be looked after",
                                         endLabel: "Date ceased to be looked after"),
            { v in
                if v["end_date"] != nil, v["reason_ceased"] == nil {
                    return FieldError("reason_ceased", "Select the reason ceased to be looked after, because an end date is given")
                }
                if v["reason_ceased"] != nil, v["end_date"] == nil {
                    return FieldError("end_date-day", "Enter the date ceased to be looked after, because a reason is given")
                }
                if v["reason_ceased"]?.code == ReasonEpisodeCeased.newEpisodeSameDay.rawValue {
                    return FieldError("reason_ceased", "X1 is for a new SSDA903 episode on the same day; record it on the placement, not the period of care")
                }
                return nil
            },
        ])
}
