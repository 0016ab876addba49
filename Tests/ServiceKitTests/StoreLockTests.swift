import Foundation
import ServiceKit
import Streams
import TestSupport
import Testing

/// One process per store: an exclusive `flock` on `<store>.lock` (F15), which also guards the `ipc://` endpoints.
///
/// `flock` locks belong to an open file description, so a second `open` + `flock` in the same process
/// conflicts exactly as another process would: these tests need no second process.
@Suite struct StoreLockTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    @Test func secondLockOnTheSameStoreIsRefused() throws {
        defer { directory.remove() }
        // Given a store locked by a first holder
        let path = storePath(in: directory)
        let first = try StoreLock(storePath: path)

        // When a second holder tries to lock the same store
        // Then it is refused with storeLocked naming the store (not the .lock file)
        #expect(throws: StreamError.storeLocked(path: path)) {
            _ = try StoreLock(storePath: path)
        }
        withExtendedLifetime(first) {}
    }

    @Test func lockCreatesTheFolderAndTheLockFile() throws {
        defer { directory.remove() }
        // Given a store path whose folder does not exist yet
        let path = storePath(in: directory)

        // When it is locked
        let lock = try StoreLock(storePath: path)

        // Then the folder and `<store>.lock` exist (the store itself is not created)
        #expect(FileManager.default.fileExists(atPath: path + ".lock"))
        #expect(!FileManager.default.fileExists(atPath: path))
        withExtendedLifetime(lock) {}
    }

    @Test func lockIsFreeAgainOnceTheHolderIsReleased() throws {
        defer { directory.remove() }
        // Given a store locked by a holder that is then released (deinit closes its descriptor)
        let path = storePath(in: directory)
        var first: StoreLock? = try StoreLock(storePath: path)
        #expect(throws: StreamError.storeLocked(path: path)) { _ = try StoreLock(storePath: path) }
        first = nil
        #expect(first == nil)

        // When another holder locks the store, like a restarted service
        // Then it gets the lock, even though the previous .lock file is still on disk
        let second = try StoreLock(storePath: path)
        #expect(FileManager.default.fileExists(atPath: path + ".lock"))
        withExtendedLifetime(second) {}
    }

    @Test func locksOnDifferentStoresAreIndependent() throws {
        defer { directory.remove() }
        // Given two services' stores in the same state folder
        let orders = directory.file("state/orders.sqlite")
        let dispatch = directory.file("state/dispatch.sqlite")

        // When each is locked
        let first = try StoreLock(storePath: orders)
        let second = try StoreLock(storePath: dispatch)

        // Then both locks are held at once
        withExtendedLifetime((first, second)) {}
    }

    @Test func refusalDoesNotLeakTheLock() throws {
        defer { directory.remove() }
        // Given a holder, and a refused second attempt
        let path = storePath(in: directory)
        var first: StoreLock? = try StoreLock(storePath: path)
        #expect(throws: StreamError.storeLocked(path: path)) { _ = try StoreLock(storePath: path) }

        // When the holder goes away
        first = nil
        _ = first

        // Then the refused attempt left nothing behind that keeps the store locked
        let next = try StoreLock(storePath: path)
        withExtendedLifetime(next) {}
    }
}
