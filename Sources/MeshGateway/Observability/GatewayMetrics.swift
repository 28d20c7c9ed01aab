import MeshCore
import Prometheus

/// The gateway's Prometheus series: per route (`route` is the path template, so the label set is
/// bounded; unmatched paths are `unmatched`) request count, errors by status and latency; the auth
/// cache; the membership breaker state.
struct GatewayMetrics: Sendable {
    let registry: PrometheusCollectorRegistry
    private let authCacheHits: Counter
    private let authCacheMisses: Counter
    private let breakerState: Gauge

    static let latencyBuckets: [Duration] = [
        .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
        .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
        .milliseconds(2500), .seconds(5), .seconds(10), .seconds(30),
    ]

    private static var requests: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "mesh_gateway", metricName: "requests", unitName: "total", helpText: "HTTP requests by route")
    }

    private static var errors: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "mesh_gateway", metricName: "errors", unitName: "total",
            helpText: "HTTP error responses (4xx and 5xx) by route and status")
    }

    private static var latency: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "mesh_gateway", metricName: "request_duration", unitName: "seconds",
            helpText: "Time until the response head, by route")
    }

    private static var authCache: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "mesh_gateway", metricName: "auth_cache", unitName: "total", helpText: "API key cache lookups")
    }

    private static var breaker: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "mesh_gateway", metricName: "membership_breaker", unitName: "state",
            helpText: "Membership circuit breaker: 0 closed, 1 half-open, 2 open")
    }

    init(registry: PrometheusCollectorRegistry) {
        self.registry = registry
        authCacheHits = registry.makeCounter(descriptor: Self.authCache, labels: [("result", "hit")])
        authCacheMisses = registry.makeCounter(descriptor: Self.authCache, labels: [("result", "miss")])
        breakerState = registry.makeGauge(descriptor: Self.breaker, labels: [])
    }

    func request(method: String, route: String, status: Int, duration: Duration) {
        let labels = [("method", method), ("route", route)]
        registry.makeCounter(descriptor: Self.requests, labels: labels).increment()
        registry.makeDurationHistogram(descriptor: Self.latency, labels: labels, buckets: Self.latencyBuckets)
            .record(duration)
        if status >= 400 {
            registry.makeCounter(descriptor: Self.errors, labels: labels + [("status", String(status))]).increment()
        }
    }

    func authCache(hit: Bool) {
        (hit ? authCacheHits : authCacheMisses).increment()
    }

    func membershipBreakerState(_ state: CircuitBreaker.State) {
        breakerState.set(Int64(state.gaugeValue))
    }
}
