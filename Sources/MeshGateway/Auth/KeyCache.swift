/// Validated (and briefly, refused) API keys with their expiry. Not thread-safe: `KeyAuthenticator`
/// keeps it under its lock.
struct KeyCache {
    enum Entry {
        case valid(AuthenticatedCaller)
        case unknown
    }

    private var entries: [String: (entry: Entry, expires: ContinuousClock.Instant, inserted: UInt64)] = [:]
    private var insertions: UInt64 = 0
    let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    var count: Int { entries.count }

    /// The live entry for `key`; an expired one is dropped.
    mutating func lookup(_ key: String, now: ContinuousClock.Instant) -> Entry? {
        guard let found = entries[key] else { return nil }
        guard found.expires > now else {
            entries.removeValue(forKey: key)
            return nil
        }
        return found.entry
    }

    mutating func store(_ entry: Entry, for key: String, until expires: ContinuousClock.Instant, now: ContinuousClock.Instant) {
        if entries[key] == nil && entries.count >= capacity { makeRoom(now: now) }
        insertions += 1
        entries[key] = (entry, expires, insertions)
    }

    mutating func remove(_ key: String) { entries.removeValue(forKey: key) }

    /// Drops expired entries; if that frees nothing, the oldest tenth (so this runs rarely).
    private mutating func makeRoom(now: ContinuousClock.Instant) {
        entries = entries.filter { $0.value.expires > now }
        guard entries.count >= capacity else { return }
        let oldest = entries.sorted { $0.value.inserted < $1.value.inserted }.prefix(max(1, capacity / 10))
        for (key, _) in oldest { entries.removeValue(forKey: key) }
    }
}
