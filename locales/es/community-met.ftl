# /community-stats: la tasa de encuentro semanal (src/core/health.ts judgedPairs, src/core/progress.ts).
stats-met-percent = Tasa de encuentro, %
stats-weeks-met = Tasa de encuentro (parejas nuevas que entrenaron juntas en { $days } días, según la semana en que terminaron esos días): { $met } ({ $overall })
stats-community-alt-met = Tasa de encuentro (parejas nuevas que entrenaron juntas en { $days } días, según la semana en que terminaron esos días): { $met }.
