import Contracts
import Foundation

/// What one supplier connector call came to, once it can be settled (a call that failed in transit is not settled:
/// it stays queued and is made again).
enum ConnectorOutcome: Sendable, Equatable {
    /// The connector answered; the answer's JSON.
    case answered(Data)
    /// The supplier's system refused the call with a final error: sending it again cannot succeed.
    case refused(RPCFailure)
    /// The call was not sent and never can be: its request is `bytes` long, over
    /// `SupplierConnectorLimits.maximumRequestBytes`.
    case tooLarge(bytes: Int)

    /// The outcome of a request of `body` before it is sent: `.tooLarge` when it is over the connector's limit.
    static func refusedBeforeSending(_ body: Data) -> ConnectorOutcome? {
        body.count > SupplierConnectorLimits.maximumRequestBytes ? .tooLarge(bytes: body.count) : nil
    }

    /// Why the call failed for good, naming the call, the purchase order and its supplier; nil for an answer from
    /// `supplier` of the form the call expects.
    func failure(of call: ConnectorCall, supplier: SupplierID) -> String? {
        let what = "\(call.kind.connectorMethod) of \(call.purchaseOrderID) to \(supplier)"
        switch self {
        case .answered(let body):
            let answerer: SupplierID? =
                switch call.kind {
                case .purchaseOrder:
                    (try? JSONCoding.decoder.decode(PurchaseOrderReceipt.self, from: body))?.supplierID
                case .cancel:
                    (try? JSONCoding.decoder.decode(PurchaseOrderCancellationReply.self, from: body))?.supplierID
                }
            guard let answerer else { return "\(what): the connector's answer is not a \(call.kind.answerName)." }
            return answerer == supplier ? nil : "\(what): the connector answered as supplier \(answerer)."
        case .refused(let failure):
            return "\(what) was refused by the supplier's system: \(failure)"
        case .tooLarge(let bytes):
            return "\(what) was not sent and never can be: its request is \(bytes) bytes, over the supplier "
                + "connector's limit of \(SupplierConnectorLimits.maximumRequestBytes) bytes (the listing's text is "
                + "too long). The dispatch is exhausted: fix the listing, then retry the order's dispatch."
        }
    }
}
