extension RecordSpec {
    /// A step towards permanence: adoption decisions and orders, special guardianship,
    /// child arrangements, and the formal confirmation of a long-term foster match.
    public static let permanence = RecordSpec(
        id: "permanence", title: "Permanence step", table: "permanence_steps",
        fields: [
            FieldSpec("step", "Step", .code(PermanenceStep.list), required: true),
            FieldSpec("step_date", "Date", .day, required: true),
            FieldSpec("reason_no_longer_adoption", "Reason the child should no longer be placed for adoption",
                      .code(ReasonPlacedCeased.list)),
            FieldSpec("adopted_by_foster_carer", "Adopted or matched with the child's foster carer", .yesNo),
            FieldSpec("number_of_adopters", "Number of adopters", .integer(1...2)),
            FieldSpec("adopter_sex", "Adopters' sex", .code(AdopterSex.list)),
            FieldSpec("adopter_legal_status", "Adopters' legal status", .code(AdopterLegalStatus.list)),
        ],
        dateField: "step_date", summaryFields: ["step"],
        source: "Adoption and Children Act 2002; Care Planning Regulations 2010 reg 22C; SSDA903 PlacedAdoption and AD1; Ofsted Annex A list 10",
        checks: [{ v in
            let isNoLonger = v["step"]?.code == PermanenceStep.decisionNoLongerAdoption.rawValue
            if isNoLonger, v["reason_no_longer_adoption"] == nil {
                return FieldError("reason_no_longer_adoption", "Select the reason the child should no longer be placed for adoption")
            }
            if !isNoLonger, v["reason_no_longer_adoption"] != nil {
                return FieldError("reason_no_longer_adoption", "A reason is only given with a decision that the child should no longer be placed for adoption")
            }
            return nil
        }])
}
