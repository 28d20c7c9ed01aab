/// Counts equal feature keys with an open-addressing hash table (linear probing), sized from the number
/// of keys so it never fills. Iteration is in slot order, which depends only on the keys, so the
/// floating-point sums built from it are reproducible.
struct FeatureCounts {
    private var slots: [UInt64]
    private var counts: [UInt32]
    private let mask: Int

    init(keyCount: Int) {
        var size = 16
        while size < keyCount * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        counts = [UInt32](repeating: 0, count: size)
        mask = size - 1
    }

    mutating func add(_ key: UInt64) {
        // Bits 32… are independent of the bucket bits (3…) and the group bits (0–1).
        var slot = Int(truncatingIfNeeded: key >> 32) & mask
        while true {
            if counts[slot] == 0 {
                slots[slot] = key
                counts[slot] = 1
                return
            }
            if slots[slot] == key {
                counts[slot] += 1
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// Calls `body` with each distinct key and how often it was added.
    func forEach(_ body: (_ key: UInt64, _ count: Int) -> Void) {
        for slot in 0..<slots.count where counts[slot] > 0 {
            body(slots[slot], Int(counts[slot]))
        }
    }
}
