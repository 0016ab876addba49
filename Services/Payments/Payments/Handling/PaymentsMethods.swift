import Contracts
import Foundation
import GRDB
import ServiceKit

/// The payments RPCs (R3): `payments.show` and `payments.test_cards`.
enum PaymentsMethods {
    /// Parameters of `payments.show`.
    struct ShowRequest: Codable, Sendable {
        var orderID: String
    }

    /// Registers the methods on a router reading `store`.
    static func router(store: any DatabaseReader) -> RPCRouter {
        var router = RPCRouter()
        router.register("payments.show", params: ShowRequest.self) { request in
            let orderID = request.orderID.trimmingCharacters(in: .whitespaces)
            guard !orderID.isEmpty else { throw RPCFailure.invalidRequest("is required", field: "orderID") }
            guard
                let authorisation = try await store.read({ try Authorisation.find(OrderID(rawValue: orderID), in: $0) })
            else {
                throw RPCFailure(
                    code: "not_found", message: "No payment authorisation for order \(orderID).", field: "orderID")
            }
            return AuthorisationView(authorisation)
        }
        router.register("payments.test_cards", params: Empty.self) { _ in
            TestCardsView(cards: TestCard.all.map(TestCardsView.Card.init))
        }
        return router
    }
}
