import Contracts
import GRDB
import ServiceKit

extension SimulatorMethods {
    /// Registers `simulator.carrier_behaviour.set` and `simulator.carrier_behaviour.list` (R10, R11).
    func registerCarrierBehaviour(in router: inout RPCRouter) {
        router.register("simulator.carrier_behaviour.set", params: SetCarrierBehaviourRequest.self) { request in
            try await setCarrierBehaviour(request)
        }
        router.register("simulator.carrier_behaviour.list", params: Empty.self) { _ in
            let set = try await store.read { db in try CarrierBehaviourRecords.all(in: db) }
            return CarrierBehaviourList(
                defaults: desk.settings.carrierBehaviour,
                carriers: set.map {
                    CarrierBehaviourEntry(carrier: $0.carrier, behaviour: $0.behaviour, isOverridden: true)
                })
        }
    }

    /// `simulator.carrier_behaviour.set`: the change applied to the defaults as they are now, or the defaults
    /// again. The carrier is named as shipments name it; case does not matter.
    private func setCarrierBehaviour(_ request: SetCarrierBehaviourRequest) async throws -> CarrierBehaviourEntry {
        let carrier = try Self.text(request.carrier, field: "carrier")
        guard carrier.count <= 100 else {
            throw RPCFailure.invalidRequest("must be at most 100 characters", field: "carrier")
        }
        let defaults = desk.settings.carrierBehaviour
        return try await store.write { db in
            guard let change = request.behaviour else {
                try CarrierBehaviourRecords.remove(of: carrier, in: db)
                return CarrierBehaviourEntry(carrier: carrier, behaviour: defaults, isOverridden: false)
            }
            let behaviour = change.applied(to: defaults)
            try Self.refuse(faults: behaviour.faults)
            try CarrierBehaviourRecords.set(behaviour, of: carrier, in: db)
            return CarrierBehaviourEntry(carrier: carrier, behaviour: behaviour, isOverridden: true)
        }
    }
}
