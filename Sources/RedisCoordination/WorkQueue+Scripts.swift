import RedisClient

/// The Lua scripts that make each queue operation atomic. They run in Redis' compatibility mode
/// (no `#!lua` shebang) on purpose: every write inside is checked for memory individually, so
/// under `maxmemory` the enqueue's XADD is refused with OOM while acks (XACK/XDEL, which free
/// memory) still work and the queue drains.
enum WorkQueueScripts {
    /// KEYS[1] stream; ARGV[1] maxDepth, ARGV[2…] field/value pairs.
    /// Depth is XLEN: acked entries are deleted, so every entry in the stream is an unfinished
    /// task (new or pending). Checking and adding in one script means concurrent producers can
    /// never push the stream past maxDepth. Returns {1, id} or {0, depth}.
    static let enqueue = RedisScript(
        """
        local depth = redis.call('XLEN', KEYS[1])
        if depth >= tonumber(ARGV[1]) then
          return {0, depth}
        end
        return {1, redis.call('XADD', KEYS[1], '*', unpack(ARGV, 2))}
        """)

    /// KEYS[1] stream; ARGV[1] group, ARGV[2…] ids. XACK and XDEL together, so an acked task stops
    /// counting toward the depth at the same instant. Returns how many were still pending.
    static let ack = RedisScript(
        """
        local acked = redis.call('XACK', KEYS[1], ARGV[1], unpack(ARGV, 2))
        redis.call('XDEL', KEYS[1], unpack(ARGV, 2))
        return acked
        """)

    /// KEYS[1] stream, KEYS[2] dead-letter stream; ARGV: group, consumer, minIdleMs, count,
    /// maxDeliveries, deadLetterMaxLength.
    ///
    /// The visibility timeout: entries idle in the pending list for at least minIdleMs belong to a
    /// consumer that died or stalled. This is XAUTOCLAIM's job, done as XPENDING IDLE + XCLAIM
    /// because XAUTOCLAIM reports neither the delivery count nor the previous owner, and both are
    /// needed: an entry already delivered maxDeliveries times is copied to the dead-letter stream
    /// with its history (original id, deliveries, last consumer, time), acked and deleted; the
    /// others are claimed for `consumer` (XCLAIM increments their delivery count).
    /// Returns {{id, fields, deliveries}…}, {{dlqId, id, owner, deliveries, atMs, fields}…}.
    static let reclaim = RedisScript(
        """
        local group, consumer, minIdle = ARGV[1], ARGV[2], ARGV[3]
        local maxDeliveries = tonumber(ARGV[5])
        local pending = redis.call('XPENDING', KEYS[1], group, 'IDLE', minIdle, '-', '+', ARGV[4])
        if #pending == 0 then
          return {{}, {}}
        end
        local claimIds, nextCount, dead = {}, {}, {}
        local nowMs = nil
        for _, p in ipairs(pending) do
          local id, owner, deliveries = p[1], p[2], tonumber(p[4])
          if deliveries >= maxDeliveries then
            if nowMs == nil then
              local t = redis.call('TIME')
              nowMs = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            end
            local entries = redis.call('XRANGE', KEYS[1], id, id)
            if #entries > 0 then
              local fields = entries[1][2]
              local args = {'XADD', KEYS[2], 'MAXLEN', '~', ARGV[6], '*'}
              for _, v in ipairs(fields) do args[#args + 1] = v end
              args[#args + 1] = 'dlq:original_id'; args[#args + 1] = id
              args[#args + 1] = 'dlq:deliveries'; args[#args + 1] = tostring(deliveries)
              args[#args + 1] = 'dlq:last_consumer'; args[#args + 1] = owner
              args[#args + 1] = 'dlq:at_ms'; args[#args + 1] = string.format('%.0f', nowMs)
              local dlqId = redis.call(unpack(args))
              dead[#dead + 1] = {dlqId, id, owner, deliveries, nowMs, fields}
            end
            redis.call('XACK', KEYS[1], group, id)
            redis.call('XDEL', KEYS[1], id)
          else
            claimIds[#claimIds + 1] = id
            nextCount[id] = deliveries + 1
          end
        end
        local claimed = {}
        if #claimIds > 0 then
          local entries = redis.call('XCLAIM', KEYS[1], group, consumer, minIdle, unpack(claimIds))
          for _, e in ipairs(entries) do
            if type(e) == 'table' and type(e[2]) == 'table' then
              claimed[#claimed + 1] = {e[1], e[2], nextCount[e[1]]}
            end
          end
        end
        return {claimed, dead}
        """)
}
