import Foundation

/// The opaque `ListJobs` cursor: the last job of a page, as base64url of `createdMicros:jobID`.
struct JobCursor: Sendable, Hashable {
    var createdMicros: Int
    var jobID: String

    init(createdMicros: Int, jobID: String) {
        self.createdMicros = createdMicros
        self.jobID = jobID
    }

    init(after job: JobRecord) {
        self.init(createdMicros: job.createdMicros, jobID: job.jobID)
    }

    /// Parses a cursor a previous page returned; throws INVALID_ARGUMENT (`invalid_cursor`) otherwise.
    init(token: String) throws {
        var base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64.append("=") }
        guard token.count <= 400, let data = Data(base64Encoded: base64),
            let text = String(data: data, encoding: .utf8), let colon = text.firstIndex(of: ":"),
            let micros = Int(text[..<colon]), micros >= 0
        else {
            throw PipelineErrors.invalidArgument("invalid_cursor", "cursor is not one this service returned")
        }
        self.init(createdMicros: micros, jobID: String(text[text.index(after: colon)...]))
    }

    var token: String {
        Data("\(createdMicros):\(jobID)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
