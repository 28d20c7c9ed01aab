import ArgumentParser
import MeshCore

/// Where a service's replicas are: `host:port[,host:port…]`, or `dns:///host:port` for every A/AAAA
/// record of a name, re-resolved periodically (Kubernetes headless services).
enum EndpointSpec {
    static func resolver(_ text: String, setting: String) throws -> any EndpointResolver {
        let spec = text.trimmingCharacters(in: .whitespaces)
        if spec.hasPrefix("dns:///") {
            let endpoint = try parse(String(spec.dropFirst("dns:///".count)), setting: setting)
            return DNSResolver(host: endpoint.host, port: endpoint.port)
        }
        let endpoints = try spec.split(separator: ",").map { try parse(String($0), setting: setting) }
        guard !endpoints.isEmpty else { throw ValidationError("\(setting) is empty") }
        return StaticResolver(endpoints)
    }

    private static func parse(_ text: String, setting: String) throws -> Endpoint {
        do {
            return try Endpoint(parsing: text.trimmingCharacters(in: .whitespaces))
        } catch {
            throw ValidationError("\(setting): \(error)")
        }
    }
}

import Foundation
