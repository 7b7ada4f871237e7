// Not implemented: 105 — the validator checks the Header UASC item only in XML returns; in CSV
//   returns that item is derived from the UASC table, so there is nothing to check.

extension SSDA903Rules {
    static let partA: [Rule<SSDA903Return>] = [
        r101, r102, r103, r104, r112, r113, r114, r115, r116, r117, r118, r119, r120, r131, r132, r133, r134,
        r141, r143, r144, r145, r146, r147, r148, r149, r151, r153, r157, r158, r159,
        r165, r166, r167, r168, r171, r174, r175, r176, r177, r178, r180, r181, r182, r184,
        r185, r186, r187, r188, r189, r190, r191, r192, r193, r196, r197a, r197B, r198,
        r301, r302, r303, r304, r331,
        r1000, r1001, r1002, r1003, r1004, r1005, r1006, r1007, r1009, r1010, r1011, r1012, r1014, r1016,
        r142, r199, r202, r203, r204, r205A, r205B, r205C, r205D, r207, r208, r209, r210,
        r213, r214, r215, r217, r222, r225, r226, r231, r232, r233, r234, r242,
        r3001,
    ]
}
