import ArgumentParser
import CLI
import Foundation
import Testing

/// Finding 12: `dropline clock advance -5h` printed the help and exited 0. A negative or zero duration, wherever the
/// CLI takes one, is refused with exit status 2 and one line in the refusal shape, before anything is sent.
struct NegativeDurationTests {
    static let rule = "must be a positive duration such as 8h, 90m or 1d12h"

    @Test(
        "Finding 12: a negative or zero duration exits 2 with one line in the refusal shape",
        arguments: [
            (["clock", "advance", "-5h"], #"duration: \#(rule), got "-5h" (invalid_request)"#),
            (["clock", "advance", "0h"], #"duration: \#(rule), got "0h" (invalid_request)"#),
            (["clock", "advance", "-1d12h"], #"duration: \#(rule), got "-1d12h" (invalid_request)"#),
            (["clock", "advance", "--", "-5h"], #"duration: \#(rule), got "-5h" (invalid_request)"#),
            (["demo", "--speed", "-10m"], #"speed: \#(rule), got "-10m" (invalid_request)"#),
            (["demo", "--tick=-100ms"], #"tick: \#(rule), got "-100ms" (invalid_request)"#),
            (["demo", "--tick", "0s"], #"tick: \#(rule), got "0s" (invalid_request)"#),
            (["demo", "--hours", "-3"], #"hours: must not be negative, got "-3" (invalid_request)"#),
        ])
    func refusedByTheBinary(_ arguments: [String], _ expected: String) throws {
        let (status, lines) = try DroplineBinary.run(arguments)
        #expect(status == 2, "\(arguments)")
        #expect(lines == ["dropline: " + expected], "\(arguments)")
    }

    @Test("Finding 12: a negative number is caught before ArgumentParser reads it as flags (-5h is -5 and -h)")
    func signedArgumentsAreFoundBeforeParsing() {
        #expect(
            SignedArguments.refusal(in: ["clock", "advance", "-5h"])?.message
                == #"duration: \#(Self.rule), got "-5h" (invalid_request)"#)
        #expect(
            SignedArguments.refusal(in: ["demo", "--rate", "-2"])?.message
                == #"rate: must not be negative, got "-2" (invalid_request)"#)
        #expect(SignedArguments.refusal(in: ["clock", "advance", "8h"]) == nil)
        // After `--` it is a value, which the command's validation refuses.
        #expect(SignedArguments.refusal(in: ["clock", "advance", "--", "-5h"]) == nil)
        #expect(SignedArguments.refusal(in: ["tail", "orders", "-h"]) == nil)  // a flag, not a number
    }

    @Test("Finding 12: validation refuses the durations it reads in the same shape")
    func validationRefusesNonPositiveDurations() {
        for text in ["0h", "0ms", "-5h", "5x"] {
            do {
                _ = try ClockCommand.parseAsRoot(["advance", "--", text])
                Issue.record("\(text) was accepted")
            } catch {
                #expect(ClockCommand.exitCode(for: error) == .validationFailure)
                #expect(
                    ClockCommand.message(for: error)
                        == #"duration: \#(Self.rule), got \#(String(reflecting: text)) (invalid_request)"#)
            }
        }
    }
}
