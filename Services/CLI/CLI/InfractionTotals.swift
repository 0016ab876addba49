import Contracts
import Foundation

/// The merchants' deadline infractions (R8, R10) as the demo sums them from `tracking.infractions`: how many of each
/// kind, and the penalties charged, one amount per currency.
public struct InfractionTotals: Sendable, Equatable, Codable {
    /// By kind (`late_fulfillment`, `late_confirmed_fulfillment`); every kind is present, zero when none.
    public var byKind: [String: Int]
    /// R8's penalties summed per currency, in currency order; empty when none was charged.
    public var penalties: [Money]

    /// No infraction yet.
    public init() {
        byKind = Dictionary(uniqueKeysWithValues: InfractionKind.allCases.map { ($0.rawValue, 0) })
        penalties = []
    }

    /// Sums a `tracking.infractions` answer.
    public init(_ list: InfractionList) {
        self.init()
        var sums: [CurrencyCode: Int64] = [:]
        for infraction in list.infractions {
            byKind[infraction.kind.rawValue, default: 0] += 1
            if let penalty = infraction.penalty {
                sums[penalty.currency, default: 0] &+= penalty.minorUnits
            }
        }
        penalties = sums.sorted { $0.key.code < $1.key.code }.map { Money(minorUnits: $0.value, currency: $0.key) }
    }

    /// Every infraction.
    public var total: Int { byKind.values.reduce(0, +) }

    /// `late fulfillment 3 · late confirmed fulfillment 1 (penalties 150.00 USD)`.
    public var text: String {
        let kinds = InfractionKind.allCases.map { kind in
            "\(kind.rawValue.replacingOccurrences(of: "_", with: " ")) \(byKind[kind.rawValue] ?? 0)"
        }
        let charged = penalties.isEmpty ? "" : " (penalties \(penalties.map(\.description).joined(separator: ", ")))"
        return kinds.joined(separator: " · ") + charged
    }
}
