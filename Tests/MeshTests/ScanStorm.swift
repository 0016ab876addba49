import Contracts
import Foundation
import Streams
import Synchronization
import ZeroMQBus

/// Carriers' scans sent to `tracking.scan` by many clients at once, each over its own connection, as carriers
/// would (R10): client `k` sends reports `k`, `k + clients`, … one after another, and sends a report again, with the
/// same scan id, after a timeout or while tracking is down or restarting, until it is answered.
final class ScanStorm: Sendable {
    /// What the clients got back.
    struct Tally: Sendable {
        /// Reports answered with a receipt.
        var answered = 0
        /// Receipts that said the scan was new.
        var new = 0
        /// Reports sent again after a timeout or while tracking was unreachable.
        var retries = 0
        /// Reports refused or never answered, with why.
        var failures: [String] = []
    }

    /// How long one client keeps sending a report again before it counts it as never answered.
    static let patience: Duration = .seconds(60)

    let reports: [ScanReport]
    private let clients: [RPCClient]
    private let tally = Mutex(Tally())

    init(reports: [ScanReport], clients count: Int, endpoint: String, context: ZMQContext) throws {
        self.reports = reports
        clients = try (0..<count).map { _ in try RPCClient(endpoint: endpoint, context: context) }
    }

    /// `count` reports of in-transit scans spread over `parcels` (carrier and tracking number): report `i` is scan
    /// `storm-i`, except every tenth, which repeats the report before it; the `n`th distinct scan goes to parcel
    /// `n mod parcels`, so that every parcel is scanned.
    static func reports(_ parcels: [(carrier: String, number: String)], count: Int) -> [ScanReport] {
        (0..<count).map { index in
            let id = index % 10 == 9 ? index - 1 : index
            let parcel = parcels[(id - id / 10) % parcels.count]
            return ScanReport(
                carrier: parcel.carrier, trackingNumber: parcel.number, scanID: "storm-\(id)", kind: .inTransit,
                location: "Sorting centre")
        }
    }

    /// What the clients got back so far.
    var current: Tally { tally.withLock { $0 } }

    /// Sends every report, the clients concurrently; returns once each report is answered or given up.
    func run() async {
        await withTaskGroup(of: Void.self) { group in
            for (index, client) in clients.enumerated() {
                group.addTask {
                    for report in stride(from: index, to: self.reports.count, by: self.clients.count) {
                        await self.send(self.reports[report], with: client)
                    }
                }
            }
        }
    }

    /// Sends `report` until a receipt or a refusal comes back, or `patience` runs out.
    private func send(_ report: ScanReport, with client: RPCClient) async {
        let giveUp = ContinuousClock.now + Self.patience
        while true {
            do {
                let receipt = try await client.call(
                    "tracking.scan", params: report, as: ScanReceipt.self, timeout: .seconds(2))
                tally.withLock {
                    $0.answered += 1
                    if receipt.isNew { $0.new += 1 }
                }
                return
            } catch RPCCallError.failed(let failure) where failure.code != "unavailable" {
                tally.withLock { $0.failures.append("\(report.scanID): \(failure)") }
                return
            } catch {
                guard ContinuousClock.now < giveUp else {
                    tally.withLock { $0.failures.append("\(report.scanID): no answer, last \(error)") }
                    return
                }
                tally.withLock { $0.retries += 1 }
                // Tracking is down or restarting: a short pause of wall time, then the same report again.
                try? await Task.sleep(for: .milliseconds(20))
            }
        }
    }

    func close() async {
        for client in clients { await client.close() }
    }
}
