extension SSDA903Rules {
    /// Part B of the SSDA903 rules: adoption, care leavers, episode sequences and ages,
    /// temporary and respite placements, continuity with last year's return, placement providers,
    /// and the OC2 health and conviction items.
    static let partB: [Rule<SSDA903Return>] = [
        r333, r334, r335, r336, r344, r345, r347, r348, r351, r352, r353,
        r354, r355, r356, r357, r358, r359, r361, r362, r363, r364, r365, r366, r367,
        r371, r372, r373, r374, r375, r376, r377, r378, r379, r380, r381, r382, r383, r384, r385, r386, r387, r388, r389, r390, r391,
        r392b, r392d, r393, r398, r399, r407, r408, r426,
        r431, r432, r433, r434, r435, r436, r437, r440, r441, r442, r444, r446, r460,
        r501, r502, r503A, r503B, r503C, r503D, r503E, r503F, r504,
        r511, r514, r516, r517, r518, r519, r520, r521, r522, r523, r524, r525, r526, r527, r528, r529, r530, r531,
        r542, r543, r544, r545, r546, r547, r550, r551, r552, r553, r554, r557, r558, r559, r560, r561,
    ]
}
