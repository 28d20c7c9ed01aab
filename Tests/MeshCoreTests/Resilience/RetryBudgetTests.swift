import MeshCore
import Testing

@Suite struct RetryBudgetTests {
    private let start = ContinuousClock.now

    private func at(_ offset: Duration) -> ContinuousClock.Instant { start.advanced(by: offset) }

    private func withdrawAll(_ budget: RetryBudget, at instant: ContinuousClock.Instant, limit: Int = 10_000) -> Int {
        var granted = 0
        while granted < limit, budget.tryWithdrawRetry(now: instant) { granted += 1 }
        return granted
    }

    @Test func allowsTheRatioOfRequestsPlusTheFloorThenRefuses() {
        // Defaults: 20 % of requests + 10 retries/s over a 10 s window = 100 floor.
        let budget = RetryBudget(origin: start)
        for _ in 0..<100 { budget.recordRequest(now: at(.seconds(1))) }
        #expect(budget.available(now: at(.seconds(1))) == 120)
        #expect(withdrawAll(budget, at: at(.seconds(2))) == 120)
        #expect(!budget.tryWithdrawRetry(now: at(.seconds(3))))
    }

    @Test func withoutAFloorOnlyTheRatioCounts() {
        let budget = RetryBudget(configuration: .init(ratio: 0.2, minRetriesPerSecond: 0), origin: start)
        #expect(!budget.tryWithdrawRetry(now: at(.zero)))
        for _ in 0..<100 { budget.recordRequest(now: at(.zero)) }
        #expect(withdrawAll(budget, at: at(.seconds(9))) == 20)
        // More traffic earns more retries.
        for _ in 0..<10 { budget.recordRequest(now: at(.seconds(9))) }
        #expect(withdrawAll(budget, at: at(.seconds(9))) == 2)
    }

    @Test func recoversOnceTheWindowHasSlidPast() {
        let budget = RetryBudget(origin: start)
        for _ in 0..<100 { budget.recordRequest(now: at(.milliseconds(500))) }
        #expect(withdrawAll(budget, at: at(.milliseconds(600))) == 120)
        // Still inside the 10 s window: every later second refuses.
        for second in 1..<10 { #expect(!budget.tryWithdrawRetry(now: at(.seconds(second)))) }
        #expect(!budget.tryWithdrawRetry(now: at(.milliseconds(9999))))
        // The bucket of second 0 has slid out with its spent retries: the floor is back, and new traffic adds to it.
        #expect(budget.available(now: at(.seconds(10))) == 100)
        for _ in 0..<50 { budget.recordRequest(now: at(.seconds(10))) }
        #expect(withdrawAll(budget, at: at(.seconds(10))) == 110)
    }

    @Test func oldRequestsAndRetriesLeaveTheWindow() {
        let budget = RetryBudget(configuration: .init(ratio: 0.5, minRetriesPerSecond: 0), origin: start)
        for _ in 0..<10 { budget.recordRequest(now: at(.zero)) }
        #expect(withdrawAll(budget, at: at(.zero)) == 5)
        #expect(!budget.tryWithdrawRetry(now: at(.seconds(9))))
        // At 10 s the bucket of second 0 has left the 10 s window, with its requests and its retries.
        #expect(budget.available(now: at(.seconds(10))) == 0)
        for _ in 0..<10 { budget.recordRequest(now: at(.seconds(10))) }
        #expect(withdrawAll(budget, at: at(.seconds(10))) == 5)
        // Long after, everything is forgotten.
        #expect(budget.available(now: at(.seconds(100))) == 0)
    }

    @Test func theFloorAloneAllowsRetriesWithoutTraffic() {
        let configuration = RetryBudget.Configuration(ratio: 0.2, minRetriesPerSecond: 1, window: .seconds(10))
        let budget = RetryBudget(configuration: configuration, origin: start)
        #expect(withdrawAll(budget, at: at(.zero)) == 10)
        #expect(!budget.tryWithdrawRetry(now: at(.seconds(9))))
        #expect(withdrawAll(budget, at: at(.seconds(10))) == 10)
    }
}
