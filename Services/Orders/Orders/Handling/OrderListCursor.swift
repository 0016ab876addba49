import Contracts
import Foundation

/// Where a page of `orders.list` ends: the placement time and id of its last order, the keys the list is sorted
/// by (newest first). The next page starts strictly after it, so an order placed meanwhile (newer, so before
/// the first page) never shifts the pages as an offset would.
///
/// Clients see it as opaque text: `<placedAtMs>:<order id>` in unpadded base64url.
struct OrderListCursor: Equatable, Sendable {
    let placedAtMs: Int64
    let orderID: OrderID

    /// The cursor after `order`.
    init(after order: Order) {
        placedAtMs = DomainTime.milliseconds(order.placedAt)
        orderID = order.id
    }

    /// Reads a cursor this service gave; nil for any other text.
    init?(text: String) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let decoded = String(data: data, encoding: .utf8),
            let colon = decoded.firstIndex(of: ":"), let milliseconds = Int64(decoded[..<colon])
        else { return nil }
        let id = String(decoded[decoded.index(after: colon)...])
        guard !id.isEmpty else { return nil }
        placedAtMs = milliseconds
        orderID = OrderID(rawValue: id)
    }

    /// The text a client passes back as `after`.
    var text: String {
        Data("\(placedAtMs):\(orderID.rawValue)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
