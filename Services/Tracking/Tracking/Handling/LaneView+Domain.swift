import Contracts

extension LaneView {
    /// A lane's measurements; measured once it has `minimumParcels` parcels.
    init(_ lane: Lane, minimumParcels: Int) {
        self.init(
            origin: lane.key.origin, destination: lane.key.destination, carrier: lane.key.carrier,
            parcels: lane.parcels, minimumDays: lane.minimumDays, maximumDays: lane.maximumDays,
            averageDays: lane.averageDays, isMeasured: lane.parcels >= minimumParcels)
    }
}
