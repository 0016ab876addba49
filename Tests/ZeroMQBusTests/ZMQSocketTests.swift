import Foundation
import Testing
import ZeroMQBus

@Suite struct ZMQSocketTests {
    @Test func multipartRoundTripOverTCPWithLastEndpoint() throws {
        // Given a ROUTER bound on a free port and a DEALER connected to it
        let context = try ZMQContext()
        defer { context.terminate() }
        let router = try ZMQSocket(context, type: .router)
        try router.bind("tcp://127.0.0.1:*")
        let endpoint = router.lastEndpoint
        #expect(endpoint.hasPrefix("tcp://127.0.0.1:") && !endpoint.hasSuffix(":*"))
        let dealer = try ZMQSocket(context, type: .dealer)
        try dealer.connect(endpoint)
        defer {
            dealer.close()
            router.close()
        }
        // When the dealer sends three frames, one empty and one binary
        let frames = [Data("hello".utf8), Data(), ZMQFrames.uint64(0x0102_0304_0506_0708)]
        try dealer.send(frames)
        // Then the router receives identity + the same frames, and can answer
        let received = try #require(try router.receive())
        #expect(received.count == 4)
        #expect(Array(received.dropFirst()) == frames)
        try router.send([received[0], Data("reply".utf8)])
        #expect(try dealer.receive() == [Data("reply".utf8)])
        #expect(ZMQFrames.uint64(received[3]) == 0x0102_0304_0506_0708)
    }

    @Test func bindErrorNamesOperationEndpointAndErrno() throws {
        let context = try ZMQContext()
        defer { context.terminate() }
        let first = try ZMQSocket(context, type: .router)
        try first.bind("tcp://127.0.0.1:*")
        let taken = first.lastEndpoint
        let second = try ZMQSocket(context, type: .router)
        defer {
            first.close()
            second.close()
        }
        let error = try #require(throws: ZMQError.self) { try second.bind(taken) }
        #expect(error.description.hasPrefix("ZeroMQ bind to \(taken) failed: Address already in use (98)"))
        let bad = try #require(throws: ZMQError.self) { try second.connect("nonsense://x") }
        #expect(bad.operation == "connect" && bad.endpoint == "nonsense://x")
    }

    @Test func receiveWithoutWaitingReturnsNilWhenEmpty() throws {
        let context = try ZMQContext()
        defer { context.terminate() }
        let socket = try ZMQSocket(context, type: .dealer)
        try socket.bind("inproc://empty")
        defer { socket.close() }
        #expect(try socket.receive(dontWait: true) == nil)
    }

    @Test func routerMandatoryReportsUnknownPeer() throws {
        let context = try ZMQContext()
        defer { context.terminate() }
        let router = try ZMQSocket(context, type: .router)
        try router.set(.routerMandatory(true))
        try router.bind("inproc://mandatory")
        defer { router.close() }
        let error = try #require(throws: ZMQError.self) {
            try router.send([Data("nobody".utf8), Data("x".utf8)], dontWait: true)
        }
        #expect(error.hostUnreachable)
    }

    @Test func xpubSeesSubscriptionFramesSoTheSlowJoinerIsAnswered() throws {
        // Given an XPUB (verbose) and a SUB that subscribes to "orders"
        let context = try ZMQContext()
        defer { context.terminate() }
        let pub = try ZMQSocket(context, type: .xpub)
        try pub.set(.xpubVerbose(true))
        try pub.bind("tcp://127.0.0.1:*")
        let sub = try ZMQSocket(context, type: .sub)
        try sub.connect(pub.lastEndpoint)
        try sub.subscribe("orders")
        defer {
            sub.close()
            pub.close()
        }
        // Then the XPUB receives \u{1}orders, after which a publish reaches the SUB (no sleep needed)
        let subscription = try #require(try pub.receive())
        #expect(subscription == [Data([1]) + Data("orders".utf8)])
        try pub.send(strings: ["orders", "M"])
        try pub.send(strings: ["other", "M"])
        try pub.send(strings: ["orders", "N"])
        #expect(try sub.receive() == [Data("orders".utf8), Data("M".utf8)])
        #expect(try sub.receive() == [Data("orders".utf8), Data("N".utf8)])
    }

    @Test func pollerWakesOnWakeupSignalFromAnotherThread() throws {
        let context = try ZMQContext()
        defer { context.terminate() }
        let mailbox = try Mailbox<Int>()
        var poller = ZMQPoller()
        let index = poller.add(fileDescriptor: mailbox.wakeup.fileDescriptor)
        #expect(try poller.poll(timeoutMilliseconds: 0) == 0)
        Thread.detachNewThread {
            mailbox.post(1); mailbox.post(2)
        }
        try poller.poll(timeoutMilliseconds: 5000)
        #expect(poller.isReadable(index))
        var items: [Int] = []
        while items.count < 2 {
            items += mailbox.takeAll(); if items.count < 2 { try poller.poll(timeoutMilliseconds: 1000) }
        }
        #expect(items == [1, 2])
    }

    @Test func contextShutdownUnblocksARecvOnAnotherThreadAndTerminateDoesNotHang() async throws {
        let context = try ZMQContext()
        let unblocked = SocketThread(name: "blocked") { _ in
            guard let socket = try? ZMQSocket(context, type: .dealer) else { return }
            try? socket.bind("inproc://blocked")
            let result = Result { try socket.receive() }
            if case .failure(let error as ZMQError) = result { #expect(error.contextTerminated) }
            socket.close()
        }
        // a queued message to a peer that never reads must not make terminate hang (LINGER 0)
        let orphan = try ZMQSocket(context, type: .dealer)
        try orphan.connect("tcp://127.0.0.1:1")
        _ = try orphan.send([Data("lost".utf8)], dontWait: true)
        orphan.close()
        // Whether the thread is already blocked in recv or not yet, shutdown makes recv return ETERM.
        context.shutdown()
        await unblocked.join()
        context.terminate()
    }

    @Test func socketThreadStopsWithinAPollInterval() async throws {
        let thread = SocketThread(name: "loop") { thread in
            var turns = 0
            while thread.isRunning { turns += 1; usleep(1000) }
        }
        #expect(thread.isRunning)
        thread.stop()
        await thread.join()
        #expect(!thread.isRunning)
    }
}
