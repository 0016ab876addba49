import ArgumentParser
import Contracts
import ServiceKit

/// `dropline tracking scan --carrier C --number N --scan-id ID --kind KIND [--at ISO] [--location L]`: reports a
/// carrier's scan as a carrier would (`tracking.scan`); a repeated scan id changes nothing.
struct TrackingScanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan", abstract: "Report a carrier's scan of a parcel (R10, R11); prints the receipt as JSON.")
    @OptionGroup var options: ServiceOptions
    @Option(help: "The carrier's name, e.g. \"China Post\".") var carrier: String
    @Option(help: "The parcel's tracking number.") var number: String
    @Option(help: "The carrier's own id of the scan event; a repeat changes nothing.") var scanID: String
    @Option(help: "One of \(ScanKind.allCases.map(\.rawValue).joined(separator: ", ")).") var kind: String
    @Option(help: "When the carrier scanned (ISO 8601, e.g. 2026-11-25T10:00:00Z); now when left out.") var at: String?
    @Option(help: "Where the carrier scanned.") var location: String?

    func validate() throws {
        guard ScanKind(rawValue: kind) != nil else {
            let names = ScanKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--kind must be one of \(names), got \"\(kind)\"")
        }
        if let at, DomainTime.parse(at) == nil {
            throw ValidationError("--at must be an ISO 8601 time such as 2026-11-25T10:00:00Z, got \"\(at)\"")
        }
    }

    func run() async throws {
        let report = ScanReport(
            carrier: carrier, trackingNumber: number, scanID: scanID, kind: ScanKind(rawValue: kind)!,
            location: location, at: at.flatMap(DomainTime.parse))
        try await MeshConnection.printCall(
            options, StreamNames.tracking, "tracking.scan", params: report, as: ScanReceipt.self, retry: .idempotent)
    }
}
