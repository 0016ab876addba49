import Foundation

/// The built `dropline` executable beside the test bundle, run as a user would run it.
enum DroplineBinary {
    /// Runs `dropline` with `arguments`; its exit status and the lines it wrote to standard error.
    static func run(_ arguments: [String]) throws -> (status: Int32, errors: [String]) {
        let own = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: (own as NSString).deletingLastPathComponent + "/dropline")
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, text.split(separator: "\n").map(String.init))
    }
}

extension DroplineBinary {
    /// Runs `dropline` with `arguments`; its exit status, what it wrote to standard output, and the lines it wrote
    /// to standard error.
    static func capture(_ arguments: [String]) throws -> (status: Int32, output: String, errors: [String]) {
        let own = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: (own as NSString).deletingLastPathComponent + "/dropline")
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, printed, text.split(separator: "\n").map(String.init))
    }
}
