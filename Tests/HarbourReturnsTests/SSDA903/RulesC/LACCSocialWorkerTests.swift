import HarbourCore
@testable import HarbourReturns
import Testing

/// Social worker episodes (part C).
@Suite struct LACCSocialWorkerTests {
    @Test func rSW02STG1() {
        let ret = LACC.ret(2026, [
            "SWEpisodes": [
                ["SW_ID": "SW000"],
                ["SW_ID": "XX000"],
                ["SW_ID": "aa00"],
                ["SW_ID": "xx000"],
                ["SW_ID": "SW"],
                ["SW_ID": "XX"],
            ],
        ])
        // The validator reads "xx000" as XX000; its own test skips that and also expects row 3.
        #expect(LACC.flagged(SSDA903Rules.rSW02STG1, ret) == ["SWEpisodes": [2, 4, 5]])
    }

    @Test func rSW04STG1() {
        let ret = LACC.ret(2026, [
            "SWEpisodes": [
                ["SW_DECOM": "ZZ/ZZ/ZZZZ"],
                ["SW_DECOM": "01/01/2001"],
                ["SW_DECOM": "zz"],
                ["SW_DECOM": "01/01/ZZZZ"],
                [:],
                ["SW_DECOM": "1999/12/01"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rSW04STG1, ret) == ["SWEpisodes": [0, 2, 3, 5]])
    }

    @Test func rSW05STG1() {
        let ret = LACC.ret(2026, [
            "SWEpisodes": [
                ["SW_DEC": "ZZ/ZZ/ZZZZ"],
                ["SW_DEC": "01/01/2001"],
                ["SW_DEC": "zz"],
                ["SW_DEC": "01/01/ZZZZ"],
                [:],
                ["SW_DEC": "1999/12/01"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rSW05STG1, ret) == ["SWEpisodes": [0, 2, 3, 5]])
    }

    @Test func rSW06STG2() {
        let ret = LACC.ret(2000, [
            "SWEpisodes": [
                ["SW_DECOM": "01/04/2000"],
                ["SW_DECOM": "31/03/2000"],
                ["SW_DECOM": "01/01/2000"],
                [:],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rSW06STG2, ret) == ["SWEpisodes": [0]])
    }

    @Test func rSW07STG2() {
        let ret = LACC.ret(2000, [
            "SWEpisodes": [
                ["SW_DEC": "01/04/2000"],
                ["SW_DEC": "31/03/1998"],
                ["SW_DEC": "01/01/2000"],
                [:],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rSW07STG2, ret) == ["SWEpisodes": [0, 1]])
    }

    @Test func rSW08STG2() {
        let ret = LACC.ret(2026, [
            "SWEpisodes": [
                ["CHILD": "111", "SW_DECOM": "01/06/2020", "SW_DEC": "04/06/2020"],
                ["CHILD": "111", "SW_DECOM": "05/06/2020", "SW_DEC": "06/06/2020"],
                ["CHILD": "111", "SW_DECOM": "06/06/2020", "SW_DEC": "08/06/2020"],
                ["CHILD": "111", "SW_DECOM": "08/06/2020", "SW_DEC": "05/06/2020"],
                ["CHILD": "222", "SW_DECOM": "05/06/2020", "SW_DEC": "06/06/2020"],
                ["CHILD": "333", "SW_DECOM": "06/06/2020"],
                ["CHILD": "333", "SW_DECOM": "07/06/2020", "SW_DEC": "08/06/2020"],
                ["CHILD": "444", "SW_DECOM": "08/06/2020", "SW_DEC": "09/06/2020"],
                ["CHILD": "444", "SW_DECOM": "09/06/2020", "SW_DEC": "10/06/2020"],
                ["CHILD": "444", "SW_DECOM": "15/06/2020"],
                ["CHILD": "555", "SW_DECOM": "11/06/2020", "SW_DEC": "12/06/2020"],
                ["CHILD": "6666", "SW_DECOM": "12/06/2020", "SW_DEC": "13/06/2020"],
                ["CHILD": "6666", "SW_DECOM": "13/06/2020", "SW_DEC": "14/06/2020"],
                ["CHILD": "6666", "SW_DECOM": "14/06/2020"],
                ["CHILD": "6666", "SW_DECOM": "15/06/2020", "SW_DEC": "16/06/2020"],
                ["CHILD": "77777", "SW_DECOM": "16/06/2020", "SW_DEC": "17/06/2020"],
                ["CHILD": "77777", "SW_DECOM": "17/06/2020", "SW_DEC": "18/06/2020"],
                ["CHILD": "77777", "SW_DECOM": "18/06/2020"],
                ["CHILD": "999", "SW_DECOM": "31/06/2020"],
                ["CHILD": "123"],
                [:],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rSW08STG2, ret) == ["SWEpisodes": [5, 13]])
    }

    @Test func rSW09STG2() {
        let ret = LACC.ret(2026, [
            "SWEpisodes": [
                ["CHILD": "1", "SW_DEC": "01/01/2000", "SW_DECOM": "02/01/2000"],
                ["CHILD": "1", "SW_DEC": "04/01/2000", "SW_DECOM": "01/01/2000"],
                ["CHILD": "2", "SW_DEC": "03/01/1901", "SW_DECOM": "01/01/1901"],
                ["CHILD": "2", "SW_DEC": "01/01/1901"],
                ["CHILD": "3"],
                ["CHILD": "4", "SW_DECOM": "01/01/2000"],
                ["CHILD": "5", "SW_DECOM": "01/01/2000", "SW_DEC": "01/01/2000"],
                ["CHILD": "6", "SW_DECOM": "01/01/2000", "SW_DEC": "02/01/2000"],
            ],
        ])
        // Less than 24 hours, as the DfE says: only the episode that ended the day it began (the
        // validator would also flag rows 2 and 7, of two days and one).
        #expect(LACC.flagged(SSDA903Rules.rSW09STG2, ret) == ["SWEpisodes": [6]])
    }

    @Test func rSW10STG2() {
        let ret = LACC.ret(2026, [
            "SWEpisodes": [
                ["CHILD": "1", "SW_DECOM": "01/01/2000", "SW_DEC": "09/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "1", "SW_DECOM": "02/01/2000", "SW_DEC": "03/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "2", "SW_DECOM": "01/01/1999", "SW_DEC": "09/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "2", "SW_DECOM": "01/01/2000", "SW_DEC": "10/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "3", "SW_DECOM": "10/01/2000", "SW_DEC": "20/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "3", "SW_DECOM": "10/01/2000", "SW_DEC": "11/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "3", "SW_DECOM": "18/01/2000", "SW_DEC": "20/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "3", "SW_DECOM": "30/01/2000", "SW_DEC": "31/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "6", "SW_DECOM": "01/01/1999", "SW_DEC": "09/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "6", "SW_DECOM": "01/01/2000", "SW_DEC": "10/01/2000", "SW_REASON": "FCONTA"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rSW10STG2, ret) == ["SWEpisodes": [3, 7]])
    }

    @Test func rSW10aSTG2() {
        let ret = LACC.ret(2026, [
            "SWEpisodes": [
                ["CHILD": "1", "SW_DECOM": "01/01/2000", "SW_DEC": "09/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "1", "SW_DECOM": "02/01/2000", "SW_DEC": "03/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "2", "SW_DECOM": "01/01/1999", "SW_DEC": "09/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "2", "SW_DECOM": "01/01/2000", "SW_DEC": "10/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "3", "SW_DECOM": "10/01/2000", "SW_DEC": "20/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "3", "SW_DECOM": "10/01/2000", "SW_DEC": "11/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "3", "SW_DECOM": "18/01/2000", "SW_DEC": "20/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "3", "SW_DECOM": "30/01/2000", "SW_DEC": "31/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "6", "SW_DECOM": "01/01/1999", "SW_DEC": "09/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "6", "SW_DECOM": "01/01/2000", "SW_DEC": "10/01/2000", "SW_REASON": "FCONTA"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rSW10aSTG2, ret) == ["SWEpisodes": [3, 7]])
    }

    @Test func rSW10bSTG2() {
        let ret = LACC.ret(2026, [
            "SWEpisodes": [
                ["CHILD": "1", "SW_DECOM": "01/01/2000", "SW_DEC": "09/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "1", "SW_DECOM": "02/01/2000", "SW_DEC": "03/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "2", "SW_DECOM": "01/01/1999", "SW_DEC": "09/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "2", "SW_DECOM": "01/01/2000", "SW_DEC": "10/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "3", "SW_DECOM": "10/01/2000", "SW_DEC": "20/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "3", "SW_DECOM": "10/01/2000", "SW_DEC": "11/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "3", "SW_DECOM": "18/01/2000", "SW_DEC": "20/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "3", "SW_DECOM": "19/01/2000", "SW_DEC": "21/01/2000", "SW_REASON": "FCONTA"],
                ["CHILD": "6", "SW_DECOM": "01/01/1999", "SW_DEC": "02/01/2000", "SW_REASON": "XXXX"],
                ["CHILD": "6", "SW_DECOM": "01/01/2000", "SW_DEC": "8/01/2000", "SW_REASON": "FCONTA"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rSW10bSTG2, ret) == ["SWEpisodes": [7, 9]])
    }

    @Test func rSW11bSTG2() {
        let ret = LACC.ret(2000, [
            "SWEpisodes": [
                ["CHILD": "1", "SW_DECOM": "01/04/2000", "SW_DEC": "26/03/2000"],
                ["CHILD": "1", "SW_DECOM": "01/05/2000"],
                ["CHILD": "2", "SW_DECOM": "01/04/2000", "SW_DEC": "25/03/2000"],
                ["CHILD": "2", "SW_DECOM": "02/04/2000", "SW_DEC": "03/04/2000"],
                ["CHILD": "3", "SW_DECOM": "01/04/2000", "SW_DEC": "1/04/2000"],
                ["CHILD": "3", "SW_DECOM": "02/04/2000", "SW_DEC": "03/04/2000"],
                ["CHILD": "4", "SW_DECOM": "01/04/2000", "SW_DEC": "30/03/2000"],
                ["CHILD": "4", "SW_DECOM": "30/03/2000", "SW_DEC": "03/04/2000"],
                ["CHILD": "5", "SW_DECOM": "01/04/2000", "SW_DEC": "30/03/2000"],
                ["CHILD": "6", "SW_DECOM": "01/04/2000", "SW_DEC": "26/03/2000"],
                ["CHILD": "6"],
                ["CHILD": "7", "SW_DECOM": "01/04/2000", "SW_DEC": "25/03/2000"],
                ["CHILD": "7"],
                ["CHILD": "8", "SW_DECOM": "01/04/2000", "SW_DEC": "26/03/2000"],
                ["CHILD": "8", "SW_DECOM": "27/03/2000", "SW_DEC": "28/03/2000"],
                ["CHILD": "8"],
                ["CHILD": "9", "SW_DECOM": "01/03/2000", "SW_DEC": "25/03/2000"],
                ["CHILD": "9", "SW_DECOM": "26/03/2000", "SW_DEC": "27/03/2000"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rSW11bSTG2, ret) == ["SWEpisodes": [8, 10, 15, 17]])
    }

    @Test func rSW12STG2() {
        let ret = LACC.ret(2026, [
            "Episodes": [
                ["CHILD": "1", "DECOM": "01/06/2025", "RNE": "S", "LS": "C2"],
                ["CHILD": "2", "DECOM": "01/06/2025", "RNE": "S", "LS": "C2"],
                ["CHILD": "3", "DECOM": "01/06/2025", "RNE": "S", "LS": "V4"],
                ["CHILD": "4", "DECOM": "01/01/2020", "DEC": "10/01/2023", "REC": "X1", "RNE": "S", "LS": "C2"],
                ["CHILD": "4", "DECOM": "10/01/2023", "RNE": "P", "LS": "C2"],
                ["CHILD": "5", "DECOM": "01/01/2020", "DEC": "10/01/2023", "REC": "X1", "RNE": "S", "LS": "C2"],
                ["CHILD": "5", "DECOM": "10/01/2023", "RNE": "P", "LS": "C2"],
                ["CHILD": "6", "DECOM": "01/01/2023", "DEC": "01/06/2025", "REC": "E4A", "RNE": "S", "LS": "C2"],
                ["CHILD": "7", "DECOM": "01/07/2025", "RNE": "S", "LS": "C1"],
                ["CHILD": "8", "DECOM": "01/07/2025", "RNE": "S", "LS": "C1"],
            ],
            "SWEpisodes": [
                ["CHILD": "1", "SW_DECOM": "01/06/2025"],
                ["CHILD": "4", "SW_DECOM": "01/05/2024"],
                ["CHILD": "5", "SW_DECOM": "01/06/2025"],
                ["CHILD": "7", "SW_DECOM": "01/04/2025", "SW_DEC": "01/07/2025"],
                ["CHILD": "7", "SW_DECOM": "01/07/2025"],
                ["CHILD": "8", "SW_DECOM": "01/04/2025", "SW_DEC": "01/05/2025"],
            ],
        ])
        // Flagged: in care on 31 March with no social worker episode on the day care began (2, 8),
        // or on 1 April for care that began before the year (5). Not: short breaks (3), a child
        // who left care in the year (6), nor the validator's open episodes whose RNE is not S (4).
        #expect(LACC.flagged(SSDA903Rules.rSW12STG2, ret) == ["Episodes": [1, 6, 9]])
    }

    @Test func rSW13STG1() {
        let ret = LACC.ret(2026, [
            "SWEpisodes": [
                ["SW_REASON": "LAZINESS", "SW_DECOM": "01/01/2000"],
                ["SW_REASON": "SWDIED", "SW_DECOM": "01/01/2000"],
                ["SW_REASON": "SLEEPINESS", "SW_DECOM": "01/01/2000"],
                ["SW_REASON": "CHCHAN", "SW_DECOM": "01/01/2000"],
                ["SW_DECOM": "01/01/2000"],
                ["SW_DECOM": "01/04/2023"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rSW13STG1, ret) == ["SWEpisodes": [0, 2, 5]])
    }

    @Test func rSW17STG2() {
        let ret = LACC.ret(2026, [
            "SWEpisodes": [
                ["CHILD": "child1", "SW_DECOM": "01/01/2001"],
                ["CHILD": "child2", "SW_DECOM": "01/01/2000", "SW_DEC": "01/01/2001"],
                ["CHILD": "child2", "SW_DECOM": "02/01/2000", "SW_DEC": "01/01/2001"],
                ["CHILD": "child1", "SW_DECOM": "01/01/2000", "SW_DEC": "01/01/2001"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rSW17STG2, ret) == ["SWEpisodes": [2]])
    }

    @Test func rSW18STG2() {
        let ret = LACC.ret(2026, [
            "SWEpisodes": [
                ["CHILD": "child1", "SW_DECOM": "01/01/2001"],
                ["CHILD": "child2", "SW_DECOM": "01/01/2000", "SW_DEC": "01/01/2001"],
                ["CHILD": "child2", "SW_DECOM": "02/01/2002", "SW_DEC": "01/01/2001"],
                ["CHILD": "child1", "SW_DECOM": "01/01/2000", "SW_DEC": "01/01/2001"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rSW18STG2, ret) == ["SWEpisodes": [2]])
    }

    @Test func rSW19STG2() {
        let ret = LACC.ret(2026, [
            "SWEpisodes": [
                ["CHILD": "child1", "SW_DECOM": "01/01/2001"],
                ["CHILD": "child2", "SW_DECOM": "01/01/2001", "SW_DEC": "01/01/2001"],
                ["CHILD": "child2", "SW_DECOM": "02/01/2000", "SW_DEC": "01/01/2001"],
                ["CHILD": "child1", "SW_DECOM": "01/01/2001", "SW_DEC": "01/01/2001"],
            ],
        ])
        #expect(LACC.flagged(SSDA903Rules.rSW19STG2, ret) == ["SWEpisodes": [3]])
    }
}
