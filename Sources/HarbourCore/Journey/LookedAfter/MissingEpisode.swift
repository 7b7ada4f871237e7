extension RecordSpec {
    /// A period missing from care or away from placement without authorisation, and the
    /// return interview that should follow within 72 hours.
    public static let missingEpisode = RecordSpec(
        id: "missing", title: "Missing or absent episode", table: "missing_episodes",
        fields: [
            FieldSpec("missing_type", "Missing or away without authorisation", .code(MissingType.list), required: true),
            FieldSpec("start_date", "Date went missing", .day, required: true),
            FieldSpec("end_date", "Date returned", .day),
            FieldSpec("interview_offered", "Return interview offered", .yesNo),
            FieldSpec("interview_accepted", "Return interview accepted", .yesNo),
            FieldSpec("interview_at", "Date and time of the return interview", .instant,
                      hint: "Time in 24-hour form, like 14:30"),
        ],
        dateField: "start_date", endField: "end_date", summaryFields: ["missing_type", "interview_offered", "interview_accepted"],
        source: "Statutory guidance on children who run away or go missing from home or care (2014); SSDA903 Missing",
        checks: [
            RecordSpec.endNotBeforeStart("start_date", "end_date", startLabel: "Date went missing", endLabel: "Date returned"),
            RecordSpec.onlyWhenYes("interview_accepted", "interview_offered",
                                   message: "Return interview accepted can only be answered if an interview was offered"),
            { v in
                if let at = v["interview_at"]?.instant, let start = v["start_date"]?.day, LondonTime.day(of: at) < start {
                    return FieldError("interview_at-day", "Date and time of the return interview must be after the date went missing")
                }
                return nil
            },
        ])
}
