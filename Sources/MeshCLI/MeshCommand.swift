import ArgumentParser

/// `mesh`: the one executable every service and tool of the mesh runs under (SPEC §10).
@main
struct MeshCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mesh",
        abstract: "The binary RPC mesh and its ingestion pipeline.",
        subcommands: [DevCommand.self, ServeCommand.self, CallCommand.self, HealthCommand.self, KeysCommand.self, ContractsCommand.self, OpenAPICommand.self, BenchCommand.self])
}
