import CoreMetrics
import MeshCore

/// Counts and times every call a server handles (swift-metrics; exported by the Prometheus factory):
/// `mesh_rpc_requests_total{service,method,code}` and `mesh_rpc_request_duration_seconds{service,method}`.
public struct RPCMetricsInterceptor: ServerInterceptor {
    private let factory: any MetricsFactory

    /// Records into `factory` (by default the process's bootstrapped metrics system).
    public init(factory: any MetricsFactory = MetricsSystem.factory) { self.factory = factory }

    public func didHandle(_ context: ServerContext, error: RPCError?, duration: Duration) {
        let service = context.method.service
        let method = context.method.method
        let code = error?.code.name ?? StatusCode.ok.name
        Counter(
            label: "mesh_rpc_requests_total", dimensions: [("service", service), ("method", method), ("code", code)],
            factory: factory
        ).increment()
        Timer(
            label: "mesh_rpc_request_duration_seconds", dimensions: [("service", service), ("method", method)],
            factory: factory)
            .recordNanoseconds(duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }
}
