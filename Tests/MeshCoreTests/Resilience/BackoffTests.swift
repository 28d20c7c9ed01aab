import MeshCore
import Testing

@Suite struct BackoffTests {
    @Test func growsExponentiallyUpToTheMaximum() {
        let backoff = Backoff(initial: .milliseconds(50), multiplier: 2, maximum: .seconds(5), jitter: .none)
        var random = SplitMix64(seed: 1)
        let delays = (1...10).map { backoff.delay(attempt: $0, random: &random) }
        #expect(delays == [
            .milliseconds(50), .milliseconds(100), .milliseconds(200), .milliseconds(400), .milliseconds(800),
            .milliseconds(1600), .milliseconds(3200), .seconds(5), .seconds(5), .seconds(5),
        ])
        #expect(backoff.baseDelay(attempt: 0) == .milliseconds(50))
        #expect(backoff.baseDelay(attempt: -3) == .milliseconds(50))
        #expect(backoff.baseDelay(attempt: .max) == .seconds(5))
        #expect(backoff.baseDelay(attempt: 5000) == .seconds(5))
    }

    @Test func fullJitterStaysWithinZeroAndTheBaseAndSpreads() {
        let backoff = Backoff(jitter: .full)
        var random = SplitMix64(seed: 42)
        for attempt in 1...12 {
            let base = backoff.baseDelay(attempt: attempt)
            var samples: [Duration] = []
            for _ in 0..<200 {
                let delay = backoff.delay(attempt: attempt, random: &random)
                #expect(delay >= .zero && delay <= base)
                samples.append(delay)
            }
            // Jittered, not constant: the samples cover most of [0, base].
            let smallest = samples.min() ?? .zero
            let largest = samples.max() ?? .zero
            #expect(smallest < base / 10)
            #expect(largest > base * 9 / 10)
        }
    }

    @Test func decorrelatedJitterStaysWithinItsBounds() {
        let backoff = Backoff(initial: .milliseconds(50), multiplier: 2, maximum: .seconds(5), jitter: .decorrelated)
        var random = SplitMix64(seed: 7)
        #expect(backoff.delay(attempt: 1, random: &random) == .milliseconds(50))
        for attempt in 2...12 {
            let ceiling = min(.seconds(5), backoff.baseDelay(attempt: attempt - 1) * 3)
            for _ in 0..<200 {
                let delay = backoff.delay(attempt: attempt, random: &random)
                #expect(delay >= .milliseconds(50) && delay <= ceiling)
            }
        }
    }

    @Test func sameSeedSameDelays() {
        let backoff = Backoff()
        var first = SplitMix64(seed: 99)
        var second = SplitMix64(seed: 99)
        var other = SplitMix64(seed: 100)
        let a = (1...5).map { backoff.delay(attempt: $0, random: &first) }
        let b = (1...5).map { backoff.delay(attempt: $0, random: &second) }
        let c = (1...5).map { backoff.delay(attempt: $0, random: &other) }
        #expect(a == b)
        #expect(a != c)
    }

    @Test func splitMix64MatchesTheReferenceSequence() {
        // First outputs of the reference implementation (Vigna's splitmix64.c) for seed 0.
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(random.next() == 0x06C4_5D18_8009_454F)
    }
}
