import Contracts
import Foundation
import MeshConfig
import ProcessControl
import Streams
import TestSupport
import Testing

extension MeshTests {
    /// Finding 12: `dropline clock advance -5h` printed the help and exited 0. The CLI refuses a negative or zero
    /// duration with exit 2 and one line, and so does the supervisor's `clock.advance`, which moves nothing.
    @Suite(.timeLimit(.minutes(2))) struct ClockRefusalMeshTests {
        @Test("Finding 12: clock.advance refuses a negative or zero duration and the clock stays where it was")
        func negativeOrZeroAdvanceIsRefused() async throws {
            var blueprint = MeshBlueprint.probePair()
            blueprint.clock = .simulated
            let mesh = try MeshHarness(blueprint)
            _ = try await mesh.startSupervisor()
            let start = try await mesh.call("supervisor", "clock.now", Empty(), as: ClockReading.self).now

            for by in ["-5h", "0h", "-0m", "5"] {
                do {
                    _ = try await mesh.call(
                        "supervisor", "clock.advance", AdvanceRequest(by: by), as: ClockReading.self)
                    Issue.record("clock.advance \(by) was accepted")
                } catch RPCCallError.failed(let failure) {
                    #expect(failure.code == "invalid_request" && failure.field == "by", "\(by): \(failure)")
                    #expect(
                        failure.message
                            == "must be a positive duration such as 8h, 90m or 1d12h, got \(String(reflecting: by))")
                }
            }
            let (exit, lines) = try await mesh.runCLI(["clock", "advance", "-5h"])
            #expect(exit == .exited(2))
            #expect(
                lines == [
                    #"dropline: duration: must be a positive duration such as 8h, 90m or 1d12h, got "-5h" (invalid_request)"#
                ])
            #expect(try await mesh.call("supervisor", "clock.now", Empty(), as: ClockReading.self).now == start)
            await mesh.tearDown()
        }
    }
}
