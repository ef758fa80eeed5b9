-- Records one rating atomically: the acceptance rules, the duplicate check, last-write-wins and the count move.
-- KEYS: 1 meta, 2 statements, 3 locked, 4 votes, 5 ratings, 6 tally, 7 voters, 8 seq
-- ARGV: 1 voteId, 2 participantId, 3 statementCode, 4 value
-- Returns { outcome or refusal, sequence }: every accepted write takes the workshop's next sequence number, so a
-- server that remembers the highest one it acknowledged can tell when a restarted Redis holds fewer (0 otherwise).
local status = redis.call('HGET', KEYS[1], 'status')
if not status then return { 'workshop_not_found', 0 } end
if redis.call('SISMEMBER', KEYS[4], ARGV[1]) == 1 then return { 'duplicate', 0 } end
if status == 'closed' then return { 'workshop_closed', 0 } end
if status ~= 'open' then return { 'workshop_not_open', 0 } end
local index = redis.call('HGET', KEYS[2], ARGV[3])
if not index then return { 'statement_unknown', 0 } end
if redis.call('SISMEMBER', KEYS[3], ARGV[3]) == 1 then return { 'statement_locked', 0 } end
local control = redis.call('HMGET', KEYS[1], 'pacing', 'currentIndex')
if control[1] == 'presenter-led' and tonumber(index) > tonumber(control[2]) then return { 'statement_not_open', 0 } end
redis.call('SADD', KEYS[4], ARGV[1])
local seq = redis.call('INCR', KEYS[8])
local field = ARGV[2] .. '|' .. ARGV[3]
local previous = redis.call('HGET', KEYS[5], field)
redis.call('HSET', KEYS[5], field, ARGV[4] .. '|' .. ARGV[1])
local previousValue = previous and string.match(previous, '^([^|]+)')
if previousValue == ARGV[4] then return { 'unchanged', seq } end
if previousValue then redis.call('HINCRBY', KEYS[6], ARGV[3] .. ':' .. previousValue, -1) end
redis.call('HINCRBY', KEYS[6], ARGV[3] .. ':' .. ARGV[4], 1)
redis.call('SADD', KEYS[7], ARGV[2])
if previousValue then return { 'changed', seq } end
return { 'recorded', seq }
