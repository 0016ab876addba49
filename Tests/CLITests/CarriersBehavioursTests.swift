import CLI
import Contracts
import Testing

/// R10, R11: `dropline carriers behaviours` prints the simulated carriers' rates in force as a table.
struct CarriersBehavioursTests {
    @Test("The defaults first, then each carrier set, rates in percent")
    func table() {
        let ups = CarrierBehaviour(
            exceptionRate: 0.125, returnRate: 0, lostRate: 0.5, unscannedRate: 0, transitMultiplier: 2)
        let list = CarrierBehaviourList(
            defaults: CarrierBehaviour(
                exceptionRate: 0.02, returnRate: 0.01, lostRate: 0.01, unscannedRate: 0.01, transitMultiplier: 1),
            carriers: [CarrierBehaviourEntry(carrier: "UPS", behaviour: ups, isOverridden: true)])
        #expect(
            CarriersBehavioursCommand.table(list) == """
                CARRIER     EXCEPTION  RETURN  LOST  UNSCANNED  TRANSIT
                (defaults)         2%      1%    1%         1%       ×1
                UPS             12.5%      0%   50%         0%       ×2
                """)
    }
}
