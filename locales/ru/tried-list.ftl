# A confirmation's button pressed a second time (a double click, or after its Cancel).
error-button-used = Уже сделано: на этот вопрос уже ответили, его кнопки срабатывают только один раз.

## /session-edit to a place far away: the same question as /session-create asks.
session-edit-far-community = **{ $place }** — примерно в { NUMBER($km) } км от **{ $from }**, где встречается это сообщество. Всё равно перенести сессию туда?
session-edit-far-members = **{ $place }** далеко от мест, где тренируются участники этого сообщества. Всё равно перенести сессию туда?
session-edit-far-home = **{ $place }** — примерно в { NUMBER($km) } км от твоего района ({ $from }), дальше, чем { NUMBER($radius) } км, которые ты готов проехать. Всё равно перенести сессию туда?
session-edit-far-move = Перенести туда
session-edit-far-cancelled = Ничего не изменено: сессия осталась прежней, никому ничего не сообщили.

## The hidden answer of the question above: the menu words of its options.
cmd-session-edit-far = Переносит тренировку в далёкое место, когда организатор подтвердил
cmd-session-edit-far-go = Перенести туда (да) или оставить (нет)
cmd-session-edit-far-session = Id тренировки
cmd-session-edit-far-confirm = Кнопка «Перенести», которую отмена отзывает
cmd-session-edit-far-when = Новое начало, по вашему времени: "сб 10 утра"
cmd-session-edit-far-place = Новое место встречи
cmd-session-edit-far-capacity = Новое число мест, от 1 до 50
cmd-session-edit-far-duration = Новая длительность: "45 min", "1h30"
cmd-session-edit-far-title = Новое название
cmd-session-edit-far-notes = Новые заметки для участников (до 500 символов)
cmd-session-edit-far-levels = Новый диапазон уровней: Все уровни, Новичок, От среднего до продвинутого…
cmd-session-edit-far-weekly = Повторять каждую неделю
