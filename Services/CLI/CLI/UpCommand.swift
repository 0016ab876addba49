import ArgumentParser
import Foundation
import MeshConfig
import ServiceKit

/// `dropline up`: runs the supervisor in the foreground (it replaces this process), so Ctrl-C stops the mesh.
public struct UpCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "up", abstract: "Start the whole mesh in the foreground; Ctrl-C stops it cleanly.")

    @OptionGroup var options: ServiceOptions
    @Flag(help: "Run on simulated time published by the supervisor (advance it with `dropline clock advance`).")
    var simClock = false

    public init() {}

    public func run() throws {
        PrivateFiles.restrictNewFiles()  // the supervisor, and so the mesh, inherit it
        _ = try options.loadConfiguration()  // a bad value fails here, with exit status 2
        var arguments = [Executables.sibling("dropline-supervisor")]
        if let config = options.config { arguments += ["--config", config] }
        for override in options.overrides { arguments += ["--set", override] }
        if let level = options.logLevel { arguments += ["--log-level", level] }
        if simClock { arguments += ["--set", "clock.mode=simulated"] }
        try Executables.replaceProcess(with: arguments)
    }
}

/// Finding and starting the mesh's executables.
enum Executables {
    /// The path of `name` in the folder of the running `dropline` binary.
    static func sibling(_ name: String) -> String {
        let own =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return ((own as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
    }

    /// `execv`: the new program takes this process's pid and terminal, so signals reach it directly.
    static func replaceProcess(with arguments: [String]) throws -> Never {
        let cArguments = arguments.map { strdup($0) } + [nil]
        execv(arguments[0], cArguments)
        throw CommandFailure(
            "Cannot run \(arguments[0]): \(String(cString: strerror(errno))). Build it with `swift build`.")
    }
}
