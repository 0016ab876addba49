import ArgumentParser
import Contracts
import Foundation
import ServiceKit

/// `dropline tracking lanes [--json]`: delivery times measured per origin → destination and carrier.
struct TrackingLanesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lanes", abstract: "Delivery days measured per origin → destination and carrier.")
    @OptionGroup var options: ServiceOptions
    @Flag(help: "Print the tracking.lanes answer as JSON.") var json = false

    func run() async throws {
        let list = try await MeshConnection.with(options) { mesh in
            try await mesh.call(
                StreamNames.tracking, "tracking.lanes", params: Empty(), as: LaneList.self, retry: .read)
        }
        if json { return try JSONOutput.print(list) }
        let rows = list.lanes.map { lane in
            [
                "\(lane.origin) → \(lane.destination)", lane.carrier, "\(lane.parcels)", "\(lane.minimumDays)",
                String(format: "%.1f", lane.averageDays), "\(lane.maximumDays)", lane.isMeasured ? "yes" : "no",
            ]
        }
        let header = ["lane", "carrier", "parcels", "min days", "mean", "max days", "sets window"]
        print(
            list.lanes.isEmpty
                ? "No parcel delivered yet." : TextTable.render([header] + rows, rightAligned: [2, 3, 4, 5]))
    }
}
