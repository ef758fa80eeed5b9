-- Records one participant's choices in a workshop's priority vote, atomically: the duplicate check, the acceptance
-- rules, the replacement of the participant's earlier choices and the count moves run as one step.
-- KEYS: 1 vote, 2 vote-ballot, 3 vote-ids, 4 vote-choices, 5 vote-counts
-- ARGV: 1 vote id, 2 participant id, 3 the chosen priority ids sorted and joined by commas
-- Returns the outcome (recorded, changed, unchanged, duplicate) or the refusal.
local voteId, participantId, joined = ARGV[1], ARGV[2], ARGV[3]
-- A vote id seen before is a duplicate whatever happened since: a replay never reverts a later change.
if redis.call('SISMEMBER', KEYS[3], voteId) == 1 then return 'duplicate' end
local control = redis.call('HMGET', KEYS[1], 'status', 'picks')
local status, picks = control[1], tonumber(control[2])
if status == 'closed' then return 'vote_closed' end
if status ~= 'open' then return 'vote_not_open' end
local choices = {}
for id in string.gmatch(joined, '[^,]+') do choices[#choices + 1] = id end
if #choices > picks then return 'too_many_choices' end
for _, id in ipairs(choices) do
  if redis.call('SISMEMBER', KEYS[2], id) == 0 then return 'priority_unknown' end
end
redis.call('SADD', KEYS[3], voteId)
local previous = redis.call('HGET', KEYS[4], participantId)
redis.call('HSET', KEYS[4], participantId, joined .. '|' .. voteId)
local previousJoined = previous and string.match(previous, '^([^|]*)')
if previousJoined == joined then return 'unchanged' end
if previousJoined then
  for id in string.gmatch(previousJoined, '[^,]+') do redis.call('HINCRBY', KEYS[5], id, -1) end
end
for _, id in ipairs(choices) do redis.call('HINCRBY', KEYS[5], id, 1) end
if previousJoined then return 'changed' end
return 'recorded'
