extension RecordSpec {
    /// A referral to children's social care, which opens a child in need episode
    /// (the census's CINdetails) until it is closed.
    public static let referral = RecordSpec(
        id: "referral", title: "Referral (child in need episode)", table: "referrals",
        fields: [
            FieldSpec("referral_date", "Referral date", .day, required: true),
            FieldSpec("source", "Referral source", .code(ReferralSource.list), required: true),
            FieldSpec("nfa", "Referral led to no further action", .yesNo, required: true,
                      hint: "Yes if the referral was closed with no further action (CIN census ReferralNFA)"),
            FieldSpec("primary_need", "Primary need", .code(PrimaryNeed.list),
                      hint: "Recorded once the assessment has identified the child's main need"),
            FieldSpec("closure_date", "Closure date", .day),
            FieldSpec("closure_reason", "Reason for closure", .code(ReasonForClosure.list)),
        ],
        dateField: "referral_date", endField: "closure_date",
        summaryFields: ["source", "primary_need", "closure_reason"], allowedBeforeBirth: true,
        source: "CIN census CINdetails (N00100, N00152, N00101, N00102, N00103, N00112)",
        checks: [
            RecordSpec.endNotBeforeStart("referral_date", "closure_date", startLabel: "Referral date", endLabel: "Closure date"),
            { v in
                if v["closure_date"] != nil, v["closure_reason"] == nil {
                    return FieldError("closure_reason", "Select the reason for closure, because a closure date is given")
                }
                if v["closure_reason"] != nil, v["closure_date"] == nil {
                    return FieldError("closure_date-day", "Enter the closure date, because a reason for closure is given")
                }
                return nil
            },
        ])
}
