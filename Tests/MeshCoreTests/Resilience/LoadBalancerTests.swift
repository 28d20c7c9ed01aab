import MeshCore
import Testing

@Suite struct LoadBalancerTests {
    private func loads(_ outstanding: [Int], unavailable: Set<Int> = []) -> [EndpointLoad] {
        outstanding.enumerated().map { index, count in
            EndpointLoad(id: "e\(index)", outstanding: count, isAvailable: !unavailable.contains(index))
        }
    }

    private func counts(
        _ picker: inout some EndpointPicker, _ endpoints: [EndpointLoad], picks: Int, seed: UInt64 = 1
    ) -> [String: Int] {
        var random = SplitMix64(seed: seed)
        var counts: [String: Int] = [:]
        for _ in 0..<picks {
            counts[picker.pick(from: endpoints, random: &random)?.id ?? "none", default: 0] += 1
        }
        return counts
    }

    @Test func powerOfTwoChoicesFavoursTheIdleEndpoint() {
        // The idle endpoint wins whenever it is one of the two candidates: 3 of the 6 pairs = 50 %.
        var picker = PowerOfTwoChoicesPicker()
        let result = counts(&picker, loads([10, 0, 10, 10]), picks: 10_000)
        let idle = result["e1", default: 0]
        #expect(idle > 4_500 && idle < 5_500)
        // The busy three share the rest about evenly (1/6 each).
        for id in ["e0", "e2", "e3"] {
            #expect(result[id, default: 0] > 1_400 && result[id, default: 0] < 1_950, "\(id)")
        }
    }

    @Test func powerOfTwoChoicesTakesTheLessLoadedOfTwoDistinctCandidates() {
        // With two endpoints both are always the candidates, so the less loaded one always wins.
        var picker = PowerOfTwoChoicesPicker()
        #expect(counts(&picker, loads([3, 1]), picks: 1_000) == ["e1": 1_000])
        // The most loaded of three is never both candidates' minimum.
        let three = counts(&picker, loads([1, 2, 3]), picks: 3_000)
        #expect(three["e2"] == nil)
        #expect(three["e0", default: 0] > three["e1", default: 0])
    }

    @Test func powerOfTwoChoicesNeverPicksUnavailableEndpoints() {
        var picker = PowerOfTwoChoicesPicker()
        let result = counts(&picker, loads([5, 0, 5, 0], unavailable: [1, 3]), picks: 2_000)
        #expect(Set(result.keys) == ["e0", "e2"])
        #expect(counts(&picker, loads([9, 0, 9], unavailable: [1]), picks: 500, seed: 3).keys.sorted() == ["e0", "e2"])
    }

    @Test func powerOfTwoChoicesWithOneOrNoAvailableEndpoint() {
        let picker = PowerOfTwoChoicesPicker()
        var random = SplitMix64(seed: 5)
        #expect(picker.pick(from: loads([7, 0, 0], unavailable: [1, 2]), random: &random)?.id == "e0")
        #expect(picker.pick(from: loads([0, 0], unavailable: [0, 1]), random: &random) == nil)
        #expect(picker.pick(from: [], random: &random) == nil)
    }

    @Test func powerOfTwoChoicesTiesSpreadAcrossEndpoints() {
        var picker = PowerOfTwoChoicesPicker()
        let result = counts(&picker, loads([2, 2, 2, 2]), picks: 8_000)
        for id in ["e0", "e1", "e2", "e3"] {
            #expect(result[id, default: 0] > 1_700 && result[id, default: 0] < 2_300, "\(id)")
        }
    }

    @Test func roundRobinCyclesFairly() {
        var picker = RoundRobinPicker()
        var random = SplitMix64(seed: 1)
        let endpoints = loads([0, 50, 3])
        let order = (0..<9).compactMap { _ in picker.pick(from: endpoints, random: &random)?.id }
        #expect(order == ["e0", "e1", "e2", "e0", "e1", "e2", "e0", "e1", "e2"])
    }

    @Test func roundRobinSkipsUnavailableEndpoints() {
        var picker = RoundRobinPicker()
        var random = SplitMix64(seed: 1)
        let endpoints = loads([0, 0, 0, 0], unavailable: [1, 2])
        let order = (0..<6).compactMap { _ in picker.pick(from: endpoints, random: &random)?.id }
        #expect(order == ["e0", "e3", "e0", "e3", "e0", "e3"])
        #expect(picker.pick(from: loads([0, 0], unavailable: [0, 1]), random: &random) == nil)
        #expect(picker.pick(from: [], random: &random) == nil)
    }

    @Test func roundRobinCopesWithTheListChanging() {
        var picker = RoundRobinPicker()
        var random = SplitMix64(seed: 1)
        _ = picker.pick(from: loads([0, 0, 0, 0, 0]), random: &random)
        _ = picker.pick(from: loads([0, 0, 0, 0, 0]), random: &random)
        _ = picker.pick(from: loads([0, 0, 0, 0, 0]), random: &random)
        _ = picker.pick(from: loads([0, 0, 0, 0, 0]), random: &random)
        // Shrunk to two: still alternates, never out of range.
        let order = (0..<4).compactMap { _ in picker.pick(from: loads([0, 0]), random: &random)?.id }
        #expect(order.count == 4)
        #expect(Set(order) == ["e0", "e1"])
        #expect(order[0] != order[1] && order[1] != order[2])
    }
}
