import Foundation
import GRDB
import ServiceKit
import TestSupport
import Testing

@Suite struct GroupCommitWriterTests {
    struct Refused: Error, Equatable {}

    @Test func concurrentWritesAllCommitAndAFailingOneRollsBackAlone() async throws {
        // Given a store and a group-commit writer over it
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreSetup.open(path: directory.file("g.sqlite")) { migrator in
            migrator.registerMigration("t") { db in try db.execute(sql: "CREATE TABLE row(n INTEGER PRIMARY KEY)") }
        }
        let writer = GroupCommitWriter(writer: store)
        // When 200 writes arrive at once, and every 10th throws after inserting its row
        let results = await withTaskGroup(of: (Int, Result<Int, Refused>).self) { group in
            for n in 0..<200 {
                group.addTask {
                    do {
                        let value = try await writer.write { db -> Int in
                            try db.execute(sql: "INSERT INTO row(n) VALUES(?)", arguments: [n])
                            if n % 10 == 0 { throw Refused() }
                            return n * 2
                        }
                        return (n, .success(value))
                    } catch {
                        return (n, .failure(Refused()))
                    }
                }
            }
            var results: [Int: Result<Int, Refused>] = [:]
            for await (n, result) in group { results[n] = result }
            return results
        }
        // Then each gets its own result, and exactly the rows of the writes that succeeded are stored
        for n in 0..<200 {
            if n % 10 == 0 {
                #expect(results[n] == .failure(Refused()))
            } else {
                #expect(results[n] == .success(n * 2))
            }
        }
        let stored = try await store.read { try Int.fetchAll($0, sql: "SELECT n FROM row ORDER BY n") }
        #expect(stored == (0..<200).filter { $0 % 10 != 0 })
    }

    @Test func aWriteAfterAQuietSpellCommitsAtOnce() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreSetup.open(path: directory.file("g.sqlite")) { migrator in
            migrator.registerMigration("t") { db in try db.execute(sql: "CREATE TABLE row(n INTEGER PRIMARY KEY)") }
        }
        let writer = GroupCommitWriter(writer: store)
        for n in 0..<3 {
            let value = try await writer.write { db -> Int in
                try db.execute(sql: "INSERT INTO row(n) VALUES(?)", arguments: [n])
                return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM row") ?? 0
            }
            #expect(value == n + 1)
        }
    }
}
