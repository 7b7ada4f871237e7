extension CINRules {
    /// Part B of the CIN census rules: episodes, assessments, section 47 enquiries, child
    /// protection plans and the child's identifiers and disabilities (8614 to 8950Q).
    static let partB: [Rule<CINReturn>] = [
        r8614, r8615, r8620, r8630, r8640, r8650, r8670Q, r8675Q, r8696, r8715,
        r8720, r8730, r8736, r8740, r8750, r8770Q, r8772, r8775Q, r8790, r8794,
        r8805, r8810, r8815, r8816, r8820, r8825Q, r8831, r8832, r8839, r8840,
        r8841, r8842Q, r8863Q, r8866, r8867, r8868, r8869, r8870Q, r8873Q, r8875,
        r8890, r8896, r8897Q, r8898, r8905, r8910, r8915, r8920, r8925, r8930,
        r8935, r8940, r8945Q, r8950Q,
    ]
}
