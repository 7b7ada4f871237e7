extension SSDA903Rules {
    /// Part C: missing periods, adoption decisions, motherhood, previous permanence,
    /// deprivation of liberty orders, social worker episodes and the files' internal checks.
    static let partC: [Rule<SSDA903Return>] = [
        r562, r563, r564, r565, r566, r567, r570, r571, r574, r575, r576, r577, r578, r579,
        r580, r581, r582, r583, r584, r586,
        r601, r602, r607, r611, r612, r620, r621, r624, r625, r626, r628,
        r630, r631, r632, r633, r634, r635,
        r700, r701, r702, r703, r704, r705, r706, r707, r708, r709, r710,
        rEPI, rNoE,
        rINT01, rINT02, rINT03, rINT04, rINT05, rINT06, rINT07, rINT08, rINT09,
        rINT11, rINT12, rINT13, rINT14, rINT15, rINT16, rINT17, rINT18, rINT21,
        rINT31, rINT32, rINT33, rINT34, rINT35, rINT36,
        rSW02STG1, rSW04STG1, rSW05STG1, rSW06STG2, rSW07STG2, rSW08STG2, rSW09STG2,
        rSW10STG2, rSW10aSTG2, rSW10bSTG2, rSW11bSTG2, rSW12STG2, rSW13STG1,
        rSW17STG2, rSW18STG2, rSW19STG2,
    ]
}
