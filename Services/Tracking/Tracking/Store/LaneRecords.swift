import Contracts
import Foundation
import GRDB

/// The `lane` table: parcels delivered per origin, destination and carrier, with the sum, least and most of their
/// delivery days. Every statement is prepared once per connection and reads and binds its columns by name.
enum LaneRecords {
    private static let columns = "origin, destination, carrierKey, carrier, parcels, sumDays, minimumDays, maximumDays"

    // MARK: - Reads

    /// The lane's measurements, if a parcel was delivered on it.
    static func find(_ key: LaneKey, in db: Database) throws -> Lane? {
        try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT \(columns) FROM lane
                    WHERE origin = :origin AND destination = :destination AND carrierKey = :carrierKey
                    """),
            arguments: ["origin": key.origin.code, "destination": key.destination.code, "carrierKey": key.carrierKey]
        ).map(lane)
    }

    /// Every lane, by origin, destination and carrier.
    static func all(in db: Database) throws -> [Lane] {
        try Row.fetchAll(
            db.cachedStatement(sql: "SELECT \(columns) FROM lane ORDER BY origin, destination, carrierKey")
        ).map(lane)
    }

    // MARK: - Writes

    /// Adds a parcel delivered in `days` to its lane.
    static func record(days: Int, on key: LaneKey, in db: Database) throws {
        let lane = try find(key, in: db).map { $0.recording(days: days) } ?? Lane(key: key, days: days)
        try db.cachedStatement(
            sql: """
                INSERT INTO lane(\(columns))
                VALUES(:origin, :destination, :carrierKey, :carrier, :parcels, :sumDays, :minimumDays, :maximumDays)
                ON CONFLICT(origin, destination, carrierKey) DO UPDATE SET
                    parcels = excluded.parcels, sumDays = excluded.sumDays, minimumDays = excluded.minimumDays,
                    maximumDays = excluded.maximumDays
                """
        ).execute(arguments: [
            "origin": key.origin.code, "destination": key.destination.code, "carrierKey": key.carrierKey,
            "carrier": lane.key.carrier, "parcels": lane.parcels, "sumDays": lane.sumDays,
            "minimumDays": lane.minimumDays, "maximumDays": lane.maximumDays,
        ])
    }

    private static func lane(_ row: Row) throws -> Lane {
        let carrier: String = row["carrier"]
        guard let origin = CountryCode(row["origin"]), let destination = CountryCode(row["destination"]) else {
            throw TrackingStoreError.corruptRow(table: "lane", key: carrier, column: "origin")
        }
        return Lane(
            key: LaneKey(origin: origin, destination: destination, carrier: carrier), parcels: row["parcels"],
            sumDays: row["sumDays"], minimumDays: row["minimumDays"], maximumDays: row["maximumDays"])
    }
}
