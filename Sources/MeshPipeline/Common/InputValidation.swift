import Foundation

/// Checks of client input shared by the services; each failure names a machine-readable reason.
enum InputValidation {
    /// Corpus names: 1–64 of `[A-Za-z0-9_-]`.
    static func corpusName(_ name: String) throws -> String {
        guard !name.isEmpty else { throw PipelineErrors.invalidArgument("missing_corpus_name", "corpus_name is required") }
        guard name.utf8.count <= 64, name.utf8.allSatisfy(isNameByte) else {
            throw PipelineErrors.invalidArgument(
                "invalid_corpus_name", "corpus_name must be 1-64 characters of A-Z, a-z, 0-9, '_' and '-'")
        }
        return name
    }

    /// Client-chosen job ids: 1–128 of `[A-Za-z0-9_.-]`.
    static func jobID(_ id: String) throws -> String {
        guard !id.isEmpty, id.utf8.count <= 128, id.utf8.allSatisfy({ isNameByte($0) || $0 == UInt8(ascii: ".") })
        else {
            throw PipelineErrors.invalidArgument(
                "invalid_job_id", "job_id must be 1-128 characters of A-Z, a-z, 0-9, '_', '-' and '.'")
        }
        return id
    }

    /// An absolute http(s) URL with a host, at most 2048 bytes.
    static func url(_ text: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw PipelineErrors.invalidArgument("missing_url", "url is required") }
        guard trimmed.utf8.count <= 2048, let components = URLComponents(string: trimmed),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty
        else {
            throw PipelineErrors.invalidArgument("invalid_url", "url must be an absolute http or https URL")
        }
        return trimmed
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
            true
        default:
            false
        }
    }
}
