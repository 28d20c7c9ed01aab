import ArgumentParser
import Foundation
import MeshPipeline
import PostgresClient

/// `mesh keys create|list|revoke`: manage API keys directly in the membership database
/// (MESH_POSTGRES_URL or --postgres-url). Keys are stored hashed; a new secret is shown once.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "Create, list and revoke API keys.",
        subcommands: [Create.self, List.self, Revoke.self])

    struct Database: ParsableArguments {
        @Option(help: "PostgreSQL URL (default $MESH_POSTGRES_URL).") var postgresURL: String?

        func withStore<T>(_ body: (MembershipStore) async throws -> T) async throws -> T {
            guard let url = postgresURL ?? ProcessInfo.processInfo.environment["MESH_POSTGRES_URL"] else {
                throw ValidationError("give --postgres-url or set MESH_POSTGRES_URL")
            }
            let pool = PostgresPool(configuration: PostgresPoolConfiguration(url: url, size: 1))
            do {
                try await PipelineMigrations.apply(to: pool)
                let result = try await body(MembershipStore(pool: pool))
                await pool.shutdown()
                return result
            } catch {
                await pool.shutdown()
                throw error
            }
        }
    }

    struct Create: AsyncParsableCommand {
        @OptionGroup var database: Database
        @Option(help: "user | service | admin") var role: String
        @Option(help: "The identity the key acts as (new when omitted).") var callerID: String?
        @Option var label = ""

        func run() async throws {
            guard let role = APIKeyRole(rawValue: role) else { throw ValidationError("--role must be user, service or admin") }
            let created = try await database.withStore { try await $0.createKey(role: role, callerID: callerID, label: label) }
            print("key_id  \(created.key.keyID)\ncaller  \(created.key.callerID)\nrole    \(created.key.role.rawValue)\nsecret  \(created.secret)   (shown once)")
        }
    }

    struct List: AsyncParsableCommand {
        @OptionGroup var database: Database

        func run() async throws {
            let keys = try await database.withStore { try await $0.listKeys() }
            for key in keys {
                print("\(key.keyID)  \(key.role.rawValue)  \(key.callerID)  \(key.revokedAt == nil ? "active" : "revoked")  \(key.label)")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        @OptionGroup var database: Database
        @Argument var keyID: String

        func run() async throws {
            guard let key = try await database.withStore({ try await $0.revokeKey(keyID: keyID) }) else {
                throw ValidationError("no key \(keyID)")
            }
            print("revoked \(key.keyID)")
        }
    }
}
