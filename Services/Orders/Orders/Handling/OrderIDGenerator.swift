import Contracts
import Foundation
import Synchronization

/// Makes order ids: `ord_` and a ULID, 26 Crockford base-32 characters (48 bits of milliseconds, then 80 random
/// bits), so that ids sort by the time they were made. Within one millisecond, or if the clock goes back, the
/// previous id's random part is incremented instead, so ids made by one generator always increase.
public final class OrderIDGenerator: Sendable {
    private let last = Mutex<UInt128>(0)

    public init() {}

    /// A new id for an order placed at `time`.
    public func next(at time: Date) -> OrderID {
        let milliseconds = UInt128(UInt64(max(0, DomainTime.milliseconds(time))) & Self.timeMask)
        var random = SystemRandomNumberGenerator()
        let fresh = milliseconds << 80 | UInt128(random.next() as UInt64) << 16 | UInt128(random.next() as UInt16)
        let value = last.withLock { last in
            last = fresh > last ? fresh : last &+ 1
            return last
        }
        return OrderID(rawValue: "ord_" + Self.encode(value))
    }

    private static let timeMask: UInt64 = (1 << 48) - 1
    private static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    /// The low 130 bits of `value` as 26 base-32 digits, most significant first.
    private static func encode(_ value: UInt128) -> String {
        String((0..<26).map { index in alphabet[Int((value >> UInt128(125 - 5 * index)) & 31)] })
    }
}
