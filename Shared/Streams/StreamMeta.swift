import Foundation
import GRDB

/// The store's stream identity: its `epoch`, and the unclean-shutdown marker that guards it (F12).
///
/// With `synchronous=FULL` a committed `seq` survives a process kill, so a SIGKILLed service keeps its
/// epoch. A power loss or OS crash is the one case where the disk may hold less than was published;
/// as defence in depth, a store that was still marked running under an earlier boot of the machine gets
/// a new epoch, so that subscribers fence the stream instead of silently dropping reused `seq`s.
public enum StreamMeta {
    /// The result of `open`: the epoch in force and whether it was just rotated.
    public struct Opened: Sendable, Equatable {
        public var epoch: String
        public var rotatedAfterUncleanShutdown: Bool
    }

    /// Marks the store running under `bootID` and returns the epoch, rotating it after an OS-level crash.
    public static func open(_ db: Database, bootID: String) throws -> Opened {
        var epoch = try value(db, "epoch") ?? StreamEpoch.make()
        var rotated = false
        if let runningBoot = try value(db, "runningBootID"), runningBoot != bootID {
            epoch = StreamEpoch.make()
            rotated = true
            try set(db, "epochRotatedAt", DomainClockText.now())
        }
        try set(db, "epoch", epoch)
        try set(db, "runningBootID", bootID)
        return Opened(epoch: epoch, rotatedAfterUncleanShutdown: rotated)
    }

    /// Clears the running marker at a clean shutdown.
    public static func close(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM streamMeta WHERE key = 'runningBootID'")
    }

    /// The machine's boot id (`/proc/sys/kernel/random/boot_id`), or "unknown" where there is none.
    public static func currentBootID() -> String {
        let text = try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8)
        return text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown"
    }

    static func value(_ db: Database, _ key: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM streamMeta WHERE key = :key", arguments: ["key": key])
    }

    static func set(_ db: Database, _ key: String, _ value: String) throws {
        try db.execute(
            sql: """
                INSERT INTO streamMeta(key, value) VALUES(:key, :value)
                ON CONFLICT(key) DO UPDATE SET value = excluded.value
                """,
            arguments: ["key": key, "value": value])
    }
}

/// Wall-clock text for bookkeeping rows (not domain time).
enum DomainClockText {
    static func now() -> String { Date().ISO8601Format() }
}
