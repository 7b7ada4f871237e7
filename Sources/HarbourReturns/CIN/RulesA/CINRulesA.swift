extension CINRules {
    /// Part A of the CIN census rules: the header, the child's identifiers and details,
    /// referrals, assessments, section 47 enquiries, child protection plans and CIN plans.
    static let partA: [Rule<CINReturn>] = [
        r100, r1510, r1520, r1530, r1540, r1550, r1560Q, r1570, r1580, r4180, r4220, r8500, r8510,
        r8520, r8525Q, r8530Q, r8535Q, r8545Q, r8555Q, r8585Q, r8590, r8606, r8540, r2886Q, r2887Q, r2888Q,
        r1103, r1104, r1105, r2889, r2883, r2884, r2885, r2990, r2991Q, r8565, r8568, r8569Q, r8600, r8608, r8610,
        r4000, r4001, r4003, r4004, r4008, r4009Q, r4010, r4011, r4012Q, r4013, r4014, r4015, r4016, r4017,
    ]
}
