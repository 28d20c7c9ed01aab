import Hummingbird
import MeshJSON
import NIOCore

/// Reads a route's JSON body: Content-Type must be JSON (415), at most `maxBytes` (413), well-formed
/// and not nested deeper than the parser's bound (422 `invalid_json`).
struct JSONBodyReader: Sendable {
    let maxBytes: Int

    func read(_ request: Request) async throws(GatewayError) -> JSONValue {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maxBytes {
            throw tooLarge
        }
        let contentType = request.headers[.contentType]
        if let contentType, !Self.isJSON(contentType) {
            throw GatewayError(
                status: 415, code: "unsupported_media_type", message: "the request body must be application/json")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maxBytes)
        } catch is NIOTooManyBytesError {
            throw tooLarge
        } catch {
            throw GatewayError(status: 400, code: "bad_request", message: "the request body could not be read")
        }
        guard buffer.readableBytes > 0 else {
            throw GatewayError(status: 422, code: "invalid_json", message: "a JSON request body is required")
        }
        if contentType == nil {
            throw GatewayError(
                status: 415, code: "unsupported_media_type", message: "the request body must be application/json")
        }
        do {
            return try buffer.withUnsafeReadableBytes { bytes throws(JSONSyntaxError) in
                try JSONParser.parse(bytes)
            }
        } catch {
            throw GatewayError(status: 422, code: "invalid_json", message: error.description)
        }
    }

    private var tooLarge: GatewayError {
        GatewayError(
            status: 413, code: "payload_too_large", message: "the request body is larger than \(maxBytes) bytes",
            details: [.init("max_bytes", .integer(Int64(maxBytes)))])
    }

    /// `application/json` or `application/<x>+json`, with any parameters (charset).
    static func isJSON(_ contentType: String) -> Bool {
        let mediaType = String(contentType.prefix { $0 != ";" }.filter { $0 != " " && $0 != "\t" }).lowercased()
        return mediaType == "application/json" || (mediaType.hasPrefix("application/") && mediaType.hasSuffix("+json"))
    }
}
