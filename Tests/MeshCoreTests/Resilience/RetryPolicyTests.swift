import MeshCore
import Testing

@Suite struct RetryPolicyTests {
    private func retries(
        _ policy: RetryPolicy = RetryPolicy(), code: Int32 = 14, attempt: Int = 1, idempotent: Bool = true,
        remaining: Duration? = nil, delay: Duration = .zero
    ) -> Bool {
        policy.shouldRetry(
            code: code, attempt: attempt, isIdempotent: idempotent, remaining: remaining, nextDelay: delay)
    }

    @Test func retriesOnlyUnavailableAndResourceExhausted() {
        for code: Int32 in 0...16 {
            #expect(retries(code: code, delay: .milliseconds(50)) == (code == 14 || code == 8), "code \(code)")
        }
    }

    @Test func neverRetriesANonIdempotentMethod() {
        #expect(!retries(idempotent: false))
        #expect(!retries(code: 8, idempotent: false, remaining: .seconds(60)))
    }

    @Test func neverRetriesPastTheDeadline() {
        #expect(retries(remaining: .milliseconds(101), delay: .milliseconds(100)))
        #expect(!retries(remaining: .milliseconds(100), delay: .milliseconds(100)))
        #expect(!retries(remaining: .milliseconds(20), delay: .milliseconds(100)))
        #expect(!retries(remaining: .zero))
        #expect(!retries(remaining: .seconds(-1)))
    }

    @Test func stopsAtMaxAttemptsWhichIsCappedAtFive() {
        #expect(RetryPolicy().maxAttempts == 3)
        #expect(retries(attempt: 2))
        #expect(!retries(attempt: 3))

        let greedy = RetryPolicy(maxAttempts: 50)
        #expect(greedy.maxAttempts == 5)
        #expect(retries(greedy, attempt: 4))
        #expect(!retries(greedy, attempt: 5))

        #expect(RetryPolicy(maxAttempts: 0).maxAttempts == 1)
        #expect(!retries(RetryPolicy(maxAttempts: 1), attempt: 1))
    }
}
