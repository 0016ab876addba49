import Foundation
import Mail
import TestSupport
import Testing

/// Maildir delivery on real files: `tmp/` then an atomic rename into `new/`, idempotent by name.
struct MaildirTests {
    private func files(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test func createsTmpNewAndCurUnderMissingParents() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let maildir = try Maildir(path: directory.file("state/mail/customers"))
        for folder in ["tmp", "new", "cur"] { #expect(try files("\(maildir.path)/\(folder)") == []) }
        _ = try Maildir(path: maildir.path)  // opening again is fine
    }

    @Test func deliveryLandsWholeInNewAndLeavesTmpEmpty() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let maildir = try Maildir(path: directory.file("mail"))
        let bytes = try Fixtures.message().rendered()
        let name = try MaildirName(notificationID: "orders.ord-42.shipped")

        #expect(try maildir.deliver(bytes, uniqueName: name) == .delivered)

        #expect(try files("\(maildir.path)/new") == ["orders.ord-42.shipped.eml"])
        #expect(try files("\(maildir.path)/tmp") == [])
        #expect(FileManager.default.contents(atPath: "\(maildir.path)/new/\(name)") == bytes)
        let mode = try FileManager.default.attributesOfItem(atPath: "\(maildir.path)/new/\(name)")[.posixPermissions]
        #expect(mode as? Int == 0o600)
    }

    @Test func secondDeliveryOfTheSameNameWritesNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let maildir = try Maildir(path: directory.file("mail"))
        let name = try MaildirName(notificationID: "n1")
        try maildir.deliver(Data("first\r\n".utf8), uniqueName: name)

        #expect(try maildir.deliver(Data("second\r\n".utf8), uniqueName: name) == .alreadyDelivered)

        #expect(try files("\(maildir.path)/new") == ["n1.eml"])
        #expect(FileManager.default.contents(atPath: "\(maildir.path)/new/n1.eml") == Data("first\r\n".utf8))
    }

    @Test(arguments: ["n1.eml", "n1.eml:2,S", "n1.eml:2,RS"])
    func messageAMailClientMovedToCurCountsAsDelivered(curName: String) throws {
        // Given a delivered message that a mail client has read (moved to cur/, maybe with flags)
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let maildir = try Maildir(path: directory.file("mail"))
        let name = try MaildirName(notificationID: "n1")
        try maildir.deliver(Data("x\r\n".utf8), uniqueName: name)
        try FileManager.default.moveItem(atPath: "\(maildir.path)/new/n1.eml", toPath: "\(maildir.path)/cur/\(curName)")

        // When it is delivered again, Then nothing new appears
        #expect(try maildir.deliver(Data("x\r\n".utf8), uniqueName: name) == .alreadyDelivered)
        #expect(try files("\(maildir.path)/new") == [])
    }

    @Test func similarNameInCurDoesNotCount() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let maildir = try Maildir(path: directory.file("mail"))
        try Data().write(to: URL(fileURLWithPath: "\(maildir.path)/cur/n1.eml.old:2,S"))
        #expect(try maildir.deliver(Data("x\r\n".utf8), uniqueName: MaildirName(notificationID: "n1")) == .delivered)
    }

    @Test func partialFileLeftInTmpByACrashIsReplaced() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let maildir = try Maildir(path: directory.file("mail"))
        try Data("Date: Sun, 22 No".utf8).write(to: URL(fileURLWithPath: "\(maildir.path)/tmp/n1.eml"))
        let bytes = try Fixtures.message().rendered()

        try maildir.deliver(bytes, uniqueName: MaildirName(notificationID: "n1"))

        #expect(FileManager.default.contents(atPath: "\(maildir.path)/new/n1.eml") == bytes)
        #expect(try files("\(maildir.path)/tmp") == [])
    }

    @Test func failedWriteIsReportedAndDeliversNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let maildir = try Maildir(path: directory.file("mail"))
        try FileManager.default.createDirectory(
            atPath: "\(maildir.path)/tmp/n1.eml", withIntermediateDirectories: false)

        let error = try #require(throws: MailError.self) {
            try maildir.deliver(Data("x".utf8), uniqueName: MaildirName(notificationID: "n1"))
        }
        guard case .fileSystem(let operation, let path, _) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(operation == "open" && path.hasSuffix("/tmp/n1.eml"))
        #expect(try files("\(maildir.path)/new") == [])
    }

    @Test(arguments: [
        ("orders.ord-42.shipped", "orders.ord-42.shipped.eml"),
        ("a/b:c", "a%2Fb%3Ac.eml"),
        ("a_b", "a_b.eml"),
        (".hidden", "%2Ehidden.eml"),
        ("100%", "100%25.eml"),
        ("北", "%E5%8C%97.eml"),
        ("a\r\nb", "a%0D%0Ab.eml"),
    ])
    func uniqueNameIsTheIdMadeFileSafe(id: String, expected: String) throws {
        #expect(try MaildirName(notificationID: id).rawValue == expected)
    }

    @Test func uniqueNameRefusesEmptyAndOverlongIds() throws {
        #expect(throws: MailError.invalidNotificationID("")) { try MaildirName(notificationID: "") }
        let long = String(repeating: "é", count: 34)  // 68 bytes, 204 once escaped
        #expect(throws: MailError.invalidNotificationID(long)) { try MaildirName(notificationID: long) }
        #expect(try MaildirName(notificationID: String(repeating: "a", count: 200)).rawValue.count == 204)
    }
}
