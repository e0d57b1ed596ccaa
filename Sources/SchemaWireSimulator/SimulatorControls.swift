import Foundation

/// The controls every simulator offers tests and the demo.
public protocol SimulatorControls: Sendable {
    /// The server-side bookkeeping.
    var ledger: SimulatorLedger { get }
    /// Pushes one synthetic event to every subscribed channel now.
    func tick() async
    /// Drops every open connection abruptly (no close frame), as a network failure would.
    func dropAllConnections()
    /// Makes connections answer WebSocket pings or not (a half-open link does not).
    func setAnswersPings(_ answers: Bool)
    /// Stops the server and the feed.
    func shutdown() async
}

extension SimulatorControls {
    /// The current server-side view.
    public func view() async -> SimulatorView { await ledger.view() }

    /// Waits (polling the view) until `condition` holds, up to `timeout`; returns the last view.
    @discardableResult
    public func waitForView(timeout: Duration = .seconds(10), _ condition: (SimulatorView) -> Bool) async -> SimulatorView {
        let deadline = ContinuousClock.now + timeout
        var current = await view()
        while !condition(current), ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(2))
            current = await view()
        }
        return current
    }
}
