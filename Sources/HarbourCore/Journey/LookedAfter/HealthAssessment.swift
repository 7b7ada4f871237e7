extension RecordSpec {
    public static let healthAssessment = RecordSpec(
        id: "health-assessment", title: "Health assessment", table: "health_assessments",
        fields: [
            FieldSpec("assessment_date", "Date of the health assessment", .day, required: true),
            FieldSpec("assessment_type", "Type of health assessment", .code(HealthAssessmentType.list), required: true),
        ],
        dateField: "assessment_date", summaryFields: ["assessment_type"],
        source: "Care Planning Regulations 2010 reg 7 and sch 1; SSDA903 OC2 HEALTH_CHECK; Ofsted Annex A list 8")

    public static let dentalCheck = RecordSpec(
        id: "dental-check", title: "Dental check", table: "dental_checks",
        fields: [FieldSpec("check_date", "Date of the dental check", .day, required: true)],
        dateField: "check_date",
        source: "Promoting the health and well-being of looked-after children (2015); SSDA903 OC2 TEETH_CHECK")

    public static let personalEducationPlan = RecordSpec(
        id: "pep", title: "Personal education plan (PEP)", table: "peps",
        fields: [
            FieldSpec("pep_date", "Date of the PEP meeting", .day, required: true),
            FieldSpec("school", "School or setting", .text(maxLength: 200)),
        ],
        dateField: "pep_date", summaryFields: ["school"],
        source: "Care Planning Regulations 2010 reg 5; Promoting the education of looked-after children (2018)")
}
