import ArgumentParser
import ServiceKit
import SupplierDispatch

/// `dropline-dispatch`: one worker of the dispatch group, hosting its share of the partitions (R6, R7).
@main
struct DispatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dropline-dispatch",
        abstract: "Send released orders to suppliers and see them shipped (R6, R7): one worker of the group.")

    @OptionGroup var options: ServiceOptions

    func run() async throws {
        let host = try await ServiceHost.launch(options, defaultName: "dispatch.1", publishes: false) { _ in }
        try await DispatchWorker.run(host: host)
    }
}
