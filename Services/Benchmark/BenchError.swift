import ProcessControl

/// Why a benchmark run could not complete.
enum BenchError: Error, CustomStringConvertible {
    case probeMissing(String)
    case spawnFailed(String, String)
    case childExited(name: String, termination: Termination?, log: String)
    case timedOut(String)
    case missingMeasurement(String)

    var description: String {
        switch self {
        case .probeMissing(let path):
            "No dropline-probe at \(path); build it first: swift build -c release --product dropline-probe"
        case .spawnFailed(let executable, let reason): "Cannot start \(executable): \(reason)"
        case .childExited(let name, let termination, let log):
            "\(name) \(termination.map { "\($0)" } ?? "ended") before the scenario ended; its log ends:\n\(log)"
        case .timedOut(let what): "Timed out waiting for \(what)"
        case .missingMeasurement(let what): "No record of \(what)"
        }
    }
}
