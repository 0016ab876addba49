import ArgumentParser
import Contracts
import ServiceKit

/// `dropline infractions [MERCHANT] [--json]`: the late_fulfillment (R8) and late_confirmed_fulfillment (R10)
/// infractions, every merchant's or one's.
public struct InfractionsCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "infractions", abstract: "Merchants' deadline infractions (R8, R10), oldest first.")
    @OptionGroup var options: ServiceOptions
    @Argument(help: "Only this merchant's.") var merchant: String?
    @Flag(help: "Print the tracking.infractions answer as JSON.") var json = false
    public init() {}

    public func run() async throws {
        let request = InfractionListRequest(merchantID: merchant.map(MerchantID.init(rawValue:)))
        let list = try await MeshConnection.with(options) { mesh in
            try await mesh.call(
                StreamNames.tracking, "tracking.infractions", params: request, as: InfractionList.self, retry: .read)
        }
        if json { return try JSONOutput.print(list) }
        let rows = list.infractions.map { infraction in
            [
                DomainTime.format(infraction.at), infraction.merchantID.rawValue, infraction.orderID.rawValue,
                infraction.kind.rawValue, infraction.penalty?.description ?? "",
            ]
        }
        let header = ["at", "merchant", "order", "kind", "penalty"]
        print(list.infractions.isEmpty ? "No infraction." : TextTable.render([header] + rows))
    }
}
