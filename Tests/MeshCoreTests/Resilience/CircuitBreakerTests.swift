import MeshCore
import Testing

@Suite struct CircuitBreakerStateMachineTests {
    private let start = ContinuousClock.now
    private let configuration = CircuitBreaker.Configuration(
        failureThreshold: 3, coolDown: .seconds(5), probeTimeout: .seconds(10))

    private func at(_ offset: Duration) -> ContinuousClock.Instant { start.advanced(by: offset) }

    private func trip(_ machine: inout CircuitBreaker.StateMachine, at instant: ContinuousClock.Instant) {
        for _ in 0..<configuration.failureThreshold {
            #expect(machine.admit(now: instant).admission == .allowed)
            _ = machine.record(.failure, now: instant)
        }
    }

    @Test func fullCycleThroughAFailedAndASuccessfulProbe() {
        var machine = CircuitBreaker.StateMachine(configuration: configuration)
        #expect(machine.state == .closed)

        // Threshold - 1 failures keep it closed; the threshold-th opens it.
        #expect(machine.record(.failure, now: at(.zero)) == nil)
        #expect(machine.record(.failure, now: at(.zero)) == nil)
        #expect(machine.consecutiveFailures == 2)
        #expect(machine.record(.failure, now: at(.seconds(1))) == .init(from: .closed, to: .open, at: at(.seconds(1))))
        #expect(machine.state == .open)

        // Open: refused until the cool-down has passed, with the time left as the hint.
        #expect(machine.admit(now: at(.seconds(2))).admission == .rejected(retryAfter: .seconds(4)))
        #expect(machine.admit(now: at(.milliseconds(5999))).admission == .rejected(retryAfter: .milliseconds(1)))

        // Cool-down over: one probe, which fails → open again with a fresh cool-down.
        let probe = machine.admit(now: at(.seconds(6)))
        #expect(probe.admission == .allowedAsProbe)
        #expect(probe.transition == .init(from: .open, to: .halfOpen, at: at(.seconds(6))))
        #expect(machine.state == .halfOpen)
        let reopened = machine.record(.failure, now: at(.seconds(7)))
        #expect(reopened == .init(from: .halfOpen, to: .open, at: at(.seconds(7))))
        #expect(machine.state == .open)
        #expect(machine.admit(now: at(.seconds(11))).admission == .rejected(retryAfter: .seconds(1)))

        // Second probe succeeds → closed, with a clean failure count.
        let secondProbe = machine.admit(now: at(.seconds(12)))
        #expect(secondProbe.admission == .allowedAsProbe)
        #expect(secondProbe.transition?.to == .halfOpen)
        let closed = machine.record(.success, now: at(.seconds(12)))
        #expect(closed == .init(from: .halfOpen, to: .closed, at: at(.seconds(12))))
        #expect(machine.state == .closed)
        #expect(machine.consecutiveFailures == 0)
        #expect(machine.admit(now: at(.seconds(12))).admission == .allowed)
    }

    @Test func halfOpenAdmitsExactlyOneProbe() {
        var machine = CircuitBreaker.StateMachine(configuration: configuration)
        trip(&machine, at: at(.zero))
        #expect(machine.admit(now: at(.seconds(5))).admission == .allowedAsProbe)
        for second in 5..<15 {
            let decision = machine.admit(now: at(.seconds(second)))
            #expect(decision.admission == .rejected(retryAfter: .seconds(15 - second)))
            #expect(decision.transition == nil)
        }
        #expect(!machine.wouldAdmit(now: at(.seconds(14))))
    }

    @Test func aProbeThatNeverReportsIsReplacedAfterTheProbeTimeout() {
        var machine = CircuitBreaker.StateMachine(configuration: configuration)
        trip(&machine, at: at(.zero))
        #expect(machine.admit(now: at(.seconds(5))).admission == .allowedAsProbe)
        #expect(machine.wouldAdmit(now: at(.seconds(15))))
        let replacement = machine.admit(now: at(.seconds(15)))
        #expect(replacement.admission == .allowedAsProbe)
        #expect(replacement.transition == nil)
        #expect(machine.admit(now: at(.seconds(15))).admission == .rejected(retryAfter: .seconds(10)))
    }

    @Test func successResetsTheConsecutiveCount() {
        var machine = CircuitBreaker.StateMachine(configuration: configuration)
        for _ in 0..<10 {
            _ = machine.record(.failure, now: at(.zero))
            _ = machine.record(.failure, now: at(.zero))
            #expect(machine.record(.success, now: at(.zero)) == nil)
            #expect(machine.consecutiveFailures == 0)
        }
        #expect(machine.state == .closed)
    }

    @Test func neutralOutcomesCountNeitherWay() {
        var machine = CircuitBreaker.StateMachine(configuration: configuration)
        _ = machine.record(.failure, now: at(.zero))
        _ = machine.record(.failure, now: at(.zero))
        _ = machine.record(.neutral, now: at(.zero))
        #expect(machine.consecutiveFailures == 2)
        #expect(machine.record(.failure, now: at(.zero))?.to == .open)

        // A cancelled probe neither closes nor reopens the breaker.
        #expect(machine.admit(now: at(.seconds(5))).admission == .allowedAsProbe)
        #expect(machine.record(.neutral, now: at(.seconds(5))) == nil)
        #expect(machine.state == .halfOpen)
    }

    @Test func outcomesOfCallsStillRunningWhenItOpenedAreIgnored() {
        var machine = CircuitBreaker.StateMachine(configuration: configuration)
        trip(&machine, at: at(.zero))
        #expect(machine.record(.success, now: at(.seconds(1))) == nil)
        #expect(machine.record(.failure, now: at(.seconds(2))) == nil)
        #expect(machine.state == .open)
        // The failure at 2 s did not extend the cool-down that started at 0 s.
        #expect(machine.admit(now: at(.seconds(5))).admission == .allowedAsProbe)
    }

    @Test func openBreakerIsUnavailableUntilTheCoolDownPasses() {
        var machine = CircuitBreaker.StateMachine(configuration: configuration)
        #expect(machine.wouldAdmit(now: at(.zero)))
        trip(&machine, at: at(.zero))
        #expect(!machine.wouldAdmit(now: at(.seconds(4))))
        #expect(machine.wouldAdmit(now: at(.seconds(5))))
        // Asking does not take the probe slot.
        #expect(machine.state == .open)
    }

    @Test func thresholdBelowOneActsAsOne() {
        var machine = CircuitBreaker.StateMachine(configuration: .init(failureThreshold: 0))
        #expect(machine.record(.failure, now: at(.zero))?.to == .open)
    }

    @Test func defaultsMatchTheSpec() {
        let defaults = CircuitBreaker.Configuration()
        #expect(defaults.failureThreshold == 5)
        #expect(defaults.coolDown == .seconds(5))
    }

    @Test func stateGaugeValues() {
        #expect(CircuitBreaker.State.closed.gaugeValue == 0)
        #expect(CircuitBreaker.State.halfOpen.gaugeValue == 1)
        #expect(CircuitBreaker.State.open.gaugeValue == 2)
        #expect(CircuitBreaker.State.halfOpen.description == "half_open")
    }
}

@Suite struct CircuitBreakerTests {
    @Test func wrapperUsesTheInjectedClockAndReportsTransitions() {
        let clock = ResilienceManualClock()
        let log = ResilienceTransitionLog()
        let breaker = CircuitBreaker(
            configuration: .init(failureThreshold: 2, coolDown: .seconds(5)), now: { clock.now },
            onTransition: { log.append($0) })

        #expect(breaker.admit() == .allowed)
        breaker.record(code: 14)
        #expect(breaker.record(code: 4)?.to == .open)
        #expect(breaker.state == .open)
        #expect(breaker.state.gaugeValue == 2)
        #expect(!breaker.isAvailable)
        #expect(breaker.admit() == .rejected(retryAfter: .seconds(5)))

        clock.advance(by: .seconds(5))
        #expect(breaker.isAvailable)
        #expect(breaker.admit() == .allowedAsProbe)
        #expect(breaker.admit() == .rejected(retryAfter: .seconds(10)))
        #expect(!breaker.isAvailable)
        breaker.record(code: 0)
        #expect(breaker.state == .closed)

        #expect(log.transitions.map(\.description) == ["closed -> open", "open -> half_open", "half_open -> closed"])
        #expect(log.transitions.map(\.at) == [clock.start, clock.at(.seconds(5)), clock.at(.seconds(5))])
    }

    @Test func nonCountingCodesDoNotTripIt() {
        let breaker = CircuitBreaker(configuration: .init(failureThreshold: 2))
        // NOT_FOUND, INVALID_ARGUMENT, PERMISSION_DENIED, ALREADY_EXISTS, FAILED_PRECONDITION,
        // UNAUTHENTICATED, CANCELLED
        for code: Int32 in [5, 3, 7, 6, 9, 16, 1] {
            for _ in 0..<5 {
                #expect(breaker.admit() == .allowed)
                #expect(breaker.record(code: code) == nil)
            }
        }
        #expect(breaker.state == .closed)
        #expect(breaker.consecutiveFailures == 0)
    }

    @Test func concurrentCallersSeeExactlyOneProbe() async {
        let clock = ResilienceManualClock()
        let breaker = CircuitBreaker(configuration: .init(failureThreshold: 1), now: { clock.now })
        breaker.record(.failure)
        clock.advance(by: .seconds(5))
        let probes = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<100 { group.addTask { breaker.admit() == .allowedAsProbe } }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(probes == 1)
    }

    @Test func classifierCountsOnlyUnhealthyEndpointCodes() {
        let classifier = BreakerStatusCodeClassifier()
        for code: Int32 in [14, 4, 13, 2, 8] {
            #expect(classifier.countsAsFailure(code: code))
            #expect(CircuitBreaker.countsAsFailure(code: code))
            #expect(classifier.outcome(code: code) == .failure)
        }
        for code: Int32 in [0, 3, 5, 6, 7, 9, 10, 11, 12, 15, 16] {
            #expect(!classifier.countsAsFailure(code: code))
            #expect(classifier.outcome(code: code) == .success)
        }
        #expect(classifier.outcome(code: 1) == .neutral)
        #expect(BreakerStatusCodeClassifier(failureCodes: [5]).outcome(code: 5) == .failure)
    }
}
