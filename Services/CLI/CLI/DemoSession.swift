import Contracts
import Foundation
import MeshConfig
import ServiceKit
import SimulatedCustomers
import Streams

/// One run of `dropline demo`: start the mesh, set the scene, drive the simulated hours and follow the parcels,
/// stop the mesh, sum up (and write the summary as JSON to `summaryPath` when given).
struct DemoSession {
    let mesh: MeshConnection
    let options: ServiceOptions
    let plan: DemoPlan
    let folder: DemoStateFolder
    let keep: Bool
    let stop: DemoStop
    var summaryPath: String?
    let display = DemoDisplay()

    func run() async throws {
        let clock = try mesh.supervisor()
        if (try? await clock.call("health", params: Empty(), as: HealthReport.self, timeout: .milliseconds(500))) != nil
        {
            throw CommandFailure("A mesh is already running on \(folder.path); stop it with `dropline down` first.")
        }
        if keep {
            try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        } else {
            try folder.empty()
        }
        display.note("Starting the mesh on simulated time in \(folder.path) (log: \(folder.logPath))")
        let supervisor = try DemoSupervisor(options: options, logPath: folder.logPath)
        do {
            let (snapshot, deadLetters) = try await drive(supervisor, clock: clock)
            await supervisor.stop(grace: mesh.configuration.supervisor.grace * 2 + .seconds(5))
            var final = snapshot
            final.mails = folder.mailCount
            display.note(
                "\n"
                    + DemoReport.summary(
                        final, deadLetters: deadLetters, stateFolder: folder.path, stoppedEarly: stop.isRequested))
            if let summaryPath {
                let summary = DemoSummary(
                    final, deadLetters: deadLetters, stateFolder: folder.path, stoppedEarly: stop.isRequested)
                try summary.json().write(to: URL(fileURLWithPath: summaryPath))
                display.note("Summary   \(summaryPath) (JSON)")
            }
        } catch {
            await supervisor.stop(grace: mesh.configuration.supervisor.grace * 2 + .seconds(5))
            throw error
        }
    }

    /// Waits for the mesh, loads the scene, runs the driver; the last snapshot and the dead letters, one per line.
    private func drive(_ supervisor: DemoSupervisor, clock: RPCClient) async throws -> (DemoSnapshot, [String]) {
        let watched = DemoMesh(mesh)
        try await watched.waitUntilUp(supervisor: supervisor, stop: stop)
        let generator = try await setScene(watched, supervisor: supervisor)
        let tally = OrderTally(dispatchTarget: dispatchTarget)
        let parcels = ParcelTally()
        let subscription = try StreamReader(mesh: mesh, stream: StreamNames.orders)
            .start(after: 0, epoch: "", handler: tally)
        let tracking = hasTracking ? StreamReader(mesh: mesh, stream: StreamNames.tracking) : nil
        let trackingSubscription = try tracking?.start(after: 0, epoch: "", handler: parcels)
        let start = try await Calls.perform(.read) {
            try await clock.call("clock.now", params: Empty(), as: ClockReading.self)
        }
        .now
        var scores = SupplierScores(lists: [])
        var infractions = InfractionTotals()
        var lanes: [LaneView] = []
        func snapshot(_ progress: DemoDriver.Progress) async -> DemoSnapshot {
            if let lists = try? await mesh.callEveryPartition(
                "dispatch.scorecards", params: Empty(), as: ScorecardList.self)
            {
                scores = SupplierScores(lists: lists)
            }
            if hasTracking {
                if let list = try? await mesh.call(
                    StreamNames.tracking, "tracking.infractions", params: InfractionListRequest(),
                    as: InfractionList.self, retry: .read, timeout: .seconds(5))
                {
                    infractions = InfractionTotals(list)
                }
                if let list = try? await mesh.call(
                    StreamNames.tracking, "tracking.lanes", params: Empty(), as: LaneList.self, retry: .read,
                    timeout: .seconds(5))
                {
                    lanes = list.lanes
                }
            }
            var snapshot = DemoSnapshot(
                start: start, now: progress.now, end: start.addingTimeInterval(plan.length),
                followEnd: start.addingTimeInterval(plan.longest), orders: tally.counts, activity: progress.activity,
                suppliers: scores, deadLetters: progress.reports.values.reduce(0) { $0 + $1.deadLetters },
                mails: folder.mailCount)
            snapshot.parcels = parcels.counts
            snapshot.infractions = infractions
            snapshot.lanes = lanes
            return snapshot
        }
        let driver = DemoDriver(
            mesh: watched,
            desk: DemoDesk(
                orders: try mesh.client(for: StreamNames.orders),
                fraudHold: try mesh.client(for: StreamNames.fraudHold),
                keyPrefix: "demo-\(plan.seed)-\(Int(start.timeIntervalSince1970))"),
            clock: clock, supervisor: supervisor, generator: generator, plan: plan, stop: stop, orders: tally,
            parcels: parcels, ending: ending
        ) { progress in
            if display.isDue(at: progress.now) { display.show(await snapshot(progress)) }
        }
        let progress = try await driver.run(from: start)
        let last = await snapshot(progress)
        await subscription.stop()
        await trackingSubscription?.stop()
        return (last, try await deadLetterLines(progress.reports))
    }

    /// Loads the catalogue, makes three suppliers misbehave, waits until orders and dispatch know the listings;
    /// the customers who will shop there.
    private func setScene(_ watched: DemoMesh, supervisor: DemoSupervisor) async throws -> CustomerGenerator {
        _ = try await mesh.call(
            StreamNames.inventory, "inventory.load", params: DemoCatalog.load, as: CatalogLoadResult.self,
            retry: .idempotent, timeout: .seconds(30))
        let simulator = try mesh.configuration.simulatorInstance()
        for (supplier, change, description) in DemoCatalog.behaviours {
            let request = SetSupplierBehaviourRequest(supplierID: supplier, behaviour: change)
            _ = try await mesh.call(
                simulator, "simulator.suppliers.set", params: request, as: SupplierBehaviourEntry.self,
                retry: .idempotent)
            display.note("  \(supplier) \(description)")
        }
        try await watched.waitUntilApplied(StreamNames.inventory, supervisor: supervisor, stop: stop)
        var listings: [ListingView] = []
        for listing in DemoCatalog.listings {
            listings.append(
                try await mesh.call(
                    StreamNames.inventory, "inventory.listing", params: ListingRequest(listingID: listing.id),
                    as: ListingView.self, retry: .read))
        }
        let generator = CustomerGenerator(seed: plan.seed, listings: listings)
        guard !generator.isEmpty else { throw CommandFailure("Every listing of the demo catalogue is sold out.") }
        display.note(
            "Customers from \(CustomerGenerator.countries.count) countries place \(plan.rate.formatted()) orders per "
                + "simulated hour for \(plan.hours) h, seed \(plan.seed).")
        return generator
    }

    /// Whether the mesh runs the tracking service (the embedded default does): without it the demo sees no parcel
    /// after shipment and ends with the placements.
    private var hasTracking: Bool { mesh.configuration.service(named: StreamNames.tracking) != nil }

    /// When the follow-up is over (R10's `confirmation_deadline_days` from the mesh config, default 7), and which
    /// customers confirm receipt: half of those whose stalled parcel's window has passed.
    private var ending: DemoEnding {
        let days = mesh.configuration.service(named: StreamNames.tracking)?
            .settings["confirmation_deadline_days"].flatMap(Double.init)
        return DemoEnding(confirmationDeadline: (days ?? 7) * 86_400, confirmingShare: 0.5, seed: plan.seed)
    }

    /// R6: the dispatch target from the mesh config (`dispatch_target_minutes`, default 120).
    private var dispatchTarget: TimeInterval {
        let minutes = mesh.configuration.service(named: DispatchPartitioning.serviceName)?
            .settings["dispatch_target_minutes"].flatMap(Double.init)
        return (minutes ?? 120) * 60
    }

    /// The dead letters of every instance that reports some: `orders  payments#12  payment.authorised  error`.
    private func deadLetterLines(_ reports: [String: ServiceStatusReport]) async throws -> [String] {
        var lines: [String] = []
        for (instance, report) in reports.sorted(by: { $0.key < $1.key }) where report.deadLetters > 0 {
            let client = try mesh.client(for: instance)
            let letters = (try? await client.call("deadletters.list", params: Empty(), as: [DeadLetter].self)) ?? []
            lines += letters.map { "\(instance)  \($0.stream)#\($0.seq)  \($0.type)  \($0.error)" }
        }
        return lines
    }
}
