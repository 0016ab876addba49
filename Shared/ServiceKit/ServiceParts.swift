import GRDB
import Logging
import Streams

/// What a `DomainService` is built from: its store, the outbox of the stream it publishes, domain time, a logger
/// and the state folder (for its maildir or feeds). The host hands over its own; tests make them on a temporary
/// folder.
public struct ServiceParts: Sendable {
    /// The service's store, migrated; written only by this service.
    public var store: any DatabaseWriter
    /// The outbox of the stream the service publishes.
    public var outbox: Outbox
    public var clock: DomainClock
    public var logger: Logger
    /// The mesh's state folder (`state_dir`).
    public var stateDirectory: String

    public init(store: any DatabaseWriter, outbox: Outbox, clock: DomainClock, logger: Logger, stateDirectory: String) {
        self.store = store
        self.outbox = outbox
        self.clock = clock
        self.logger = logger
        self.stateDirectory = stateDirectory
    }
}
