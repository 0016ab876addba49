import ArgumentParser
import Foundation
import Glibc
import MeshConfig
import ServiceKit

/// `dropline-bench`: measures the lossless stream end to end with real `dropline-probe` processes and
/// prints the figures against the targets. Speed is reported, not asserted; the exit status is
/// non-zero only when exactly-once does not hold (or a scenario could not run).
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dropline-bench",
        abstract: "Benchmark a probe source → sink stream (throughput, latency at a steady rate, replay catch-up), "
            + "order placement and release, dispatch throughput by worker count, a long clock advance, and tracking "
            + "scans.")

    enum Scenario: String, ExpressibleByArgument, CaseIterable {
        case all, throughput, latency, orders, dispatch, clock, tracking
        case catchUp = "catch-up"
    }

    @Argument(
        help: """
            Which scenario to run: all (every one but dispatch, clock and tracking), throughput, latency, catch-up, \
            orders, dispatch, clock or tracking.
            """)
    var scenario: Scenario = .all

    @Option(help: "Throughput: events to send.")
    var events = 200_000

    @Option(help: "Throughput and catch-up: events per source transaction.")
    var perTransaction = 100

    @Option(help: "Latency: events per second, one per source transaction.")
    var latencyRate = 1_000

    @Option(help: "Latency: seconds to send at that rate.")
    var latencySeconds = 10

    @Option(help: "Catch-up: how many events the restarted sink is behind.")
    var catchUpEvents = 100_000

    @Option(help: "Orders: placements to make.")
    var orders = 6_000

    @Option(help: "Orders and dispatch: concurrent placing clients (customers with a placement in flight).")
    var concurrency = 128

    @Option(help: "Dispatch: orders released at once on each mesh.")
    var dispatchOrders = 2_000

    @Option(help: "Clock: orders in flight when the clock advances.")
    var clockOrders = 1_000

    @Option(help: "Clock: how far the one advance goes, e.g. 30d.")
    var clockAdvance = "30d"

    @Option(help: "Tracking: scan reports to send, a tenth of them repeating an earlier scan id.")
    var scans = 20_000

    @Option(help: "Tracking: parcels shipped before the scans.")
    var parcels = 200

    @Option(help: "Tracking: concurrent carrier clients calling tracking.scan.")
    var scanClients = 64

    @Option(help: "Dispatch: the worker counts to measure, each on a fresh mesh.")
    var workers = WorkerCounts([1, 2, 4])

    @Option(help: "Dispatch: supplier calls one worker keeps in flight (connector_calls_per_worker).")
    var connectorCalls = 8

    @Option(
        name: .customLong("set"),
        help: "Mesh config override for every probe process, e.g. streams.batch_max=1000 (repeatable).")
    var overrides: [String] = []

    @Option(help: "Folder for the temporary state folders (default: the system temporary folder).")
    var stateRoot: String?

    @Flag(help: "Keep the state folders (stores and logs) instead of removing them.")
    var keepState = false

    func validate() throws {
        for (name, value) in [
            ("events", events), ("per-transaction", perTransaction), ("latency-rate", latencyRate),
            ("latency-seconds", latencySeconds), ("catch-up-events", catchUpEvents), ("orders", orders),
            ("concurrency", concurrency), ("dispatch-orders", dispatchOrders), ("clock-orders", clockOrders),
            ("scans", scans), ("parcels", parcels), ("scan-clients", scanClients),
        ] where value < 1 {
            throw ValidationError("--\(name) must be at least 1")
        }
        guard workers.counts.allSatisfy({ (1...DispatchBench.partitions).contains($0) }) else {
            throw ValidationError(
                "--workers takes counts from 1 to \(DispatchBench.partitions) (a worker beyond the partition count "
                    + "hosts none), e.g. 1,2,4")
        }
        guard (1...1024).contains(connectorCalls) else { throw ValidationError("--connector-calls must be 1 to 1024") }
        guard DurationText.parse(clockAdvance) != nil else {
            throw ValidationError("--clock-advance must be a duration such as 30d or 12h, got \"\(clockAdvance)\"")
        }
    }

    func run() async throws {
        let probe = Self.ownDirectory() + "/dropline-probe"
        guard FileManager.default.isExecutableFile(atPath: probe) else { throw BenchError.probeMissing(probe) }
        Cleanup.shared.installSignalHandlers()
        let root = try makeRoot()
        defer { if !keepState { Cleanup.shared.remove(folder: root) } }
        let machine = MachineInfo(stateRoot: root)
        let loadBefore = MachineInfo.loadAverage()
        var reports: [ScenarioReport] = []
        var configuration: MeshConfiguration?
        for (name, body) in scenarios() {
            FileHandle.standardError.write(Data("dropline-bench: running \(name)…\n".utf8))
            let mesh = try ProbeMesh(folder: "\(root)/\(name)", overrides: overrides, executable: probe)
            configuration = mesh.configuration
            do {
                reports.append(try await body(mesh))
            } catch {
                reports.append(
                    ScenarioReport(
                        name: name, setting: "did not complete", figures: [],
                        exactlyOnce: ExactlyOnce(expected: 0, observed: "not verified: \(error)", holds: false),
                        notes: []))
            }
            await mesh.shutDown()
        }
        if scenario == .all || scenario == .orders {
            FileHandle.standardError.write(Data("dropline-bench: running orders…\n".utf8))
            let bench = OrdersBench(
                folder: "\(root)/orders", orders: orders, concurrency: concurrency, binaries: Self.ownDirectory())
            reports.append(await bench.report())
        }
        if scenario == .dispatch {
            FileHandle.standardError.write(Data("dropline-bench: running dispatch…\n".utf8))
            let bench = DispatchBench(
                folder: "\(root)/dispatch", orders: dispatchOrders, concurrency: concurrency,
                workerCounts: workers.counts, connectorCalls: connectorCalls, binaries: Self.ownDirectory())
            reports += await bench.reports()
        }
        if scenario == .clock {
            FileHandle.standardError.write(Data("dropline-bench: running clock…\n".utf8))
            let bench = ClockBench(
                folder: "\(root)/clock", orders: clockOrders, concurrency: concurrency, advance: clockAdvance,
                binaries: Self.ownDirectory())
            reports.append(await bench.report())
        }
        if scenario == .tracking {
            FileHandle.standardError.write(Data("dropline-bench: running tracking…\n".utf8))
            let bench = TrackingBench(
                folder: "\(root)/tracking", parcels: parcels, scans: scans, clients: scanClients,
                binaries: Self.ownDirectory())
            reports.append(await bench.report())
        }
        if keepState { FileHandle.standardError.write(Data("dropline-bench: state kept in \(root)\n".utf8)) }
        ReportPrinter(
            machine: machine, configuration: configuration, load: (loadBefore, MachineInfo.loadAverage()),
            reproduce: reproduction()
        ).print(reports)
        if reports.contains(where: { !$0.exactlyOnce.holds }) { throw ExitCode(1) }
    }

    private func scenarios() -> [(String, (ProbeMesh) async throws -> ScenarioReport)] {
        var selected: [(String, (ProbeMesh) async throws -> ScenarioReport)] = []
        if scenario == .all || scenario == .throughput {
            selected.append(("throughput", ThroughputScenario(events: events, perTransaction: perTransaction).run))
        }
        if scenario == .all || scenario == .latency {
            selected.append(("latency", LatencyScenario(rate: latencyRate, seconds: latencySeconds).run))
        }
        if scenario == .all || scenario == .catchUp {
            selected.append(("catch-up", CatchUpScenario(behind: catchUpEvents, perTransaction: perTransaction).run))
        }
        return selected
    }

    private func makeRoot() throws -> String {
        let base = stateRoot ?? FileManager.default.temporaryDirectory.path
        let template = "\(base)/dropline-bench-XXXXXX"
        var bytes = Array(template.utf8CString)
        guard mkdtemp(&bytes) != nil else {
            throw ValidationError("cannot create a folder in \(base): \(String(cString: strerror(errno)))")
        }
        let root = String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if !keepState { Cleanup.shared.track(folder: root) }
        return root
    }

    /// The commands that rebuild (every product, in release) and rerun exactly this benchmark.
    private func reproduction() -> [String] {
        var arguments = [
            scenario.rawValue, "--events", "\(events)", "--per-transaction", "\(perTransaction)",
            "--latency-rate", "\(latencyRate)", "--latency-seconds", "\(latencySeconds)",
            "--catch-up-events", "\(catchUpEvents)", "--orders", "\(orders)", "--concurrency", "\(concurrency)",
            "--dispatch-orders", "\(dispatchOrders)", "--workers", workers.argument, "--connector-calls",
            "\(connectorCalls)", "--clock-orders", "\(clockOrders)", "--clock-advance", clockAdvance,
            "--scans", "\(scans)", "--parcels", "\(parcels)", "--scan-clients", "\(scanClients)",
        ]
        arguments += overrides.flatMap { ["--set", $0] }
        if let stateRoot { arguments += ["--state-root", stateRoot] }
        let binary = Self.ownDirectory() + "/dropline-bench"
        return [
            "cd \(FileManager.default.currentDirectoryPath) && swift build -c release",
            ([binary] + arguments).joined(separator: " "),
        ]
    }

    /// The folder of this executable (`/proc/self/exe`), where `dropline-probe` is built too.
    private static func ownDirectory() -> String {
        let resolved =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return (resolved as NSString).deletingLastPathComponent
    }
}
