extension RecordSpec {
    /// The child: identifiers and characteristics as the CIN census and SSDA903 return need them.
    public static let child = RecordSpec(
        id: "child", title: "Child", table: "children",
        fields: [
            FieldSpec("la_child_id", "LA child ID", .text(maxLength: 20), required: true,
                      hint: "Up to 20 letters and numbers, unique in this council"),
            FieldSpec("first_name", "First name", .text(maxLength: 100), required: true),
            FieldSpec("last_name", "Last name", .text(maxLength: 100), required: true),
            FieldSpec("date_of_birth", "Date of birth", .day),
            FieldSpec("expected_date_of_birth", "Expected date of birth", .day, hint: "For an unborn child"),
            FieldSpec("sex", "Sex", .code(Sex.list), required: true),
            FieldSpec("ethnicity", "Ethnicity", .code(Ethnicity.list), required: true),
            FieldSpec("disabilities", "Disabilities", .codes(Disability.list)),
            FieldSpec("upn", "UPN", .text(maxLength: 13), hint: "Unique pupil number, 13 characters starting with a letter"),
            FieldSpec("former_upn", "Former UPN", .text(maxLength: 13)),
            FieldSpec("upn_unknown", "Reason the UPN is not known", .code(UPNUnknown.list)),
            FieldSpec("postcode", "Postcode", .text(maxLength: 8)),
            FieldSpec("date_of_death", "Date of death", .day),
            FieldSpec("is_mother", "The child is a mother", .yesNo),
            FieldSpec("mother_child_dob", "Date of birth of the child's own child", .day),
        ],
        dateField: "date_of_birth", futureAllowed: ["expected_date_of_birth"],
        source: "CIN census ChildIdentifiers and ChildCharacteristics; SSDA903 Header",
        checks: [
            { v in
                guard let id = v["la_child_id"]?.text else { return nil }
                return id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) ? nil
                    : FieldError("la_child_id", "LA child ID must contain only letters and numbers")
            },
            { v in
                if v["date_of_birth"] == nil, v["expected_date_of_birth"] == nil {
                    return FieldError("date_of_birth-day", "Enter the date of birth, or the expected date of birth for an unborn child")
                }
                return nil
            },
            { v in
                for name in ["upn", "former_upn"] {
                    if let upn = v[name]?.text, let problem = UPN.problem(with: upn.uppercased()) {
                        return FieldError(name, name == "upn" ? problem : "Former " + problem)
                    }
                }
                if v["upn"] != nil, v["upn_unknown"] != nil {
                    return FieldError("upn_unknown", "Give either a UPN or a reason it is not known, not both")
                }
                return nil
            },
            { v in
                if let p = v["postcode"]?.text, !Postcode.isWellFormed(p) {
                    return FieldError("postcode", "Enter a full UK postcode, like AB1 2CD")
                }
                return nil
            },
            RecordSpec.endNotBeforeStart("date_of_birth", "date_of_death", startLabel: "Date of birth", endLabel: "Date of death"),
            RecordSpec.onlyWhenYes("mother_child_dob", "is_mother",
                                   message: "Date of birth of the child's own child can only be given if the child is a mother"),
        ])
}

/// What the journey rules need to know about the child.
public struct ChildFacts: Sendable, Hashable {
    public let dateOfBirth: Day?
    public let expectedDateOfBirth: Day?
    public let dateOfDeath: Day?

    public init(dateOfBirth: Day?, expectedDateOfBirth: Day?, dateOfDeath: Day?) {
        self.dateOfBirth = dateOfBirth
        self.expectedDateOfBirth = expectedDateOfBirth
        self.dateOfDeath = dateOfDeath
    }

    public init(_ values: FieldValues) {
        self.init(dateOfBirth: values["date_of_birth"]?.day, expectedDateOfBirth: values["expected_date_of_birth"]?.day,
                  dateOfDeath: values["date_of_death"]?.day)
    }
}
