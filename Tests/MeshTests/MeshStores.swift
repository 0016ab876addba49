import Contracts
import Foundation
import GRDB

/// Read-only access to the stores in a mesh's state folder, for what no RPC shows: every event an outbox holds
/// and every dead letter (read once the mesh has stopped), and a purchase order's request while its connector
/// call is still pending (read from the live partition store, which WAL mode lets a reader share).
struct MeshStores {
    let statePath: String

    /// One event of an outbox: its type and its `data`, loosely typed.
    struct Event {
        let store: String
        let type: String
        let data: [String: Any]

        func string(_ key: String) -> String? { data[key] as? String }
    }

    /// The events of `<instance>.sqlite`'s outbox, in seq order.
    func events(of instance: String) async throws -> [Event] {
        let rows = try await read(instance) { db in
            try Row.fetchAll(db, sql: "SELECT type, body FROM outboxEvent ORDER BY seq").map { row in
                (row["type"] as String, row["body"] as Data)
            }
        }
        return try rows.map { type, body in
            let envelope = try JSONSerialization.jsonObject(with: body) as? [String: Any]
            return Event(store: instance, type: type, data: envelope?["data"] as? [String: Any] ?? [:])
        }
    }

    /// The events of every dispatch partition's outbox.
    func partitionEvents() async throws -> [Event] {
        var all: [Event] = []
        for partition in DispatchMesh.partitioning.instanceNames { all += try await events(of: partition) }
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
    func pendingPurchaseOrderRequest(_ order: String) async throws -> Data? {
        try await read(DispatchMesh.partition(of: order)) { db in
            try Data.fetchOne(
                db, sql: "SELECT body FROM connectorCall WHERE kind = 'purchase_order' AND orderID = ?",
                arguments: [order])
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
