import Foundation

/// Shows the demo's progress: on a terminal, a block of lines redrawn in place a few times a second; otherwise
/// (a pipe, a log file) one plain line every few simulated hours.
final class DemoDisplay {
    private let isTerminal = isatty(STDOUT_FILENO) == 1
    /// Lines of the block drawn last, to move back over.
    private var drawnLines = 0
    private var lastDrawn = ContinuousClock.now - .seconds(1)
    /// The next domain time a plain line is due.
    private var nextLine: Date?
    /// Simulated time between two plain lines.
    private let lineEvery: TimeInterval = 6 * 3_600

    /// Whether `show` would print anything at domain time `now`, so that the caller gathers a snapshot only then.
    func isDue(at now: Date) -> Bool {
        isTerminal ? ContinuousClock.now - lastDrawn >= .milliseconds(250) : now >= (nextLine ?? now)
    }

    /// Prints the snapshot's progress if it is due.
    func show(_ snapshot: DemoSnapshot) {
        guard isDue(at: snapshot.now) else { return }
        if isTerminal {
            draw(DemoReport.progress(snapshot))
        } else {
            write(DemoReport.line(snapshot) + "\n")
            nextLine = (nextLine ?? snapshot.start).addingTimeInterval(lineEvery)
        }
    }

    /// A message between progress updates: below the block on a terminal, which is drawn afresh after it.
    func note(_ text: String) {
        write(text + "\n")
        drawnLines = 0
    }

    private func draw(_ lines: [String]) {
        let width = Self.terminalWidth
        var text = drawnLines > 0 ? "\u{1B}[\(drawnLines)F" : ""
        for line in lines {
            text += "\u{1B}[2K" + String(line.prefix(width - 1)) + "\n"
        }
        write(text)
        drawnLines = lines.count
        lastDrawn = ContinuousClock.now
    }

    private func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Columns of the terminal (`TIOCGWINSZ`), 120 when unknown.
    private static var terminalWidth: Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 10 else { return 120 }
        return Int(size.ws_col)
    }
}
