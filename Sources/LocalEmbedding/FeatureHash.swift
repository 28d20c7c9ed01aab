/// The fixed hash that maps features to buckets: FNV-1a 64 over the feature's bytes, then the
/// MurmurHash3 `fmix64` finalizer (FNV-1a alone mixes its low bits poorly, and the bucket comes from them).
///
/// Unlike Swift's `Hasher`, which is seeded randomly per process, this gives the same value for the same
/// bytes in every process on every machine, so embeddings are reproducible.
struct FeatureHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    private(set) var state: UInt64

    /// Starts a hash in a namespace, so that a unigram and a trigram with the same bytes do not collide.
    init(namespace: UInt8) {
        state = Self.offsetBasis
        add(namespace)
    }

    @inline(__always)
    mutating func add(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* Self.prime
    }

    @inline(__always)
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        for index in range { add(bytes[index]) }
    }

    /// The finished, well-mixed 64-bit value.
    var finalized: UInt64 {
        var value = state
        value ^= value >> 33
        value &*= 0xff51_afd7_ed55_8ccd
        value ^= value >> 33
        value &*= 0xc4ce_b9fe_1a85_ec53
        value ^= value >> 33
        return value
    }
}
