#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation
import SchemaWire

/// Catches SIGINT (Ctrl-C) and SIGTERM through Dispatch signal sources, so a long-running command
/// can close its connections and print its summary instead of dying mid-line.
// @unchecked Sendable: `fired` is a lock box; `sources` is set once in `init`, never mutated after,
// and only cancelled in `deinit`.
final class InterruptSignal: @unchecked Sendable {
    private let fired = Locked(false)
    private var sources: [any DispatchSourceSignal] = []

    /// Installs the handlers (the default actions are ignored while this object lives).
    init(signals: [Int32] = [SIGINT, SIGTERM]) {
        let queue = DispatchQueue(label: "schemawire.signals")
        sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [weak self] in self?.fire() }
            source.resume()
            return source
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }

    /// Whether a signal has arrived.
    var isInterrupted: Bool { fired.withLock { $0 } }

    private func fire() {
        fired.withLock { $0 = true }
    }

    /// Sleeps for `duration` (forever when `nil`), returning early when a signal arrives or the task
    /// is cancelled; returns whether a signal arrived.
    @discardableResult
    func sleep(for duration: Duration?) async -> Bool {
        let deadline = duration.map { ContinuousClock.now + $0 }
        while !isInterrupted, !Task.isCancelled {
            var slice = Duration.milliseconds(50)
            if let deadline {
                let left = deadline - ContinuousClock.now
                if left <= .zero { break }
                slice = min(slice, left)
            }
            try? await Task.sleep(for: slice)
        }
        return isInterrupted
    }
}
