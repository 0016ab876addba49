import Contracts
import Foundation

/// When the demo's follow-up is over, and which customers confirm receipt of a parcel nobody delivered (R8-R11).
///
/// An order has reached an end when it is delivered, refunded, cancelled or declined (`OrderTally.endStatuses`),
/// when its parcel went back to the sender, or when its parcel is stalled (lost, or never scanned) and its
/// deadlines have passed: R10's confirmation deadline, the later of R8's and R10's, counted from release.
struct DemoEnding: Sendable {
    /// R10: release to the carrier's first scan (`confirmation_deadline_days`, 7 by default).
    let confirmationDeadline: TimeInterval
    /// The share of customers whose stalled parcel arrived all the same and who confirm receipt once its expected
    /// window has passed (R11).
    let confirmingShare: Double
    let seed: UInt64

    /// Whether every order in `open` (not in an end status, each with its release time) has reached an end at `now`.
    func isOver(open: [OrderID: Date?], parcels: [OrderID: ParcelTally.Entry], at now: Date) -> Bool {
        open.allSatisfy { order, releasedAt in
            guard let parcel = parcels[order] else { return false }
            if parcel.isReturned { return true }
            guard parcel.isStalled, let releasedAt else { return false }
            return releasedAt.addingTimeInterval(confirmationDeadline) <= now
        }
    }

    /// R11: the open orders whose customer confirms receipt at `now`: the parcel is stalled, its expected window has
    /// passed, and the customer is among `confirmingShare` (drawn from the order id and the seed, so the same seed
    /// picks the same customers); those in `asked` already did. Sorted, for a stable order of calls.
    func confirmations(
        open: [OrderID: Date?], parcels: [OrderID: ParcelTally.Entry], asked: Set<OrderID>, at now: Date
    ) -> [OrderID] {
        open.keys.filter { order in
            guard !asked.contains(order), let parcel = parcels[order], parcel.isStalled, !parcel.isReturned,
                let window = parcel.expectedDelivery, window.latest <= now
            else { return false }
            return Self.unit(order, seed: seed) < confirmingShare
        }
        .sorted { $0.rawValue < $1.rawValue }
    }

    /// A number in [0, 1) drawn from `order` and `seed` (FNV-1a, 64 bits, then MurmurHash3's finaliser, so that ids
    /// differing in their last characters spread over the whole range).
    static func unit(_ order: OrderID, seed: UInt64) -> Double {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for byte in order.rawValue.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        hash = (hash ^ (hash >> 33)) &* 0xff51_afd7_ed55_8ccd
        hash = (hash ^ (hash >> 33)) &* 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 33
        return Double(hash >> 11) / Double(UInt64(1) << 53)
    }
}
