-- Changes a workshop's control state in one step, so two commands never interleave: a next computes from the
-- index it finds here, so two consoles pressing at once move two steps; a close cannot be undone by an open.
-- KEYS: 1 meta, 2 locked, 3 statements
-- ARGV: 1 status to set or '', 2 currentIndex or '', 3 revealed or '', 4 code to lock or '', 5 code to unlock or '',
--       6 '1' to open a draft (and nothing else) or '', 7 step ('1' or '-1', kept within the statements) or '',
--       8 entryClosed or '', 9 expectedSize ('null' clears it) or ''
-- Returns 0 when there is no such workshop, 1 when nothing changed, 2 when something did.
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local changed = 0
-- A field missing from an older hash reads as its default, so setting the default is no change.
local function get(field, default)
  local value = redis.call('HGET', KEYS[1], field)
  if value == false then return default end
  return value
end
local function set(field, value, default)
  if get(field, default) ~= value then
    redis.call('HSET', KEYS[1], field, value)
    changed = 1
  end
end
if ARGV[6] == '1' and get('status', '') == 'draft' then set('status', 'open', '') end
if ARGV[1] ~= '' then set('status', ARGV[1], '') end
local index = ARGV[2]
if ARGV[7] ~= '' then
  local last = redis.call('HLEN', KEYS[3]) - 1
  local moved = tonumber(get('currentIndex', '0')) + tonumber(ARGV[7])
  index = string.format('%d', math.max(0, math.min(last, moved)))
end
-- P1: moving to another statement hides results in the same step, so a reveal never carries over.
if index ~= '' and get('currentIndex', '0') ~= index then
  redis.call('HSET', KEYS[1], 'currentIndex', index, 'revealed', 'false')
  changed = 1
end
if ARGV[3] ~= '' then set('revealed', ARGV[3], 'false') end
if ARGV[4] ~= '' and redis.call('SADD', KEYS[2], ARGV[4]) == 1 then changed = 1 end
if ARGV[5] ~= '' and redis.call('SREM', KEYS[2], ARGV[5]) == 1 then changed = 1 end
if ARGV[8] ~= '' then set('entryClosed', ARGV[8], 'false') end
if ARGV[9] == 'null' then set('expectedSize', '', '') elseif ARGV[9] ~= '' then set('expectedSize', ARGV[9], '') end
return changed + 1
