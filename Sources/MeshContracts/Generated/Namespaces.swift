// Generated from the packages in Protos/ by mesh-codegen — DO NOT EDIT.
// Regenerate with: swift run mesh-codegen generate

/// Types generated from package `mesh.bench.v1`.
public enum BenchV1 {}

/// Types generated from package `mesh.gateway.v1`.
public enum GatewayV1 {}

/// Types generated from package `mesh.v1`.
public enum MeshV1 {}

/// Types generated from package `mesh.pipeline.v1`.
public enum PipelineV1 {}
