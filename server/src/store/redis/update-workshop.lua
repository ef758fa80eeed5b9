-- Changes a workshop's control state in one step, so a lock and a status change never interleave.
-- KEYS: 1 meta, 2 locked
-- ARGV: 1 status or '', 2 currentIndex or '', 3 revealed or '', 4 code to lock or '', 5 code to unlock or ''
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if ARGV[1] ~= '' then redis.call('HSET', KEYS[1], 'status', ARGV[1]) end
-- P1: moving to another statement hides results in the same step, so a reveal never carries over.
if ARGV[2] ~= '' and redis.call('HGET', KEYS[1], 'currentIndex') ~= ARGV[2] then
  redis.call('HSET', KEYS[1], 'currentIndex', ARGV[2], 'revealed', 'false')
end
if ARGV[3] ~= '' then redis.call('HSET', KEYS[1], 'revealed', ARGV[3]) end
if ARGV[4] ~= '' then redis.call('SADD', KEYS[2], ARGV[4]) end
if ARGV[5] ~= '' then redis.call('SREM', KEYS[2], ARGV[5]) end
return 1
