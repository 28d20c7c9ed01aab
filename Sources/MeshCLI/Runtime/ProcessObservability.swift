import Logging
import Metrics
import MeshCore
import MeshObservability
import Prometheus

/// Logging and metrics for a `mesh serve` / `mesh dev` process: JSON log lines on standard error and
/// a Prometheus registry behind swift-metrics. Bootstrapped once, first thing.
enum ProcessObservability {
    static func bootstrap(level: Logger.Level) -> PrometheusCollectorRegistry {
        LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: level) }
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2),
            .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
            .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
        ]
        MetricsSystem.bootstrap(factory)
        return registry
    }

    /// The interceptors every server runs: trace context first (so the rest see the trace), then the
    /// credential check, metrics and logs.
    static func serverInterceptors(credential: String?, logger: Logger) -> [any ServerInterceptor] {
        var interceptors: [any ServerInterceptor] = [TraceContextInterceptor()]
        if let credential { interceptors.append(ServiceCredentialInterceptor(acceptedCredentials: [credential])) }
        interceptors.append(RPCMetricsInterceptor())
        interceptors.append(RPCLoggingInterceptor(logger: logger))
        return interceptors
    }
}
