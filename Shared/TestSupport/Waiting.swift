import Foundation

/// A condition that did not become true within its bound.
public struct WaitTimedOut: Error, CustomStringConvertible {
    public let what: String
    public let after: Duration
    public var description: String { "Timed out after \(after) waiting for \(what)." }
}

/// Polls `condition` until it is true or `timeout` passes. Tests wait on conditions, never on fixed sleeps.
public func waitUntil(
    _ what: String, timeout: Duration = .seconds(20), poll: Duration = .milliseconds(20),
    _ condition: () async throws -> Bool
) async throws {
    let deadline = ContinuousClock.now + timeout
    while true {
        if try await condition() { return }
        guard ContinuousClock.now < deadline else { throw WaitTimedOut(what: what, after: timeout) }
        try await Task.sleep(for: poll)
    }
}
