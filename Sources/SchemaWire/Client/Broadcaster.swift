/// Fans values out to any number of bounded `AsyncStream` observers (connection events, diagnostics).
struct Broadcaster<Element: Sendable> {
    private var observers: [Int: AsyncStream<Element>.Continuation] = [:]
    private var nextID = 0
    private(set) var isFinished = false

    /// Adds an observer keeping the newest `capacity` values; `onEnd` runs when its stream ends.
    mutating func makeStream(capacity: Int, onEnd: @escaping @Sendable (Int) -> Void) -> AsyncStream<Element> {
        let (stream, continuation) = AsyncStream<Element>.makeStream(bufferingPolicy: .bufferingNewest(max(1, capacity)))
        if isFinished {
            continuation.finish()
            return stream
        }
        let id = nextID
        nextID += 1
        continuation.onTermination = { _ in onEnd(id) }
        observers[id] = continuation
        return stream
    }

    /// Sends a value to every observer.
    func send(_ value: Element) {
        for continuation in observers.values { continuation.yield(value) }
    }

    /// Forgets one observer.
    mutating func remove(_ id: Int) {
        observers[id] = nil
    }

    /// Ends every observer's stream; later observers get an empty stream.
    mutating func finish() {
        for continuation in takeObserversForFinish() { continuation.finish() }
    }

    /// Marks the broadcaster finished and hands over the observers for the caller to finish, for a
    /// broadcaster behind a lock: finishing runs each observer's `onEnd`, which must not run under it.
    mutating func takeObserversForFinish() -> [AsyncStream<Element>.Continuation] {
        isFinished = true
        defer { observers.removeAll() }
        return Array(observers.values)
    }
}

extension Locked {
    /// Sends `value` to every observer of the broadcaster behind this lock.
    func send<Element>(_ value: Element) where Value == Broadcaster<Element> {
        withLock { $0.send(value) }
    }
}
