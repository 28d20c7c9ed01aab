import RedisClient

/// One decoded stream entry (`[id, [field, value, …]]`), and how it becomes a task or a dead letter.
struct StreamEntry {
    let id: String
    let payload: [UInt8]
    /// Every field except the payload, values decoded as UTF-8.
    let fields: [String: String]

    init?(_ reply: RedisReply) {
        guard let parts = reply.elements, parts.count == 2 else { return nil }
        self.init(id: parts[0], fields: parts[1])
    }

    /// nil for an entry deleted while pending (its fields come back nil).
    init?(id: RedisReply, fields: RedisReply) {
        guard let id = id.text, let pairs = fields.elements else { return nil }
        var payload: [UInt8] = []
        var decoded: [String: String] = [:]
        var index = 0
        while index + 1 < pairs.count {
            if let name = pairs[index].text {
                if name == WorkQueue.payloadField {
                    payload = pairs[index + 1].bytes ?? []
                } else {
                    decoded[name] = pairs[index + 1].text ?? ""
                }
            }
            index += 2
        }
        self.id = id
        self.payload = payload
        self.fields = decoded
    }

    func asTask(deliveryCount: Int, consumer: String) -> QueueTask {
        QueueTask(id: TaskID(id), payload: payload, fields: fields, deliveryCount: deliveryCount, consumer: consumer)
    }

    /// Reads an entry of the dead-letter stream (history in `dlq:*` fields).
    var asDeadLetter: DeadLetter? {
        guard let originalID = fields["dlq:original_id"] else { return nil }
        return DeadLetter(
            deadLetterID: TaskID(id),
            originalID: TaskID(originalID),
            payload: payload,
            fields: fields.filter { !$0.key.hasPrefix(WorkQueue.reservedPrefix) },
            deliveryCount: fields["dlq:deliveries"].flatMap { Int($0) } ?? 0,
            lastConsumer: fields["dlq:last_consumer"] ?? "",
            deadLetteredAtMilliseconds: fields["dlq:at_ms"].flatMap { Int($0) } ?? 0)
    }

    /// Reads the reclaim script's `{dlqId, id, owner, deliveries, atMs, fields}`.
    static func deadLetter(fromScriptReply reply: RedisReply) -> DeadLetter? {
        guard let items = reply.elements, items.count == 6, let entry = StreamEntry(id: items[1], fields: items[5]),
            let dlqID = items[0].text
        else { return nil }
        return DeadLetter(
            deadLetterID: TaskID(dlqID),
            originalID: TaskID(entry.id),
            payload: entry.payload,
            fields: entry.fields,
            deliveryCount: items[3].int ?? 0,
            lastConsumer: items[2].text ?? "",
            deadLetteredAtMilliseconds: items[4].int ?? 0)
    }
}
