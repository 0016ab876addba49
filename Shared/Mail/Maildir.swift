import Foundation

/// A Maildir folder that notifications are delivered into, one `.eml` file each (docs/architecture.md §6).
///
/// Delivery follows the Maildir protocol: the message is written and synced in `tmp/`, then renamed
/// into `new/`, so a mail client never sees a partial file; the `new/` folder is synced before
/// `deliver` returns, so a delivery reported to the caller survives a crash. A batch shares its syncs. Delivery is idempotent:
/// when the name is already in `new/`, or in `cur/` (where a client moves read mail, adding an info
/// suffix such as `:2,S`), nothing is written. One deliverer writes a given name at a time.
public struct Maildir: Sendable {
    /// What `deliver` did.
    public enum Delivery: Sendable, Equatable {
        /// The message is now in `new/`.
        case delivered
        /// A file of that name was there already; nothing was written.
        case alreadyDelivered
    }

    /// The Maildir's root folder.
    public let path: String

    /// Opens the Maildir at `path`, creating it and its `tmp/`, `new/` and `cur/` folders as needed.
    public init(path: String) throws(MailError) {
        self.path = path
        for folder in ["tmp", "new", "cur"] { try DurableFile.makeFolder("\(path)/\(folder)") }
    }

    /// Writes `message` to `new/<uniqueName>` unless that name was delivered before.
    ///
    /// A leftover `tmp/<uniqueName>` from an interrupted delivery is overwritten.
    @discardableResult
    public func deliver(_ message: Data, uniqueName: MaildirName) throws(MailError) -> Delivery {
        let result = deliver([(message, uniqueName)])
        if let failure = result.failure { throw failure }
        return result.outcomes[0]
    }

    /// What a batch delivery did: the outcome of each message up to the first failure, and that failure.
    public struct BatchDelivery: Sendable {
        public var outcomes: [Delivery]
        public var failure: MailError?
    }

    /// Delivers messages in order with two syncs for the whole batch instead of two per message: every new
    /// file is written to `tmp/`, the data is synced, all are renamed into `new/`, and `new/` is synced.
    /// A failure stops the batch; the messages before it are still delivered.
    public func deliver(_ batch: [(message: Data, uniqueName: MaildirName)]) -> BatchDelivery {
        var outcomes: [Delivery] = []
        var staged: [String] = []
        var failure: MailError?
        let read: Set<String>
        do {
            read = try readNames()
        } catch {
            return BatchDelivery(outcomes: [], failure: error)
        }
        for (message, uniqueName) in batch {
            let name = uniqueName.rawValue
            do {
                if isDelivered(name, read: read) || staged.contains(name) {
                    outcomes.append(.alreadyDelivered)
                    continue
                }
                try DurableFile.write(message, to: "\(path)/tmp/\(name)")
                staged.append(name)
                outcomes.append(.delivered)
            } catch {
                failure = error
                break
            }
        }
        guard !staged.isEmpty else { return BatchDelivery(outcomes: outcomes, failure: failure) }
        do {
            DurableFile.syncWrittenData()
            try DurableFile.move(staged.map { ("\(path)/tmp/\($0)", "\(path)/new/\($0)") }, syncing: "\(path)/new")
        } catch {
            return BatchDelivery(outcomes: [], failure: error)
        }
        return BatchDelivery(outcomes: outcomes, failure: failure)
    }

    /// True when `new/<name>` exists, or `name` is among the names in `cur/` (`read`).
    private func isDelivered(_ name: String, read: Set<String>) -> Bool {
        read.contains(name) || DurableFile.exists("\(path)/new/\(name)")
    }

    /// The unique names in `cur/`, read once per batch: a file there is `<name>` or `<name>:<info>`.
    private func readNames() throws(MailError) -> Set<String> {
        Set(try DurableFile.names(in: "\(path)/cur").map { String($0.prefix { $0 != ":" }) })
    }
}
