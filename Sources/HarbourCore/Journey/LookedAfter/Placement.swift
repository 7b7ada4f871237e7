extension RecordSpec {
    /// A placement, or a change of legal status, within a period of care: one SSDA903 episode.
    public static let placement = RecordSpec(
        id: "placement", title: "Placement (looked-after episode)", table: "placements",
        fields: [
            FieldSpec("start_date", "Placement or episode start date", .day, required: true),
            FieldSpec("reason_new_episode", "Reason for new episode", .code(ReasonForNewEpisode.list), required: true),
            FieldSpec("legal_status", "Legal status", .code(LegalStatus.list), required: true),
            FieldSpec("placement_type", "Placement type", .code(PlacementType.list), required: true),
            FieldSpec("provider", "Placement provider", .code(PlacementProvider.list)),
            FieldSpec("placement_postcode", "Placement postcode", .text(maxLength: 8)),
            FieldSpec("home_postcode", "Child's home postcode", .text(maxLength: 8)),
            FieldSpec("urn", "Ofsted URN of the placement", .text(maxLength: 8)),
            FieldSpec("end_date", "Placement or episode end date", .day),
            FieldSpec("reason_place_change", "Reason for placement change", .code(ReasonPlaceChange.list)),
        ],
        dateField: "start_date", endField: "end_date", summaryFields: ["placement_type", "legal_status", "provider"],
        source: "SSDA903 Episodes (DECOM, RNE, LS, PLACE, PLACE_PROVIDER, PL_POST, HOME_POST, URN, DEC, REASON_PLACE_CHANGE)",
        checks: [
            RecordSpec.endNotBeforeStart("start_date", "end_date", startLabel: "Placement or episode start date",
                                         endLabel: "Placement or episode end date"),
            { v in
                for name in ["placement_postcode", "home_postcode"] {
                    if let p = v[name]?.text, !Postcode.isWellFormed(p) {
                        return FieldError(name, "Enter a full UK postcode, like AB1 2CD")
                    }
                }
                if v["provider"]?.code == PlacementProvider.parentsOrPersonWithPR.rawValue, v["placement_type"]?.code != PlacementType.withParents.rawValue {
                    return FieldError("provider", "Provider PR0 (parents) can only be used with placement type P1")
                }
                return nil
            },
        ])
}
