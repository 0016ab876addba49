import Contracts
import Foundation
import SupplierDispatch
import Testing

/// R6: which supplier gets the purchase order: candidates by tried set and stock, ranked by score and cost, ties to
/// the merchant's order.
struct SupplierChoiceTests {
    /// A ranking case: offers, scorecards, and the supplier expected to win.
    struct Ranking: Sendable, CustomStringConvertible {
        var description: String
        var offers: [SupplierOfferRecord]
        var scorecards: [SupplierID: SupplierScorecard] = [:]
        var expected: SupplierID
    }

    static let rankings: [Ranking] = [
        Ranking(description: "equal cost and score: the merchant's first", offers: Fixture.offers, expected: "sup_a"),
        Ranking(
            description: "equal score: 10% cheaper wins over rank",
            offers: [Fixture.offer("sup_a"), Fixture.offer("sup_b", product: 877)], expected: "sup_b"),
        Ranking(
            description: "a much better score outweighs 10% more cost",
            offers: [Fixture.offer("sup_a"), Fixture.offer("sup_b", product: 877)],
            scorecards: ["sup_a": Fixture.excellent, "sup_b": Fixture.unreliable], expected: "sup_a"),
        Ranking(
            description: "a slightly better score does not outweigh 20% more cost",
            offers: [Fixture.offer("sup_a", product: 1_246), Fixture.offer("sup_b")],
            scorecards: ["sup_a": Fixture.excellent], expected: "sup_b"),
        Ranking(
            description: "a better score wins at equal cost, whatever the rank",
            offers: Fixture.offers, scorecards: ["sup_c": Fixture.excellent], expected: "sup_c"),
        Ranking(
            description: "a worse score loses at equal cost",
            offers: Fixture.offers, scorecards: ["sup_a": Fixture.unreliable], expected: "sup_b"),
        Ranking(
            description: "mixed currencies: cost ignored, so the rank decides",
            offers: [Fixture.offer("sup_a"), Fixture.offer("sup_b", product: 1, currency: Fixture.eur)],
            expected: "sup_a"),
        Ranking(
            description: "mixed currencies: cost ignored, so the score decides",
            offers: [Fixture.offer("sup_a", product: 1), Fixture.offer("sup_b", currency: Fixture.eur)],
            scorecards: ["sup_b": Fixture.excellent], expected: "sup_b"),
    ]

    @Test("R6: ranking by score, cost and rank", arguments: rankings)
    func ranking(_ ranking: Ranking) throws {
        let choice = try #require(
            SupplierChoice.choose(
                from: ranking.offers, quantity: 1, excluding: [], stock: [:], scorecards: ranking.scorecards))
        #expect(choice.supplierID == ranking.expected)
    }

    @Test("R6: tried suppliers, short known stock and inconsistent offers are not candidates")
    func candidates() {
        let inconsistent = SupplierOfferRecord(
            supplierID: "sup_x", productCost: Fixture.money(100), shippingCost: Fixture.money(100, Fixture.eur),
            processingFee: Fixture.money(0))
        let offers = Fixture.offers + [inconsistent]
        func choose(tried: Set<SupplierID>, stock: [SupplierID: Int]) -> SupplierID? {
            SupplierChoice.choose(from: offers, quantity: 4, excluding: tried, stock: stock, scorecards: [:])?
                .supplierID
        }
        #expect(choose(tried: ["sup_a"], stock: [:]) == "sup_b")
        #expect(choose(tried: [], stock: ["sup_a": 3]) == "sup_b")
        #expect(choose(tried: [], stock: ["sup_a": 4]) == "sup_a")
        #expect(choose(tried: ["sup_a"], stock: ["sup_b": 0, "sup_c": 100]) == "sup_c")
        #expect(choose(tried: ["sup_a", "sup_b", "sup_c"], stock: [:]) == nil)
        #expect(SupplierChoice.choose(from: [], quantity: 1, excluding: [], stock: [:], scorecards: [:]) == nil)
    }

    @Test("R6: the explanation names rank, stock, score and cost")
    func explanation() throws {
        let offers = [Fixture.offer("sup_a"), Fixture.offer("sup_b"), Fixture.offer("sup_c", product: 1_050)]
        let cheapest = try #require(
            SupplierChoice.choose(
                from: offers, quantity: 1, excluding: ["sup_a"], stock: ["sup_b": 40], scorecards: [:]))
        #expect(cheapest.explanation == "rank 2 of 3, stock 40, score 96, cost 12.30 USD (cheapest)")

        let dearer = try #require(
            SupplierChoice.choose(
                from: offers, quantity: 1, excluding: ["sup_a"], stock: [:],
                scorecards: ["sup_c": Fixture.excellent]))
        #expect(dearer.explanation == "rank 3 of 3, stock unknown, score 100, cost 12.80 USD (+4% over cheapest)")

        let mixed = try #require(
            SupplierChoice.choose(
                from: [Fixture.offer("sup_a"), Fixture.offer("sup_b", currency: Fixture.eur)], quantity: 2,
                excluding: [], stock: [:], scorecards: [:]))
        #expect(
            mixed.explanation
                == "rank 1 of 2, stock unknown, score 96, cost 22.30 USD (cost not compared: mixed currencies)")
    }

    @Test("R6: the choice depends only on its inputs")
    func deterministic() {
        let offers = (1...3).map { Fixture.offer(SupplierID(rawValue: "sup_\($0)"), product: 1_000 + Int64($0)) }
        let cards: [SupplierID: SupplierScorecard] = ["sup_2": Fixture.excellent, "sup_3": Fixture.excellent]
        let choices = (0..<20).map { _ in
            SupplierChoice.choose(from: offers, quantity: 1, excluding: [], stock: [:], scorecards: cards)
        }
        #expect(Set(choices.map { $0?.supplierID }) == ["sup_2"])
    }
}
