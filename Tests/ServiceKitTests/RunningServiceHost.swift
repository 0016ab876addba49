import Contracts
import Foundation
import GRDB
import ServiceKit
import Streams

/// A `ServiceHost` running in this test process as a dispatch worker runs a partition (`runHosted`): `stop()` ends
/// it, `finished()` waits until it closed its store.
struct RunningServiceHost: Sendable {
    let host: ServiceHost
    private let stopper: AsyncStream<Void>.Continuation
    private let task: Task<Void, any Error>

    /// Opens `name` of `mesh`'s config on the `effect` table's migration, and runs it with `consumes`.
    init(_ name: String, in mesh: StatelessMesh, publishes: Bool = false, consumes: [Consumption] = []) async throws {
        let host = try await ServiceHost(
            name: name, configuration: mesh.configuration, publishes: publishes,
            migrations: { migrator in
                migrator.registerMigration("test-effects-v1") { db in
                    try db.execute(
                        sql: "CREATE TABLE effect(rowid INTEGER PRIMARY KEY AUTOINCREMENT, what TEXT NOT NULL)")
                }
            })
        let (stopped, stopper) = AsyncStream.makeStream(of: Void.self)
        self.host = host
        self.stopper = stopper
        task = Task {
            try await host.runHosted(consumes: consumes) {
                for await _ in stopped { return }
            }
        }
    }

    func stop() { stopper.yield() }

    /// Stops it and waits until `runHosted` returned.
    func finished() async throws {
        stop()
        try await task.value
    }
}

/// Applies each event as an `effect` row of 8 KiB, so that a store at its page limit cannot take one.
struct BulkyEffects: StreamHandler {
    func apply(_ event: IncomingEvent, in db: Database) throws {
        try db.execute(
            sql: "INSERT INTO effect(what) VALUES(?)", arguments: [String(repeating: "x", count: 8192)])
    }
}
