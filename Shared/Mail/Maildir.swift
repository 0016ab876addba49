import Foundation

/// A Maildir folder that notifications are delivered into, one `.eml` file each (ARCHITECTURE §6).
///
/// Delivery follows the Maildir protocol: the message is written and synced in `tmp/`, then renamed
/// into `new/`, so a mail client never sees a partial file; the `new/` folder is synced before
/// `deliver` returns, so a delivery reported to the caller survives a crash. Delivery is idempotent:
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
        let name = uniqueName.rawValue
        if try isDelivered(name) { return .alreadyDelivered }
        let temporary = "\(path)/tmp/\(name)"
        try DurableFile.writeSynced(message, to: temporary)
        try DurableFile.move(temporary, to: "\(path)/new/\(name)")
        return .delivered
    }

    /// True when `new/<name>`, `cur/<name>` or `cur/<name>:<info>` exists.
    private func isDelivered(_ name: String) throws(MailError) -> Bool {
        if DurableFile.exists("\(path)/new/\(name)") || DurableFile.exists("\(path)/cur/\(name)") { return true }
        return try DurableFile.names(in: "\(path)/cur").contains { $0.hasPrefix(name + ":") }
    }
}
