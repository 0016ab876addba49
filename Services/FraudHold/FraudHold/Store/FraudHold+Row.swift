import Contracts
import Foundation
import GRDB

extension FraudHold {
    /// A `fraudHold` row, columns in `FraudHoldStore.holdColumns`' order.
    init(row: Row) throws {
        let orderID = OrderID(rawValue: row[0])
        let merchantID = MerchantID(rawValue: row[1])
        let reasons = try (row[6] as String?).map { try FraudHoldStore.decode([RiskReason].self, $0) } ?? []
        let ended = (row[7] as Int64?).map { endedAt in
            FraudHoldEnded(
                orderID: orderID, merchantID: merchantID, endedAt: DomainTime.date(milliseconds: endedAt),
                releasesOrder: row[8], reviewPending: row[9])
        }
        self.init(
            orderID: orderID, merchantID: merchantID, placedAt: DomainTime.date(milliseconds: row[2]),
            startedAt: DomainTime.date(milliseconds: row[3]), holdEnds: DomainTime.date(milliseconds: row[4]),
            assessment: RiskAssessment(orderID: orderID, reasons: reasons, reviewThreshold: row[5]), ended: ended,
            reviews: try (row[11] as String?).map { try FraudHoldStore.decode([ReviewCase].self, $0) } ?? [],
            closedAt: (row[10] as Int64?).map { DomainTime.date(milliseconds: $0) })
    }
}
