/// Keeps the best `capacity` entries offered so far, in a binary min-heap whose root is the worst kept.
struct TopKHeap {
    struct Entry {
        var index: Int
        var score: Float

        /// Whether `self` ranks below `other`: a lower score, or an equal score and a higher index.
        @inline(__always)
        func isWorse(than other: Entry) -> Bool {
            score < other.score || (score == other.score && index > other.index)
        }
    }

    private let capacity: Int
    private var entries: [Entry] = []

    init(capacity: Int) {
        self.capacity = capacity
        entries.reserveCapacity(capacity)
    }

    mutating func offer(_ entry: Entry) {
        if entries.count < capacity {
            entries.append(entry)
            siftUp(entries.count - 1)
        } else if let worst = entries.first, worst.isWorse(than: entry) {
            entries[0] = entry
            siftDown(0)
        }
    }

    /// The kept entries, best first.
    func sortedBestFirst() -> [Entry] {
        entries.sorted { $1.isWorse(than: $0) }
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard entries[child].isWorse(than: entries[parent]) else { return }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            guard left < entries.count else { return }
            let right = left + 1
            var worst = left
            if right < entries.count, entries[right].isWorse(than: entries[left]) { worst = right }
            guard entries[worst].isWorse(than: entries[parent]) else { return }
            entries.swapAt(worst, parent)
            parent = worst
        }
    }
}
