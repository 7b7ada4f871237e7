extension RecordSpec {
    /// The yearly health and offending outcomes of a child looked after for 12 months (SSDA903 OC2).
    public static let healthOutcomes = RecordSpec(
        id: "health-outcomes", title: "Health and wellbeing outcomes (yearly)", table: "health_outcomes",
        fields: [
            FieldSpec("record_date", "Date recorded", .day, required: true),
            FieldSpec("sdq_score", "Strengths and difficulties questionnaire (SDQ) score", .integer(0...40)),
            FieldSpec("sdq_reason", "Reason there is no SDQ score", .code(SDQReason.list)),
            FieldSpec("convicted", "Convicted or given a youth caution in the year", .yesNo),
            FieldSpec("health_check", "Annual health assessment up to date", .yesNo),
            FieldSpec("immunisations", "Immunisations up to date", .yesNo),
            FieldSpec("teeth_check", "Dental check up to date", .yesNo),
            FieldSpec("health_assessment", "Health surveillance checks up to date (under 5)", .yesNo),
            FieldSpec("substance_misuse", "Identified as having a substance misuse problem", .yesNo),
            FieldSpec("intervention_received", "Received an intervention for substance misuse", .yesNo),
            FieldSpec("intervention_offered", "Offered an intervention for substance misuse", .yesNo),
        ],
        dateField: "record_date", summaryFields: ["sdq_score", "convicted"],
        source: "SSDA903 OC2 (SDQ_SCORE, SDQ_REASON, CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE, INTERVENTION_RECEIVED, INTERVENTION_OFFERED)",
        checks: [
            { v in
                if v["sdq_score"] != nil, v["sdq_reason"] != nil {
                    return FieldError("sdq_reason", "Give either an SDQ score or the reason there is none, not both")
                }
                return nil
            },
            RecordSpec.onlyWhenYes("intervention_received", "substance_misuse",
                                   message: "An intervention can only be recorded for a child identified with a substance misuse problem"),
        ])
}
