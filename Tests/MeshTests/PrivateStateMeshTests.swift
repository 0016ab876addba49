import Foundation
import Glibc
import Logging
import ProcessControl
import TestSupport
import Testing

extension MeshTests {
    /// Finding 5: stores and logs were readable by every local user (files 0644, folders 0755). Every process now
    /// creates what it writes for its own user only, and tightens a state folder or store left looser.
    @Suite(.timeLimit(.minutes(3))) struct PrivateStateMeshTests {
        @Test("Finding 5: the mesh's state folder, stores, sockets and config are its user's alone")
        func meshStateIsPrivate() async throws {
            // Given a state folder that others may read and enter, holding a store that others may read
            let mesh = try MeshHarness()
            let state = mesh.statePath
            try FileManager.default.createDirectory(
                atPath: state, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
            #expect(
                FileManager.default.createFile(
                    atPath: "\(state)/probe-sink.sqlite", contents: nil, attributes: [.posixPermissions: 0o644]))

            // When the mesh runs a stream through it (started from a process whose umask lets others read)
            let previous = umask(0o022)
            defer { umask(previous) }
            _ = try await mesh.startSupervisor()
            try await mesh.emit(100)
            try await waitUntil("the sink to apply 100 events") { try await mesh.sinkHasExactly(100) }

            // Then the folders are 0700 and every file and socket in them 0600
            #expect(Self.mode(state) == 0o700)
            #expect(Self.mode("\(state)/run") == 0o700)
            let files = try FileManager.default.contentsOfDirectory(atPath: state).filter { $0 != "run" }
            let sockets = try FileManager.default.contentsOfDirectory(atPath: "\(state)/run")
            #expect(files.contains("mesh.yaml") && files.contains("supervisor.sqlite"))
            #expect(files.contains("probe-source.sqlite-wal") && files.contains("probe-sink.sqlite.lock"))
            #expect(
                Set(sockets) == [
                    "supervisor.rpc", "clock.pub", "probe-source.rpc", "probe-source.pub", "probe-sink.rpc",
                ])
            for file in files { #expect(Self.mode("\(state)/\(file)") == 0o600, "\(file)") }
            for socket in sockets { #expect(Self.mode("\(state)/run/\(socket)") == 0o600, "run/\(socket)") }

            // And the loose folder and store were tightened, each with a log line
            let tightened = mesh.output.lines.filter { $0.contains("Restricted to its owner") }
            #expect(tightened.contains { $0.contains("path=\(state) ") || $0.hasSuffix("path=\(state)") })
            #expect(tightened.contains { $0.contains("\(state)/probe-sink.sqlite") && $0.contains("mode.before=644") })
            await mesh.tearDown()
        }

        /// Also R8-R11: the demo follows the parcels for a day after the hour of orders and writes its summary as JSON.
        @Test("Finding 5: dropline demo keeps its state folder, mesh.log, stores and mails to its user")
        func demoStateIsPrivate() async throws {
            let directory = try TemporaryDirectory()
            defer { directory.remove() }
            let state = directory.file("demo")
            let config = directory.file("demo.yaml")
            let summaryPath = directory.file("summary.json")
            try "state_dir: \(state)\n".write(toFile: config, atomically: true, encoding: .utf8)
            let previous = umask(0o022)
            defer { umask(previous) }
            let output = OutputLines()
            let demo = try ChildProcess.spawn(
                ChildSpec(
                    name: "demo", executable: "\(MeshHarness.binaries)/dropline",
                    arguments: [
                        "demo", "--hours", "1", "--speed", "1h", "--tick", "10ms", "--rate", "5", "--follow-days", "1",
                        "--follow-speed", "12h", "--summary-json", summaryPath, "--config", config,
                    ]),
                sink: { output.append($0) }, logger: Logger(label: "mesh-test"))
            let exit = await demo.waitForExit(timeout: .seconds(120))
            #expect(exit == .exited(0), "\(output.lines.suffix(20).joined(separator: "\n"))")

            #expect(Self.mode(state) == 0o700)
            #expect(Self.mode("\(state)/mesh.log") == 0o600)
            #expect(Self.mode("\(state)/maildir") == 0o700 && Self.mode("\(state)/maildir/new") == 0o700)
            let mails = try FileManager.default.contentsOfDirectory(atPath: "\(state)/maildir/new")
            #expect(!mails.isEmpty)
            for mail in mails { #expect(Self.mode("\(state)/maildir/new/\(mail)") == 0o600, "\(mail)") }
            for store in ["orders.sqlite", "inventory.sqlite", "dispatch.p0.sqlite", "supervisor.sqlite"] {
                #expect(Self.mode("\(state)/\(store)") == 0o600, "\(store)")
            }

            // The parcels were followed for a day after the hour of orders, and the summary written as JSON
            let data = try Data(contentsOf: URL(fileURLWithPath: summaryPath))
            let summary = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(summary["placementsEnd"] as? String == "2026-11-22T01:00:00.000Z")
            if summary["ending"] as? String == "follow_limit" {
                #expect(summary["end"] as? String == "2026-11-23T01:00:00.000Z")
                #expect(output.lines.contains { $0.contains("Dropline demo finished after 25h of simulated time") })
            } else {
                // Every order declined or cancelled: nothing to follow
                #expect(summary["ending"] as? String == "every_order_ended")
            }
            let orders = try #require(summary["orders"] as? [String: Any])
            #expect(orders["placedByRun"] as? Int == 5 && orders["total"] as? Int == 5)
            let statuses = try #require(orders["byStatus"] as? [String: Int])
            #expect(statuses.values.reduce(0, +) == 5 && statuses["delivered"] != nil)
            let delivery = try #require(summary["delivery"] as? [String: Int])
            #expect(delivery["confirmedFulfilled"] != nil && delivery["stalled"] != nil)
            let infractions = try #require(summary["infractions"] as? [String: Any])
            #expect(
                infractions["byKind"] as? [String: Int] == ["late_fulfillment": 0, "late_confirmed_fulfillment": 0])
            #expect(summary["lanes"] is [Any] && summary["mails"] as? Int == mails.count)
        }

        /// The permission bits of `path` (nil when it does not exist).
        static func mode(_ path: String) -> mode_t? {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            return info.st_mode & 0o777
        }
    }
}
