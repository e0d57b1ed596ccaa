/// How fast a simulator's synthetic event source produces events.
public struct SimulatorFeed: Sendable, Hashable {
    /// Time between ticks; each tick sends one event to every subscribed channel. `nil` turns the
    /// automatic feed off (tests then call the simulator's `tick()` to push events on demand).
    public var interval: Duration?

    /// Creates a feed.
    public init(interval: Duration?) {
        self.interval = interval
    }

    /// Ten events per second per channel.
    public static let `default` = SimulatorFeed(interval: .milliseconds(100))
    /// No automatic events.
    public static let manual = SimulatorFeed(interval: nil)

    /// Runs `tick` at the feed's rate until cancelled (does nothing for a manual feed).
    func run(_ tick: @escaping @Sendable () async -> Void) -> Task<Void, Never>? {
        guard let interval else { return nil }
        return Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                if Task.isCancelled { return }
                await tick()
            }
        }
    }
}
