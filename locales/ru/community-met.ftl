# /community-stats: доля встретившихся пар по неделям (src/core/health.ts judgedPairs, src/core/progress.ts).
stats-met-percent = Встретились, %
stats-weeks-met = Встретились (новые пары, потренировавшиеся вместе за { $days } дн., по неделе, когда эти дни истекли): { $met } ({ $overall })
stats-community-alt-met = Встретились (новые пары, потренировавшиеся вместе за { $days } дн., по неделе, когда эти дни истекли): { $met }.
