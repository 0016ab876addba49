import Contracts
import Foundation
import GRDB

/// Read-only access to the stores in a mesh's state folder, for what no RPC shows: every event an outbox holds
/// (so that a repeated fact would show) and every dead letter, read once the mesh has stopped, and a purchase
/// order's request while its connector call is still pending (read from the live partition store, which WAL mode
/// lets a reader share). Events decode into their contract types, `Envelope<Payload>`.
struct MeshStores {
    let statePath: String

    /// One event of an outbox as stored: its type and its envelope's JSON, decoded on demand.
    struct StoredEvent {
        let store: String
        let type: String
        let body: Data

        /// The event with its contract payload; an error if it is of another type or does not decode.
        func envelope<Payload: EventPayload>(_: Payload.Type) throws -> Envelope<Payload> {
            guard type == Payload.eventType else {
                throw UnexpectedAnswer(description: "\(store): a \(type) event read as \(Payload.eventType)")
            }
            return try DomainTime.makeDecoder().decode(Envelope<Payload>.self, from: body)
        }
    }

    /// The events of `<instance>.sqlite`'s outbox, in seq order.
    func events(of instance: String) async throws -> [StoredEvent] {
        try await read(instance) { db in
            try Row.fetchAll(db, sql: "SELECT type, body FROM outboxEvent ORDER BY seq").map { row in
                StoredEvent(store: instance, type: row["type"], body: row["body"])
            }
        }
    }

    /// The data of every `Payload` event of `<instance>.sqlite`'s outbox, in seq order.
    func payloads<Payload: EventPayload>(_: Payload.Type, of instance: String) async throws -> [Payload] {
        try await events(of: instance).filter { $0.type == Payload.eventType }.map {
            try $0.envelope(Payload.self).data
        }
    }

    /// The events of every dispatch partition's outbox, each with the order its payload names; an event of a type
    /// that is not one of Dispatch's is an error.
    func partitionEvents() async throws -> [PartitionEvent] {
        var all: [PartitionEvent] = []
        for partition in DispatchMesh.partitioning.instanceNames {
            all += try await events(of: partition).map(PartitionEvent.init)
        }
        return all
    }

    /// Every dead letter of every store in the state folder, as `store: stream#seq type: error`.
    func deadLetters() async throws -> [String] {
        let stores = try FileManager.default.contentsOfDirectory(atPath: statePath)
            .filter { $0.hasSuffix(".sqlite") }.map { String($0.dropLast(".sqlite".count)) }.sorted()
        var letters: [String] = []
        for store in stores {
            letters += try await read(store) { db in
                guard try db.tableExists("deadLetter") else { return [] }
                return try Row.fetchAll(db, sql: "SELECT stream, seq, type, error FROM deadLetter").map { row in
                    "\(store): \(row["stream"] as String)#\(row["seq"] as Int64) \(row["type"] as String): "
                        + (row["error"] as String)
                }
            }
        }
        return letters
    }

    /// The `supplier.purchase_order` request the order's partition has queued and not yet seen answered, if any.
    func pendingPurchaseOrderRequest(_ order: OrderID) async throws -> Data? {
        try await read(DispatchMesh.partition(of: order)) { db in
            try Data.fetchOne(
                db, sql: "SELECT body FROM connectorCall WHERE kind = 'purchase_order' AND orderID = :orderID",
                arguments: ["orderID": order.rawValue])
        }
    }

    /// Opens `<store>.sqlite` read-only, reads, and closes it again.
    private func read<T: Sendable>(_ store: String, _ value: @escaping @Sendable (Database) throws -> T)
        async throws -> T
    {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: "\(statePath)/\(store).sqlite", configuration: configuration)
        let result = try await queue.read(value)
        try queue.close()
        return result
    }
}
