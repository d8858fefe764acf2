# /community-stats: the weekly met rate (src/core/health.ts judgedPairs, src/core/progress.ts).
# A new pair is judged in the week that its 14 days after pairing or connecting ended.
stats-met-percent = Met rate, %
stats-weeks-met = Met rate (new pairs who trained together within { $days } days, by the week those days ended): { $met } ({ $overall })
stats-community-alt-met = Met rate (new pairs who trained together within { $days } days, by the week those days ended): { $met }.
