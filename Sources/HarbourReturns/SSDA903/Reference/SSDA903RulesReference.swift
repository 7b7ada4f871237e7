extension SSDA903Rules {
    /// The rules that read the council's reference data besides the return: the ONS Postcode
    /// Directory (PL_LA, PL_LOCATION, PL_DISTANCE) and Ofsted's list of social care providers.
    static let partReference: [Rule<SSDA903Return>] = [
        r164, r169, r179, r218, r241, r243, r392a, r392c, r406, r411, r420, r454, r1015,
        r452, r453, r503G, r503H, r503J,
        r219, r221, r224, r227, r228, r229, r1008,
    ]
}
