import ArgumentParser
import CLI
import Foundation
import Testing

/// Bad input to the new commands is refused before any call, with one line and exit status 2.
struct CommandRefusalTests {
    @Test(arguments: [
        (["cancel", "ord_1", "--by", "robot"], "The value 'robot' is invalid for '--by <by>'"),
        (["list", "--limit", "0"], "--limit must be from 1 to 500, got 0"),
        (["list", "--all", "--limit", "501"], "--limit must be from 1 to 500, got 501"),
        (["list", "--status", "exhausted"], "--status must be one of placed, under_review,"),
    ])
    func orders(_ arguments: [String], _ message: String) {
        expectRefusal(OrdersCommand.self, arguments, message)
    }

    @Test(arguments: [
        (
            ["report-problem", "ord_1", "--problem", "broken", "--reship", "backup"],
            #"--problem must be wrong_item or damaged, got "broken""#
        ),
        (
            ["report-problem", "ord_1", "--problem", "damaged", "--reship", "nobody"],
            #"--reship must be same_supplier or backup, got "nobody""#
        ),
        (["report-problem", "ord_1", "--reship", "backup"], "Missing expected argument '--problem <problem>'"),
        (["list", "--limit", "0"], "--limit must be from 1 to 500, got 0"),
        (["list", "--status", "lost"], "--status must be one of choosing, sending,"),
        (["show"], "Missing expected argument '<order>'"),
    ])
    func dispatch(_ arguments: [String], _ message: String) {
        expectRefusal(DispatchCommand.self, arguments, message)
    }

    @Test(arguments: [
        (["behave", "sup_a"], "give at least one change (e.g. --reject-rate 0.3) or --reset"),
        (["behave", "sup_a", "--reject-rate", "1.5"], "--reject-rate must be from 0 to 1, got 1.5"),
        (["behave", "sup_a", "--reset", "--silent-rate", "0.1"], "--reset cannot be combined with other changes"),
        (["behave", "sup_a", "--ack-delay-minutes", "20-10"], #"--ack-delay-minutes must be min-max or one number"#),
    ])
    func suppliers(_ arguments: [String], _ message: String) {
        expectRefusal(SuppliersCommand.self, arguments, message)
    }

    @Test(arguments: [
        (["--hours", "0"], "--hours must be from 1 to 10000, got 0"),
        (["--rate", "0"], "--rate must be above 0 and at most 10000, got 0.0"),
        (["--speed", "500ms"], #"speed: must be whole seconds, at least 1s, got "500ms" (invalid_request)"#),
        (
            ["--tick", "soon"],
            #"tick: must be a positive duration such as 8h, 90m or 1d12h, got "soon" (invalid_request)"#
        ),
    ])
    func demo(_ arguments: [String], _ message: String) {
        expectRefusal(DemoCommand.self, arguments, message)
    }

    @Test(
        "The dropline binary prints one line and exits 2",
        arguments: [
            ["dispatch", "report-problem", "ord_1", "--problem", "lost", "--reship", "backup"],
            ["suppliers", "behave", "sup_a", "--silent-rate", "-1"], ["demo", "--hours", "-3"],
            ["orders", "cancel", "ord_1", "--by", "nobody"],
        ])
    func binary(_ arguments: [String]) throws {
        let (status, lines) = try DroplineBinary.run(arguments)
        #expect(status == 2)
        #expect(lines.count == 1 && lines.first?.hasPrefix("dropline: ") == true)
    }

    /// Parsing `arguments` fails validation with `message` at the start of its first line.
    private func expectRefusal<Command: ParsableCommand>(
        _ command: Command.Type, _ arguments: [String], _ message: String
    ) {
        do {
            _ = try Command.parseAsRoot(arguments)
            Issue.record("\(arguments) was accepted")
        } catch {
            #expect(Command.exitCode(for: error) == .validationFailure)
            let line = Command.message(for: error).split(separator: "\n").first.map(String.init) ?? ""
            #expect(line.hasPrefix(message), "\(line)")
        }
    }
}
