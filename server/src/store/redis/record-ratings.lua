-- Records the ratings one workshop received in one turn of the server's event loop, atomically and in order:
-- for each, the acceptance rules, the duplicate check, last-write-wins and the count move.
-- KEYS: 1 meta, 2 statements, 3 locked, 4 votes, 5 ratings, 6 tally, 7 voters, 8 seq
-- ARGV: voteId, participantId, statementCode, value, then the same four for the next rating, and so on.
-- Returns two entries per rating, in order: its outcome or refusal, and its sequence number. Every accepted write
-- takes the workshop's next sequence number, so a server that remembers the highest one it acknowledged can tell
-- when a restarted Redis holds fewer (0 for a refusal or a duplicate).
-- One call for many ratings, because the call itself costs Redis more than the commands inside it; and the path of
-- an accepted rating makes the fewest calls: the vote id is added and checked in one SADD (taken back if refused).
local control = redis.call('HMGET', KEYS[1], 'status', 'pacing', 'currentIndex')
local status, pacing, currentIndex = control[1], control[2], tonumber(control[3])

local function refusalOf(code)
  if status == 'closed' then return 'workshop_closed' end
  if status ~= 'open' then return 'workshop_not_open' end
  local index = redis.call('HGET', KEYS[2], code)
  if not index then return 'statement_unknown' end
  if redis.call('SISMEMBER', KEYS[3], code) == 1 then return 'statement_locked' end
  if pacing == 'presenter-led' and tonumber(index) > currentIndex then return 'statement_not_open' end
  return nil
end

local function record(voteId, participantId, code, value)
  if not status then return 'workshop_not_found', 0 end
  if redis.call('SADD', KEYS[4], voteId) == 0 then return 'duplicate', 0 end
  local refusal = refusalOf(code)
  if refusal then
    redis.call('SREM', KEYS[4], voteId)
    return refusal, 0
  end
  local seq = redis.call('INCR', KEYS[8])
  local field = participantId .. '|' .. code
  local previous = redis.call('HGET', KEYS[5], field)
  redis.call('HSET', KEYS[5], field, value .. '|' .. voteId)
  local previousValue = previous and string.match(previous, '^([^|]+)')
  if previousValue == value then return 'unchanged', seq end
  if previousValue then redis.call('HINCRBY', KEYS[6], code .. ':' .. previousValue, -1) end
  redis.call('HINCRBY', KEYS[6], code .. ':' .. value, 1)
  redis.call('SADD', KEYS[7], participantId)
  if previousValue then return 'changed', seq end
  return 'recorded', seq
end

local replies = {}
for first = 1, #ARGV, 4 do
  local outcome, seq = record(ARGV[first], ARGV[first + 1], ARGV[first + 2], ARGV[first + 3])
  replies[#replies + 1] = outcome
  replies[#replies + 1] = seq
end
return replies
