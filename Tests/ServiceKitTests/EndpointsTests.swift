import Foundation
import ServiceKit
import TestSupport
import Testing

/// Binding an `ipc://` endpoint needs its folder; other transports need nothing.
@Suite struct EndpointsTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    @Test func ipcEndpointFolderIsCreated() throws {
        defer { directory.remove() }
        // Given an ipc endpoint in folders that do not exist yet (as `{state}/run/{instance}.rpc`)
        let folder = directory.file("state/run")
        let endpoint = "ipc://\(folder)/orders.rpc"
        #expect(!FileManager.default.fileExists(atPath: folder))

        // When it is prepared for binding
        try Endpoints.prepareToBind(endpoint)

        // Then the folder exists, but not the socket file (binding creates that)
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue)
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/orders.rpc"))
    }

    @Test func preparingTwiceIsHarmless() throws {
        defer { directory.remove() }
        // Given an ipc endpoint whose folder was already prepared
        let endpoint = directory.ipc("run/orders.pub")
        try Endpoints.prepareToBind(endpoint)

        // When it is prepared again (a restart)
        // Then nothing fails
        try Endpoints.prepareToBind(endpoint)
        #expect(FileManager.default.fileExists(atPath: directory.file("run")))
    }

    @Test(arguments: ["tcp://127.0.0.1:5555", "tcp://*:6000", "inproc://orders"])
    func otherTransportsAreLeftAlone(_ endpoint: String) throws {
        defer { directory.remove() }
        // Given a non-ipc endpoint, run from inside the scratch folder
        // When it is prepared for binding
        try Endpoints.prepareToBind(endpoint)

        // Then nothing is created
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    /// Regression: the mesh config accepts an `ipc://` endpoint without a folder (a socket in the working directory) or
    /// in Linux's abstract namespace (`ipc://@name`, no file at all); for both, the folder is "" and
    /// `createDirectory(atPath: "")` throws, so the service cannot start.
    @Test(arguments: ["ipc://orders.rpc", "ipc://@dropline.orders.rpc"])
    func ipcEndpointWithoutAFolderNeedsNothing(_ endpoint: String) {
        defer { directory.remove() }
        // Given an ipc endpoint with no folder to make
        // When it is prepared for binding
        // Then nothing fails: there is nothing to create
        #expect(throws: Never.self) { try Endpoints.prepareToBind(endpoint) }
    }
}
