import HarbourReturns
import Testing

@Suite struct ReturnTableMemoTests {
    @Test func anOptionalValueIsWorkedOutOnceAndKeptEvenWhenNil() {
        let table = ReturnTable(name: "Header", columns: ["CHILD"])
        var made = 0
        let first: Int? = table.memoized("answer") { made += 1; return 42 }
        let again: Int? = table.memoized("answer") { made += 1; return 0 }
        #expect(first == 42)
        #expect(again == 42)
        let none: String? = table.memoized("nothing") { made += 1; return nil }
        let noneAgain: String? = table.memoized("nothing") { made += 1; return "made twice" }
        #expect(none == nil)
        #expect(noneAgain == nil)
        #expect(made == 2)
    }
}
