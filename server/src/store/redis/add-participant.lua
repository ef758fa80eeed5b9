-- Registers a participant unless the facilitator closed entry, in one step, so a join racing a close-entry either
-- lands before it or is refused.
-- KEYS: 1 meta, 2 tokens
-- ARGV: 1 token hash, 2 participant id
-- Returns 0 when there is no such workshop, 1 when added, 2 when entry is closed.
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if redis.call('HGET', KEYS[1], 'entryClosed') == 'true' then return 2 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return 1
