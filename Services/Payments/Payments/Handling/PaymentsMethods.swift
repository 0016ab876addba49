import Contracts
import Foundation
import GRDB
import ServiceKit

/// The payments RPCs (R3). Every refusal names its field.
///
/// - `payments.show` `{orderID}` → `AuthorisationView`; `invalid_request` on an empty `orderID`, `not_found` when
///   the order has no authorisation.
/// - `payments.test_cards` `{}` → `TestCardsView`: the test gateway's documented cards and the suffix rule.
struct PaymentsMethods: Sendable {
    /// The store the methods read.
    let store: any DatabaseReader

    /// The two methods.
    var router: RPCRouter {
        let store = store
        var router = RPCRouter()
        router.register("payments.show", params: PaymentReference.self) { request in
            let orderID = OrderID(rawValue: request.orderID.rawValue.trimmingCharacters(in: .whitespaces))
            guard !orderID.rawValue.isEmpty else { throw RPCFailure.invalidRequest("is required", field: "orderID") }
            guard let authorisation = try await store.read({ try AuthorisationRecords.find(orderID, in: $0) }) else {
                throw RPCFailure(
                    code: "not_found", message: "No payment authorisation for order \(orderID).", field: "orderID")
            }
            return AuthorisationView(authorisation)
        }
        router.register("payments.test_cards", params: Empty.self) { _ in TestCardsView.documented }
        return router
    }
}
