import Contracts
import Foundation
import TestSupport
import Testing

@testable import Orders

/// `orders.list` pages by cursor, newest first, with the filter's total: every order that existed when the first
/// page was read comes exactly once over the pages, however many are placed meanwhile.
@Suite(.timeLimit(.minutes(1)))
struct OrderListPagingTests {
    /// Places one unit per order, `count` orders, two per minute of domain time from `minute` (so that some share a
    /// placement time and are ordered by id).
    static func place(_ count: Int, from minute: Int, in harness: OrdersHarness) async throws -> [OrderID] {
        var ids: [OrderID] = []
        for index in 0..<count {
            try harness.advance(to: ServiceFixtures.t(minute + index / 2))
            ids.append(try await harness.place(ServiceFixtures.request(quantity: 1)).orderID)
        }
        return ids
    }

    static func list(_ harness: OrdersHarness, _ request: OrderListRequest) async throws -> OrderList {
        try await harness.call("orders.list", request, as: OrderList.self)
    }

    @Test("Pages of 3 give every order once, newest first, each with the total; the last page has no cursor")
    func pagesCoverEveryOrderOnce() async throws {
        // Given seven orders
        let harness = try OrdersHarness(stock: 40)
        let placed = try await Self.place(7, from: 0, in: harness)

        // When they are listed three at a time
        var pages: [OrderList] = []
        var after: String?
        repeat {
            let page = try await Self.list(harness, OrderListRequest(limit: 3, after: after))
            pages.append(page)
            after = page.nextCursor
        } while after != nil && pages.count < 10

        // Then the pages hold 3, 3 and 1, newest first, every one saying 7 in all
        #expect(pages.map(\.orders.count) == [3, 3, 1])
        #expect(pages.flatMap(\.orders).map(\.orderID) == placed.reversed())
        #expect(pages.allSatisfy { $0.total == 7 } && pages.last?.nextCursor == nil)

        // And a page that ends exactly at the last order has no cursor either
        let whole = try await Self.list(harness, OrderListRequest(limit: 7))
        #expect(whole.orders.count == 7 && whole.nextCursor == nil)
    }

    @Test("Orders placed while a client pages come before its first page, never twice or in another's place")
    func stableUnderConcurrentPlacements() async throws {
        // Given six orders, and a first page of two read
        let harness = try OrdersHarness(stock: 40)
        let first = try await Self.place(6, from: 0, in: harness)
        let page1 = try await Self.list(harness, OrderListRequest(limit: 2))

        // When four more are placed, two of them at the same domain time as the newest listed
        let later = try await Self.place(4, from: 2, in: harness)

        // Then the next pages continue where the first ended, and the total counts the new orders
        let page2 = try await Self.list(harness, OrderListRequest(limit: 2, after: page1.nextCursor))
        let page3 = try await Self.list(harness, OrderListRequest(limit: 2, after: page2.nextCursor))
        #expect(page2.total == 10 && page3.nextCursor == nil)
        #expect((page1.orders + page2.orders + page3.orders).map(\.orderID) == first.reversed())

        // And a fresh listing starts with the new ones
        let fresh = try await Self.list(harness, OrderListRequest(limit: 4))
        #expect(fresh.orders.map(\.orderID) == later.reversed())
    }

    @Test("The total and the pages follow the filters")
    func totalFollowsTheFilter() async throws {
        // Given five orders, two of them held
        let harness = try OrdersHarness(stock: 40)
        let placed = try await Self.place(5, from: 0, in: harness)
        for id in [placed[1], placed[3]] {
            try harness.deliver(ServiceFixtures.authorised(id, at: ServiceFixtures.t(10)))
        }

        // When the held ones are listed one at a time
        let page1 = try await Self.list(harness, OrderListRequest(status: "held", limit: 1))
        let page2 = try await Self.list(harness, OrderListRequest(status: "held", limit: 1, after: page1.nextCursor))

        // Then there are two in all, newest first
        #expect([page1.total, page2.total] == [2, 2] && page2.nextCursor == nil)
        #expect((page1.orders + page2.orders).map(\.orderID) == [placed[3], placed[1]])
        #expect(try await Self.list(harness, OrderListRequest(merchantID: "mer_other")).total == 0)
    }

    @Test("A cursor reads back as the order it was made after; other text is no cursor")
    func cursorText() throws {
        let order = try OrderFixture.place().order
        let cursor = OrderListCursor(after: order)
        #expect(OrderListCursor(text: cursor.text) == cursor)
        #expect(cursor.text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        for text in ["", "abc", "bm8tY29sb24", "OjE", "MTIzOg"] {
            #expect(OrderListCursor(text: text) == nil, "\(text)")
        }
    }
}
