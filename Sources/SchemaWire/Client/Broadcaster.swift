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
        isFinished = true
        let all = observers.values
        observers.removeAll()
        for continuation in all { continuation.finish() }
    }
}
