import Foundation
import Glibc
import ProcessControl
import Testing

/// Spawning, output forwarding, exit reporting and signals of a single child, with real processes.
@Suite(.timeLimit(.minutes(1)))
struct ChildProcessTests {
    @Test func forwardsStdoutAndStderrLinesWithPrefix() async throws {
        let lines = Recorder<String>()
        let child = try ChildProcess.spawn(
            shell("printer", "echo out1; echo err1 >&2; echo out2; printf tail"), nameWidth: 8, sink: lines.sink,
            logger: testLogger)
        #expect(await child.waitForExit() == .exited(0))
        try await waitUntil("four lines forwarded") { lines.all.count == 4 }
        #expect(Set(lines.all) == ["printer  | out1", "printer  | err1", "printer  | out2", "printer  | tail"])
        #expect(lines.all.filter { !$0.contains("err1") } == ["printer  | out1", "printer  | out2", "printer  | tail"])
    }

    @Test(arguments: [0, 1, 7, 255])
    func reportsExitCode(_ code: Int32) async throws {
        let child = try ChildProcess.spawn(shell("exiter", "exit \(code)"), sink: { _ in }, logger: testLogger)
        #expect(await child.waitForExit() == .exited(code))
        #expect(child.termination == .exited(code))
    }

    @Test func reportsSignalThatEndedTheChild() async throws {
        let child = try ChildProcess.spawn(sleeper("sleeper"), sink: { _ in }, logger: testLogger)
        try child.signal(SIGUSR1)
        #expect(await child.waitForExit() == .signaled(SIGUSR1))
    }

    @Test func reportsSignalTheChildSentItself() async throws {
        let child = try ChildProcess.spawn(shell("suicide", "kill -KILL $$"), sink: { _ in }, logger: testLogger)
        #expect(await child.waitForExit() == .signaled(SIGKILL))
    }

    @Test func childLeadsItsOwnProcessGroup() async throws {
        let child = try ChildProcess.spawn(sleeper("grouped"), sink: { _ in }, logger: testLogger)
        #expect(getpgid(child.pid) == child.pid)
        #expect(getpgid(child.pid) != getpgrp())
        _ = await child.terminate(grace: .seconds(5))
    }

    @Test func environmentIsMergedAndNamesTheSupervisor() async throws {
        let lines = Recorder<String>()
        let spec = shell("env", #"echo "$DROPLINE_SUPERVISOR_PID|$EXTRA|$PATH""#, environment: ["EXTRA": "x y"])
        let child = try ChildProcess.spawn(spec, nameWidth: 0, sink: lines.sink, logger: testLogger)
        #expect(await child.waitForExit() == .exited(0))
        try await waitUntil("a line forwarded") { !lines.all.isEmpty }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        #expect(lines.all == ["env | \(getpid())|x y|\(path)"])
    }

    @Test func startsInTheWorkingDirectoryWithStdinAtEndOfFile() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pc-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let lines = Recorder<String>()
        var spec = shell("pwd", "cat; pwd")
        spec.workingDirectory = directory
        let child = try ChildProcess.spawn(spec, nameWidth: 0, sink: lines.sink, logger: testLogger)
        #expect(await child.waitForExit() == .exited(0))
        try await waitUntil("a line forwarded") { !lines.all.isEmpty }
        #expect(lines.all == ["pwd | \(directory)"])
    }

    @Test func inheritsNoDescriptorBeyondTheStandardThree() async throws {
        let inheritable = open("/dev/null", O_RDONLY)
        #expect(inheritable > 2)
        defer { close(inheritable) }
        let child = try ChildProcess.spawn(sleeper("fds"), sink: { _ in }, logger: testLogger)
        // sleep opens and closes locale files while it starts: wait for it to settle.
        try await waitUntil("only descriptors 0, 1 and 2 open", timeout: .seconds(3)) {
            try FileManager.default.contentsOfDirectory(atPath: "/proc/\(child.pid)/fd").sorted() == ["0", "1", "2"]
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(child.pid)/fd/0") == "/dev/null")
        _ = await child.terminate(grace: .seconds(5))
    }

    @Test func missingExecutableFailsWithPathAndErrno() throws {
        let spec = ChildSpec(name: "ghost", executable: "/nonexistent/dropline-ghost")
        let error = #expect(throws: ProcessControlError.self) {
            try ChildProcess.spawn(spec, sink: { _ in }, logger: testLogger)
        }
        #expect(error == .spawn(path: "/nonexistent/dropline-ghost", errno: ENOENT))
        #expect(error?.description == "spawn of /nonexistent/dropline-ghost failed: No such file or directory (2)")
    }

    @Test func terminateEndsAChildThatHonoursSigterm() async throws {
        // A child ended by SIGTERM reports the signal; had the grace run out, it would report SIGKILL.
        let child = try ChildProcess.spawn(sleeper("polite"), sink: { _ in }, logger: testLogger)
        #expect(await child.terminate(grace: .seconds(30)) == .signaled(SIGTERM))
        #expect(!processExists(child.pid))
    }

    @Test func terminateKillsAChildThatIgnoresSigtermAfterTheGrace() async throws {
        let lines = Recorder<String>()
        let child = try ChildProcess.spawn(stubborn("stubborn"), nameWidth: 0, sink: lines.sink, logger: testLogger)
        try await waitUntil("child ignores SIGTERM") { lines.all == ["stubborn | ready"] }
        let started = ContinuousClock.now
        #expect(await child.terminate(grace: .milliseconds(300)) == .signaled(SIGKILL))
        let elapsed = ContinuousClock.now - started
        #expect(elapsed >= .milliseconds(300))
        // Bounded, not timed: SIGKILL follows the grace rather than an unbounded wait (generous for a loaded machine).
        #expect(elapsed < .seconds(60))
        #expect(!processExists(child.pid))
    }

    @Test func signallingAnExitedChildDoesNothing() async throws {
        let child = try ChildProcess.spawn(
            ChildSpec(name: "true", executable: "/bin/true"), sink: { _ in }, logger: testLogger)
        #expect(await child.waitForExit() == .exited(0))
        try child.signal(SIGTERM)
        #expect(await child.terminate(grace: .seconds(1)) == .exited(0))
        #expect(await child.waitForExit(timeout: .milliseconds(1)) == .exited(0))
    }

    @Test func waitWithTimeoutGivesUpOnARunningChild() async throws {
        let child = try ChildProcess.spawn(sleeper("waited"), sink: { _ in }, logger: testLogger)
        #expect(await child.waitForExit(timeout: .milliseconds(50)) == nil)
        #expect(child.termination == nil)
        _ = await child.terminate(grace: .seconds(5))
    }
}
