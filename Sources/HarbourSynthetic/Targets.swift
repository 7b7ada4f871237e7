/// What the synthetic council is calibrated on, at scale 1: Coventry's 2013-14 figures from
/// shared/reference/calibration.md (seed papers 000, 001 and 004). Each is checked by
/// `Calibration` and held within tolerance by a test.
public enum Targets {
    public static let population = 70_500
    public static let populationSource = "Synthetic council: 70,500 children aged 0 to 17 (Ofsted 2014), scaled with the council"
    public static let contactsPerYear = 22_197.0
    public static let referralsPer10k = 845.4
    public static let strategyDiscussionsPerYear = 2_506.0
    public static let section47sPer10k = 260.3
    public static let cpPlansPer10k = 108.1
    /// Children in need at 31 March 2013 (3,085) per 10,000.
    public static let childrenInNeedPer10k = 3_085.0 / 7.05
    /// Looked after at 31 March 2013 (619) per 10,000.
    public static let lookedAfterPer10k = 619.0 / 7.05
    public static let startedLookedAfterPerYear = 290.0
    public static let missingEpisodesPerYear = 323.0
    public static let cpCategory: [(String, Double)] = [("EMO", 0.510), ("NEG", 0.317), ("PHY", 0.095), ("SAB", 0.078)]
    public static let cpAge: [(String, Double)] = [("unborn", 0.045), ("under 1", 0.105), ("1-4", 0.294), ("5-9", 0.338),
                                                   ("10-15", 0.185), ("16-17", 0.033)]
    public static let placementMix: [(String, Double)] = [("foster", 0.719), ("residential", 0.131), ("with parents", 0.041),
                                                          ("other", 0.109)]
    public static let careLeavers: [(String, Double)] = [("eligible", 118), ("relevant", 18), ("former-relevant", 211),
                                                         ("qualifying", 24)]
}
