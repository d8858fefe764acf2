# /community-stats: die wöchentliche Treffquote (src/core/health.ts judgedPairs, src/core/progress.ts).
stats-met-percent = Treffquote, %
stats-weeks-met = Treffquote (neue Paare, die innerhalb von { $days } Tagen zusammen trainiert haben, nach der Woche, in der diese Tage endeten): { $met } ({ $overall })
stats-community-alt-met = Treffquote (neue Paare, die innerhalb von { $days } Tagen zusammen trainiert haben, nach der Woche, in der diese Tage endeten): { $met }.
