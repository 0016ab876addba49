import Contracts
import Foundation
import Streams

extension ServiceHost {
    /// The methods the crash guard leaves alone: the supervisor and the CLI call them on a schedule, and they only
    /// read what the host keeps in memory or wait on it.
    static let unguardedMethods: Set<String> = ["health", "status", "metrics", "clock.progress"]

    /// `router` with each method (but `unguardedMethods`) run under the crash guard (docs/streams.md §4.6), and each
    /// store error it throws told to the store's watch.
    func guarded(_ router: RPCRouter) -> RPCRouter {
        router.wrapped { method, run in
            guard !Self.unguardedMethods.contains(method) else { return run }
            return { body in try await self.guardedCall(method, body: body, run) }
        }
    }

    /// Runs one request with it marked in flight, or refuses it with `poison_request` when this very request (its
    /// method and the SHA-256 of its body) was in flight at `CrashGuard.crashesToSetAside` crashes of this build.
    private func guardedCall(_ method: String, body: Data, _ run: RPCRouter.Method) async throws -> Data {
        let digest = SHA256.hexDigest(body)
        if let reason = crashGuard.refusal(method: method, digest: digest) {
            throw RPCFailure(
                code: "poison_request",
                message: "\(name) refuses this \(method) request: \(reason); it is not applied again by this build.")
        }
        do {
            return try await crashGuard.guarding(.request(method: method, digest: digest)) { try await run(body) }
        } catch {
            storeWatch.noteFailure(error)
            throw error
        }
    }
}
