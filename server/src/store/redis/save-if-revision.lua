-- Saves a JSON record (a break-out, an action plan) only if its revision is still the one the caller read, so two
-- edits made at once cannot overwrite each other: the loser gets 0, reads again and re-applies its change.
-- KEYS: 1 the record's hash (fields revision, json), 2 the key whose presence says its owner exists
-- ARGV: 1 the revision read (0: none yet), 2 the new revision, 3 the new JSON
-- Returns 1 when saved, 0 when the owner is unknown or the revision moved on.
if redis.call('EXISTS', KEYS[2]) == 0 then return 0 end
local current = tonumber(redis.call('HGET', KEYS[1], 'revision') or '0')
if current ~= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'revision', ARGV[2], 'json', ARGV[3])
return 1
