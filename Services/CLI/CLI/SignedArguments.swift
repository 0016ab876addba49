import ArgumentParser

/// ArgumentParser takes an argument that starts with a dash for flags, so `dropline clock advance -5h` read `-5`
/// and `-h` (the help) and exited 0, having advanced nothing. A negative number given as an argument or an option's
/// value is refused before parsing instead, in the refusal shape: `duration: must be a positive duration such as
/// 8h, 90m or 1d12h, got "-5h" (invalid_request)`. Arguments after `--` are values, left to the command.
public enum SignedArguments {
    /// The options whose value is a duration, by name.
    static let durationOptions: Set<String> = ["speed", "tick"]

    /// The refusal of the first negative number among `arguments` (without the program's name), if any.
    public static func refusal(in arguments: [String]) -> ValidationError? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { return nil }
            guard argument.count > 1, argument.hasPrefix("-"), argument.dropFirst().first?.isNumber == true else {
                continue
            }
            let previous = index > 0 ? arguments[index - 1] : ""
            if previous.hasPrefix("--"), !previous.contains("=") {
                let option = String(previous.dropFirst(2))
                return durationOptions.contains(option)
                    ? DurationArgument.refusal(field: option, text: argument)
                    : DurationArgument.refusal(field: option, text: argument, rule: "must not be negative")
            }
            if previous == "advance" {
                return DurationArgument.refusal(field: "duration", text: argument)
            }
            return DurationArgument.refusal(field: "argument", text: argument, rule: "must not be negative")
        }
        return nil
    }
}
