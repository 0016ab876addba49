import Foundation

/// Delivers a simulated carrier's scan to the tracking service (R10, R11).
public protocol TrackingCaller: Sendable {
    /// Calls `method` with `body` on the tracking instance.
    ///
    /// - Throws: Tracking's error answer as `RPCCallError.failed` (or `RPCFailure`); any other error is a
    ///   transport failure, and the call is made again later.
    func call(_ method: String, body: Data) async throws
}
