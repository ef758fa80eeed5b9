-- Changes a priority vote's state field by field, only when the workshop has a vote (a close racing a vote is
-- ordered with it by Redis: the vote script reads the status in its own atomic step).
-- KEYS: 1 vote
-- ARGV: 1 status, 2 revealed ('true'/'false'), 3 top ids as JSON; '' leaves a field as it is
-- Returns 1 when the vote exists, 0 otherwise.
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if ARGV[1] ~= '' then redis.call('HSET', KEYS[1], 'status', ARGV[1]) end
if ARGV[2] ~= '' then redis.call('HSET', KEYS[1], 'revealed', ARGV[2]) end
if ARGV[3] ~= '' then redis.call('HSET', KEYS[1], 'top', ARGV[3]) end
return 1
