import Contracts
import Foundation
import GRDB
import MeshConfig
import ServiceKit
import Streams
import TestSupport
import Testing

/// Finding 13, status tells the truth (docs/streams.md §4.9): a service whose store cannot be written, or whose file
/// was deleted or replaced, says so in `status` and its metrics within seconds, in a `ServiceHost` run in process
/// over real ZeroMQ and a real SQLite file.
@Suite(.serialized, .timeLimit(.minutes(1))) struct StoreWatchTests {
    /// The metrics are real before the hosts make their instruments.
    init() {
        Observability.bootstrapMetrics()
    }

    /// `name`'s `status` answer.
    func status(_ mesh: StatelessMesh, _ name: String) async throws -> ServiceStatusReport {
        try await mesh.client(name).call("status", params: Empty(), as: ServiceStatusReport.self)
    }

    /// Waits until one of `name`'s alerts contains `text`, within 5 s (the file is checked every second).
    func waitForAlert(_ mesh: StatelessMesh, _ name: String, containing text: String) async throws {
        try await waitUntil("an alert with \"\(text)\"", timeout: .seconds(5), poll: .milliseconds(100)) {
            try await status(mesh, name).alerts?.contains { $0.contains(text) } == true
        }
    }

    @Test("Finding 13: a store deleted while its service runs shows an alert in status within seconds")
    func deletedStoreRaisesAnAlert() async throws {
        let mesh = try StatelessMesh(services: ["svc"])
        let running = try await RunningServiceHost("svc", in: mesh)
        #expect(try await status(mesh, "svc").alerts == nil)

        try FileManager.default.removeItem(atPath: running.host.instance.storePath)

        try await waitForAlert(mesh, "svc", containing: "was deleted while the process ran")
        try await waitUntil("the metric") {
            let text = String(decoding: try await mesh.client("svc").call("metrics"), as: UTF8.self)
            return text.contains(#"dropline_store_alerts{store="svc"} 1"#)
        }
        try await running.finished()
        await mesh.tearDown()
    }

    @Test("Finding 13: a store replaced by another file shows an alert in status within seconds")
    func replacedStoreRaisesAnAlert() async throws {
        let mesh = try StatelessMesh(services: ["svc"])
        let running = try await RunningServiceHost("svc", in: mesh)
        let path = running.host.instance.storePath

        try Data("another file".utf8).write(to: URL(fileURLWithPath: path + ".new"))
        #expect(rename(path + ".new", path) == 0)

        try await waitForAlert(mesh, "svc", containing: "was replaced by another file")
        try await running.finished()
        await mesh.tearDown()
    }

    @Test("Finding 13: a store made read-only shows an alert, which clears when it is writable again")
    func readOnlyStoreRaisesAnAlert() async throws {
        let mesh = try StatelessMesh(services: ["svc"])
        let running = try await RunningServiceHost("svc", in: mesh)
        let path = running.host.instance.storePath

        #expect(chmod(path, 0o444) == 0)
        try await waitForAlert(mesh, "svc", containing: "cannot be written: it is read-only (mode 444)")

        #expect(chmod(path, 0o600) == 0)
        try await waitUntil("the alert cleared", timeout: .seconds(5)) { try await status(mesh, "svc").alerts == nil }
        try await running.finished()
        await mesh.tearDown()
    }

    @Test(
        "Finding 13: a subscription whose writes fail with SQLITE_FULL shows alerts and a metric, not only catching-up")
    func fullStoreRaisesAnAlert() async throws {
        // Given a consumer applying a publisher's stream, whose store may not grow by a page (a full disk)
        let mesh = try StatelessMesh(services: ["src", "dst"])
        let source = try await RunningServiceHost("src", in: mesh, publishes: true)
        let sink = try await RunningServiceHost(
            "dst", in: mesh, consumes: [Consumption(source: "src", handler: BulkyEffects())])
        try await sink.host.store.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }

        // When the publisher publishes events the consumer cannot write
        try await source.host.store.write { db in
            for n in 1...3 { try source.host.outbox.append(ProbeTicked(n: n), at: Date(), correlation: "t", in: db) }
        }

        // Then within seconds its status says the writes fail and why, on the process and on the subscription
        try await waitForAlert(mesh, "dst", containing: "fail: database or disk is full (SQLITE_FULL)")
        let report = try await status(mesh, "dst")
        #expect(report.subscriptions.first?.alert?.contains("cannot be applied after seq 0") == true)
        let metrics = String(decoding: try await mesh.client("dst").call("metrics"), as: UTF8.self)
        #expect(metrics.contains(#"dropline_store_write_failures_total{store="dst",code="SQLITE_FULL"}"#))

        // When the store may grow again, the events are applied and the alerts clear
        try await sink.host.store.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA max_page_count = 1073741823")
        }
        try await waitUntil("applied and cleared", timeout: .seconds(10)) {
            let report = try await status(mesh, "dst")
            return report.alerts == nil && report.subscriptions.first?.applied == 3
                && report.subscriptions.first?.alert == nil
        }
        try await sink.finished()
        try await source.finished()
        await mesh.tearDown()
    }
}
