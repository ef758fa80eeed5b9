-- Opens a workshop's priority vote once, with its ballot and no counts.
-- KEYS: 1 the workshop's meta, 2 vote, 3 vote-ballot
-- ARGV: 1 picks, 2 the ballot as JSON, 3 the top ids as JSON, then the ballot's priority ids
-- Returns 'opened', 'exists' (nothing changes) or 'workshop_not_found'.
if redis.call('EXISTS', KEYS[1]) == 0 then return 'workshop_not_found' end
if redis.call('EXISTS', KEYS[2]) == 1 then return 'exists' end
redis.call('HSET', KEYS[2], 'status', 'open', 'picks', ARGV[1], 'revealed', 'false', 'ballot', ARGV[2], 'top', ARGV[3])
for index = 4, #ARGV do redis.call('SADD', KEYS[3], ARGV[index]) end
return 'opened'
