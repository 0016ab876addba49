import ArgumentParser
import ServiceKit
import Supervisor

/// `dropline-supervisor`: starts and watches the whole mesh (`dropline up` runs it in the foreground).
@main
struct SupervisorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dropline-supervisor", abstract: "Start, watch and stop every process of the Dropline mesh.")

    @OptionGroup var options: ServiceOptions

    func run() async throws {
        try await MeshSupervisor.launch(options).run()
    }
}
