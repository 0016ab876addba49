import ArgumentParser
import Contracts
import Foundation
import MeshConfig
import ServiceKit
import UnixSignals

/// `dropline demo`: the whole mesh on simulated time with generated customers, misbehaving suppliers, simulated
/// carriers, a reviewer, a live view, and a summary at the end (also as JSON with `--summary-json`).
public struct DemoCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the whole mesh on simulated time with generated customers; show it live, then sum it up.",
        discussion: """
            Starts the mesh (the embedded config, plus --config and --set) on simulated time in a fresh state \
            folder, loads a catalogue of three merchants and six listings, makes three suppliers misbehave (one \
            rejects often, one runs out of stock, one is slow), then moves the clock --speed per --tick and places \
            --rate orders per simulated hour from customers in 24 countries, each paying with a test card of \
            their own. Some customers come back, a few carry fraud signals, some cancel during the hold; a \
            reviewer works the fraud review queue every simulated hour. After --hours the customers stop \
            ordering and the demo follows the parcels to the door, moving the clock --follow-speed per tick, \
            until every order has reached an end (delivered, refunded, cancelled, declined, returned to sender, \
            or stalled past its deadlines) or for --follow-days at most; half the customers whose parcel stalled \
            confirm receipt once its delivery window has passed. Ends then or on Ctrl-C, stops the mesh and \
            prints a summary (--summary-json FILE writes it as JSON too).
            """)

    @OptionGroup var options: ServiceOptions
    @Option(help: "Simulated hours to run.") var hours = 72
    @Option(help: "Orders placed per simulated hour.") var rate = 20.0
    @Option(help: "Simulated time per tick, e.g. 10m or 1h.") var speed = "10m"
    @Option(help: "Wall time per tick at least, e.g. 100ms (the demo also waits for every process to keep up).")
    var tick = "100ms"
    @Option(help: "Simulated days at most to follow the parcels after the last order (0: stop with the orders).")
    var followDays = 30
    @Option(help: "Simulated time per tick while following the parcels, e.g. 12h (one clock step each).")
    var followSpeed = "12h"
    @Option(help: "Seed of the customers: the same seed places the same orders.") var seed: UInt64 = 1
    @Option(help: "Also write the final summary as JSON to this file.") var summaryJson: String?
    @Flag(help: "Keep the state folder's stores instead of starting afresh.") var keep = false

    public init() {}

    public func validate() throws {
        guard (1...10_000).contains(hours) else {
            throw ValidationError("--hours must be from 1 to 10000, got \(hours)")
        }
        guard rate > 0, rate <= 10_000 else {
            throw ValidationError("--rate must be above 0 and at most 10000, got \(rate)")
        }
        guard (0...365).contains(followDays) else {
            throw ValidationError("--follow-days must be from 0 to 365, got \(followDays)")
        }
        for (field, text) in [("speed", speed), ("follow-speed", followSpeed)] {
            let step = try DurationArgument.parse(text, field: field)
            guard step >= .seconds(1), step.components.attoseconds == 0 else {
                throw DurationArgument.refusal(field: field, text: text, rule: "must be whole seconds, at least 1s")
            }
        }
        _ = try DurationArgument.parse(tick, field: "tick")
    }

    public func run() async throws {
        PrivateFiles.restrictNewFiles()  // the state folder, mesh.log and what the mesh writes: this user's only
        var options = options
        options.overrides.append("clock.mode=simulated")
        let configuration = try options.loadConfiguration()
        let plan = DemoPlan(
            hours: hours, rate: rate, step: DurationText.parse(speed)!, tick: DurationText.parse(tick)!, seed: seed,
            followDays: followDays, followStep: DurationText.parse(followSpeed)!)
        let folder = DemoStateFolder(path: configuration.stateDirectory)
        let stop = DemoStop()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for await _ in await UnixSignalsSequence(trapping: .sigint, .sigterm) { stop.request() }
            }
            defer { group.cancelAll() }
            try await MeshConnection.with(options) { mesh in
                try await DemoSession(
                    mesh: mesh, options: options, plan: plan, folder: folder, keep: keep, stop: stop,
                    summaryPath: summaryJson
                ).run()
            }
        }
    }
}
