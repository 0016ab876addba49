import Contracts
import Foundation
import ProcessControl
import Streams
import TestSupport

/// The mesh through delivery (R8-R11): `DispatchMesh` with the tracking service, and the simulator playing the
/// carriers as a test sets them (`simulator.carrier_behaviour.set`), so that every scan is the simulated carriers'
/// own. Read back as a user would: Orders (`orders.show`, the maildir), Tracking (`tracking.show`,
/// `tracking.infractions`) and the streams (`dropline replay`).
struct TrackingMesh {
    /// The carriers the simulated suppliers ship with (the simulator's default `carriers`).
    static let carriers = ["China Post", "Wish Post Standard"]
    /// Carriers that deliver every parcel: no exception, return, loss or parcel left unscanned.
    static let punctual = CarrierBehaviourChange(exceptionRate: 0, returnRate: 0, lostRate: 0, unscannedRate: 0)
    /// Carriers that never scan a parcel.
    static let silent = CarrierBehaviourChange(exceptionRate: 0, returnRate: 0, lostRate: 0, unscannedRate: 1)
    /// Carriers that take every parcel in, then lose it: its scans stop and it stalls.
    static let losing = CarrierBehaviourChange(exceptionRate: 0, returnRate: 0, lostRate: 1, unscannedRate: 0)

    let dispatch: DispatchMesh
    var mesh: MeshHarness { dispatch.mesh }
    var orders: OrderMesh { dispatch.orders }
    var stores: MeshStores { MeshStores(statePath: mesh.statePath) }

    /// Starts `DispatchMesh` with tracking (`dispatchSettings` added to dispatch's) and gives every carrier the
    /// suppliers use the behaviour `carriers`, before any parcel is registered (a journey is drawn then).
    static func start(
        carriers: CarrierBehaviourChange, stock: Int = 100, dispatchSettings: [String: String] = [:]
    ) async throws -> TrackingMesh {
        let dispatch = try await DispatchMesh.start(stock: stock, tracking: true, dispatchSettings: dispatchSettings)
        let mesh = TrackingMesh(dispatch: dispatch)
        for carrier in Self.carriers {
            _ = try await mesh.mesh.call(
                "simulator", "simulator.carrier_behaviour.set",
                SetCarrierBehaviourRequest(carrier: carrier, behaviour: carriers), as: CarrierBehaviourEntry.self)
        }
        return mesh
    }

    // MARK: - Driving

    /// Places `count` orders of TEE-M, ends their hold, lets their suppliers ship them (30 minutes to acknowledge,
    /// 2 hours more to ship) and waits until tracking has registered every shipment and the simulator's carriers
    /// have taken them (applied `shipment.registered`); returns the orders.
    func ship(_ count: Int) async throws -> [OrderID] {
        let placed = try await dispatch.placeAndDispatch(count)
        try await dispatch.advance("3h")
        try await dispatch.waitForStatus(placed, .shipped, timeout: .seconds(60))
        try await waitUntil("tracking to register \(count) shipments", timeout: .seconds(60)) {
            for order in placed {
                guard let view = try? await show(order), view.trackingNumber != nil else { return false }
            }
            return await dispatch.hasApplied("tracking", consumers: ["simulator", "orders"])
        }
        return placed
    }

    func advance(_ duration: String) async throws { try await dispatch.advance(duration) }

    /// Advances the clock to `time` (to the next whole minute), if it is still ahead.
    func advance(until time: Date) async throws {
        let minutes = Int((time.timeIntervalSince(try await dispatch.clock()) / 60).rounded(.up))
        if minutes > 0 { try await advance("\(minutes)m") }
    }

    // MARK: - Reading

    /// The order as Orders shows it (`orders.show`), timeline and all.
    func order(_ order: OrderID) async throws -> OrderDetail { try await orders.order(order) }

    /// The order's parcel as Tracking shows it (`tracking.show`).
    func show(_ order: OrderID) async throws -> ShipmentView {
        try await mesh.call("tracking", "tracking.show", OrderReference(orderID: order), as: ShipmentView.self)
    }

    /// Waits until Tracking's view of the order satisfies `condition`.
    func waitForView(_ order: OrderID, _ what: String, _ condition: @escaping (ShipmentView) -> Bool) async throws {
        try await waitUntil("tracking.show \(order): \(what)") {
            guard let view = try? await show(order) else { return false }
            return condition(view)
        }
    }

    /// The merchant's infractions (`tracking.infractions`).
    func infractions() async throws -> [InfractionRecorded] {
        try await mesh.call(
            "tracking", "tracking.infractions", InfractionListRequest(merchantID: OrderMesh.merchant),
            as: InfractionList.self
        ).infractions
    }

    /// Waits for the mail whose file name contains `name` (`<orderID>.<kind>`) and returns its text.
    func mail(_ name: String) async throws -> String {
        var text: String?
        try await waitUntil("the mail \(name)") {
            text = dispatch.mail(name)
            return text != nil
        }
        return text ?? ""
    }

    /// Every event of `stream` from seq 1 to its head, as `dropline replay STREAM --from 1` prints them.
    func replay(_ stream: String, timeout: Duration = .seconds(60)) async throws -> [ReplayedEvent] {
        let (exit, lines) = try await mesh.runCLI(["replay", stream, "--from", "1"], timeout: timeout)
        guard exit == .exited(0) else {
            throw UnexpectedAnswer(description: "replay \(stream): \(String(describing: exit)) \(lines.suffix(5))")
        }
        let decoder = JSONDecoder()
        return try lines.filter { $0.hasPrefix("{") }.map { line in
            let body = Data(line.utf8)
            return ReplayedEvent(type: try decoder.decode(ReplayedEvent.Head.self, from: body).type, body: body)
        }
    }

    /// Every dead letter in the mesh's stores (`store: stream#seq type: error`).
    func deadLetters() async throws -> [String] { try await stores.deadLetters() }

    func tearDown() async { await dispatch.tearDown() }
}

/// One event as `dropline replay` printed it: its type, and its envelope's JSON to decode as its payload.
struct ReplayedEvent {
    /// The envelope's `type`, read without its payload.
    struct Head: Decodable { let type: String }

    let type: String
    let body: Data

    /// The payload, if the event is a `Payload`.
    func payload<Payload: EventPayload>(_: Payload.Type) throws -> Payload? {
        guard type == Payload.eventType else { return nil }
        return try DomainTime.makeDecoder().decode(Envelope<Payload>.self, from: body).data
    }
}

extension [ReplayedEvent] {
    /// The payloads of the `Payload` events, in stream order.
    func payloads<Payload: EventPayload>(_ type: Payload.Type) throws -> [Payload] {
        try compactMap { try $0.payload(type) }
    }
}
