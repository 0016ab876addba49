import ArgumentParser
import Contracts
import ServiceKit

/// `dropline tracking show ORDER [--json]`: an order's parcel, the carrier chosen and why, its scans, deadlines and
/// infractions.
struct TrackingShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "An order's parcel: carrier and why, expected window, scans, deadlines (R8, R10, R12), infractions.")
    @OptionGroup var options: ServiceOptions
    @Argument(help: "The order id.") var order: String
    @Flag(help: "Print the tracking.show answer as JSON.") var json = false

    func run() async throws {
        let view = try await MeshConnection.with(options) { mesh in
            try await mesh.call(
                StreamNames.tracking, "tracking.show", params: OrderReference(orderID: OrderID(rawValue: order)),
                as: ShipmentView.self, retry: .read)
        }
        if json { return try JSONOutput.print(view) }
        print(Self.text(view))
    }

    /// The view for people: a heading, the shipment, the deadlines, the scans and the infractions.
    static func text(_ view: ShipmentView) -> String {
        var lines = ["Order \(view.orderID) (merchant \(view.merchantID)): \(view.status)"]
        if let carrier = view.carrier, let number = view.trackingNumber, let shippedAt = view.shippedAt {
            lines.append("Shipped \(DomainTime.format(shippedAt)) with \(carrier), tracking number \(number)")
        }
        if let choice = view.choice {
            let mismatch = view.isCarrierMismatch ? " (the supplier shipped with another carrier)" : ""
            lines.append("Chosen: \(choice.serviceLevel) \(choice.origin) → \(choice.destination)\(mismatch)")
            lines.append("  because \(choice.reason)")
            if choice.requiresConfirmedDelivery { lines.append("  Confirmed Delivery: last-mile tracking required") }
        }
        if let window = view.expectedDelivery {
            lines.append(
                "Expected \(DomainTime.format(window.earliest)) to \(DomainTime.format(window.latest)) (\(window.basis))"
            )
        }
        if !view.deadlines.isEmpty {
            lines.append("Deadlines:")
            let rows = view.deadlines.map { deadline in
                [
                    deadline.rule, deadline.requirement, DomainTime.format(deadline.due), deadline.outcome.rawValue,
                    deadline.metAt.map(DomainTime.format) ?? "",
                ]
            }
            lines.append(TextTable.render([["rule", "requirement", "due", "outcome", "met at"]] + rows, indent: "  "))
        }
        if !view.scans.isEmpty {
            lines.append("Scans:")
            let rows = view.scans.map { [DomainTime.format($0.at), $0.kind.rawValue, $0.location ?? "", $0.scanID] }
            lines.append(TextTable.render([["at", "kind", "location", "scan id"]] + rows, indent: "  "))
        }
        for infraction in view.infractions {
            let penalty = infraction.penalty.map { ", penalty \($0)" } ?? ""
            lines.append("Infraction \(infraction.kind) at \(DomainTime.format(infraction.at))\(penalty)")
        }
        return lines.joined(separator: "\n")
    }
}
