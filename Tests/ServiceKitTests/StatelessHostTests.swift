import Contracts
import Foundation
import Glibc
import Prometheus
import ServiceKit
import Streams
import Synchronization
import TestSupport
import Testing

/// The parameters and answer of a made-up `gateway.greet` method.
private struct Greeting: Codable, Sendable, Equatable {
    var name: String
}

/// A process that owns no store (the HTTP gateway), on real ZeroMQ: it answers what every process answers and
/// its own methods, reaches other instances, runs loops, and stops cleanly.
@Suite(.timeLimit(.minutes(1))) struct StatelessHostTests {
    /// `gateway.greet`, which refuses an empty name.
    /// How long a call may wait: the hosts serve on the shared cooperative pool, which a loaded machine running
    /// every suite at once can keep busy for seconds.
    private static let patience = Duration.seconds(30)

    private static var greeter: RPCRouter {
        var router = RPCRouter()
        router.register("gateway.greet", params: Greeting.self) { greeting in
            guard !greeting.name.isEmpty else { throw RPCFailure.invalidRequest("must not be empty", field: "name") }
            return Greeting(name: "hello \(greeting.name)")
        }
        return router
    }

    @Test func answersHealthAndAStatusWithNoStreamsBesideItsOwnMethods() async throws {
        let mesh = try StatelessMesh(services: ["gateway"])
        let gateway = try await RunningHost("gateway", in: mesh, methods: Self.greeter)
        let client = try mesh.client("gateway")

        // Health names the instance and this process
        let health = try await client.call("health", params: Empty(), as: HealthReport.self, timeout: Self.patience)
        #expect(health == HealthReport(name: "gateway", pid: getpid(), ok: true))

        // Status has no publication, no subscriptions, no dead letters and no domain time, and lists every method
        let status = try await client.call(
            "status", params: Empty(), as: ServiceStatusReport.self, timeout: Self.patience)
        #expect(status.name == "gateway" && status.pid == getpid())
        #expect(status.publication == nil && status.subscriptions.isEmpty && status.deadLetters == 0)
        #expect(status.domainTime == nil && status.clockMode == "system")
        #expect(status.methods == ["clock.progress", "gateway.greet", "health", "metrics", "status"])

        // Its clock progress is empty: no clock, no timers, no streams, nothing queued
        let progress = try await client.call("clock.progress", params: Empty(), as: ClockProgress.self)
        #expect(progress == ClockProgress(name: "gateway", pid: getpid()))

        // Its own method answers, and refuses as every router does
        let greeting = try await client.call(
            "gateway.greet", params: Greeting(name: "Ada"), as: Greeting.self, timeout: Self.patience)
        #expect(greeting == Greeting(name: "hello Ada"))
        await #expect(throws: RPCCallError.self) {
            try await client.call(
                "gateway.greet", params: Greeting(name: ""), as: Greeting.self, timeout: Self.patience)
        }
        do {
            _ = try await client.call(
                "deadletters.list", params: Empty(), as: [DeadLetter].self, timeout: Self.patience)
            Issue.record("a stateless process has no dead letters to list")
        } catch RPCCallError.failed(let failure) {
            #expect(failure.code == "unknown_method")
        }

        gateway.stop()
        try await gateway.finished()
        await mesh.tearDown()
    }

    @Test func metricsAnswerThePrometheusExposition() async throws {
        let mesh = try StatelessMesh(services: ["gateway"])
        let gateway = try await RunningHost("gateway", in: mesh)
        let counter = Observability.registry.makeCounter(
            descriptor: MetricNameDescriptor(
                namespace: "dropline", subsystem: "stateless_test", metricName: "calls", unitName: "total",
                helpText: "Calls counted by the test."))
        counter.increment(by: Int64(3))

        let text = String(
            decoding: try await mesh.client("gateway").call("metrics", timeout: Self.patience), as: UTF8.self)
        #expect(text.contains("# TYPE dropline_stateless_test_calls_total counter"))
        #expect(text.contains("dropline_stateless_test_calls_total 3"))

        gateway.stop()
        try await gateway.finished()
        await mesh.tearDown()
    }

    @Test func reachesAnotherInstanceThroughItsClient() async throws {
        // Given two stateless instances, the gateway relaying to the greeter through a client it got from its host
        let mesh = try StatelessMesh(services: ["greeter", "gateway"])
        let greeter = try await RunningHost("greeter", in: mesh, methods: Self.greeter)
        let host = try await StatelessHost(name: "gateway", configuration: mesh.configuration)
        let toGreeter = try host.client(for: "greeter")
        var methods = RPCRouter()
        methods.register("gateway.relay", params: Greeting.self) { greeting in
            try await toGreeter.call("gateway.greet", params: greeting, as: Greeting.self, timeout: Self.patience)
        }
        let gateway = RunningHost(host, methods: methods)

        // When a request reaches the gateway, it is answered by the greeter
        let answer = try await mesh.client("gateway").call(
            "gateway.relay", params: Greeting(name: "Kim"), as: Greeting.self, timeout: Self.patience)
        #expect(answer == Greeting(name: "hello Kim"))

        // And an instance the mesh config does not name is refused
        #expect(throws: ServiceHostError.self) { try host.client(for: "nobody") }

        // The gateway stops although its client to the greeter is still open: the context's end closes it
        gateway.stop()
        try await gateway.finished()
        greeter.stop()
        try await greeter.finished()
        await mesh.tearDown()
    }

    @Test func stopsGracefullyCancellingItsLoopsAndFreeingItsEndpoint() async throws {
        let mesh = try StatelessMesh(services: ["gateway"])
        let ticks = Atomic<Int>(0)
        let loopEnded = Atomic<Bool>(false)
        let loop: @Sendable () async throws -> Void = {
            defer { loopEnded.store(true, ordering: .sequentiallyConsistent) }
            while true {
                ticks.add(1, ordering: .relaxed)
                try await Task.sleep(for: .milliseconds(10))
            }
        }
        let gateway = try await RunningHost("gateway", in: mesh, background: [loop])
        let client = try mesh.client("gateway")
        try await waitUntil("the background loop to run") { ticks.load(ordering: .relaxed) > 2 }
        _ = try await client.call("health", params: Empty(), as: HealthReport.self, timeout: Self.patience)

        // When it is told to stop
        gateway.stop()
        try await gateway.finished()

        // Then its loop was cancelled, it no longer answers, and its endpoint can be bound again at once
        let ended = loopEnded.load(ordering: .sequentiallyConsistent)
        #expect(ended)
        await #expect(throws: RPCCallError.self) {
            try await client.call("health", params: Empty(), as: HealthReport.self, timeout: .milliseconds(300))
        }
        let again = try await RunningHost("gateway", in: mesh)
        let health = try await mesh.client("gateway").call(
            "health", params: Empty(), as: HealthReport.self, timeout: Self.patience)
        #expect(health.ok)
        again.stop()
        try await again.finished()
        await mesh.tearDown()
    }

    @Test func anInstanceTheMeshConfigDoesNotNameIsRefused() async throws {
        let mesh = try StatelessMesh(services: ["gateway"])
        await #expect(throws: ServiceHostError.self) {
            _ = try await StatelessHost(name: "gateway.2", configuration: mesh.configuration)
        }
        await mesh.tearDown()
    }
}
