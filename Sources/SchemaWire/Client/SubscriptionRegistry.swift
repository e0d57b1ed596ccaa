/// Reference counts of the channels consumers hold, keyed by wire address, in subscription order.
///
/// Pure bookkeeping, so the refcounting rules are tested without sockets: the first consumer of an
/// address needs a wire subscribe, the last one leaving needs a wire unsubscribe, and `active` is what
/// gets restored after a reconnect.
struct SubscriptionRegistry: Sendable {
    private struct Entry: Sendable {
        var spec: ChannelSpec
        var consumers: Int
        var order: Int
    }

    private var entries: [String: Entry] = [:]
    private var nextOrder = 0

    /// Adds a consumer of `spec`; returns `true` when it is the address's first.
    mutating func retain(_ spec: ChannelSpec) -> Bool {
        if var entry = entries[spec.address] {
            entry.consumers += 1
            entries[spec.address] = entry
            return false
        }
        entries[spec.address] = Entry(spec: spec, consumers: 1, order: nextOrder)
        nextOrder += 1
        return true
    }

    /// Removes a consumer of `address`; returns the spec when it was the last one.
    mutating func release(_ address: String) -> ChannelSpec? {
        guard var entry = entries[address] else { return nil }
        entry.consumers -= 1
        if entry.consumers > 0 {
            entries[address] = entry
            return nil
        }
        entries[address] = nil
        return entry.spec
    }

    /// Whether `address` has at least one consumer.
    func contains(_ address: String) -> Bool { entries[address] != nil }

    /// The number of consumers of `address`.
    func consumers(of address: String) -> Int { entries[address]?.consumers ?? 0 }

    /// Every channel with consumers, in the order they were first subscribed.
    var active: [ChannelSpec] {
        entries.values.sorted { $0.order < $1.order }.map(\.spec)
    }
}
