## Пошаговые диалоги: каждый ответ сохраняется сразу, варианты предлагаются, далёкие места подтверждаются (issue #12, пункты 5 и 6).

guided-other = Другое место
guided-choose = Выбери вариант
guided-keeps = Если пропустить: { $value }
guided-keeps-seats = { $count ->
    [one] { $count } место
    [few] { $count } места
   *[other] { $count } мест
}
guided-keeps-levels = все уровни
guided-keeps-minutes = { $minutes } мин
guided-keeps-one-off = один раз
guided-place-other-ask = Какое место? Напиши название или адрес, «широта, долгота» или ссылку на карту — или отправь геопозицию.
guided-setup-welcome-back = С возвращением! Готово { $done } из { $total }. Вот что ещё осталось.
guided-setup-complete = Твой профиль заполнен. Что хочешь изменить?
guided-setup-change-activities = Занятия
guided-setup-change-level = Уровень
guided-setup-change-place = Район
guided-setup-change-radius = Радиус
guided-setup-change-availability = Время
guided-setup-change-bio = О себе
guided-setup-place-ambiguous = Есть несколько мест под названием «{ $place }». Какое из них твоё?
guided-far-community = **{ $place }** — примерно в { NUMBER($km) } км от **{ $from }**, где встречается это сообщество. Всё равно создать там?
guided-far-members = **{ $place }** далеко от мест, где тренируются участники этого сообщества. Всё равно создать там?
guided-far-home = **{ $place }** — примерно в { NUMBER($km) } км от твоего района ({ $from }), дальше, чем { NUMBER($radius) } км, которые ты готов проехать. Всё равно создать там?
guided-far-create = Создать там
guided-far-cancelled = Не создано: ничего не сохранено.
flow-label-the-answer = Ответ
cmd-session-create-far = Создаёт тренировку в далёком месте, когда организатор подтвердил
cmd-session-create-far-go = Создать там (да) или не создавать (нет)
cmd-session-create-far-confirm = Кнопка «Создать», которую отмена отзывает
cmd-session-create-far-activity = Чем займётесь, например бег, йога, скалолазание
cmd-session-create-far-when = Когда начало, по вашему времени: "завтра в 7 утра", "сб 9:30"
cmd-session-create-far-place = Где встречаемся: место встречи сообщества или любой район
cmd-session-create-far-capacity = Мест для других, от 1 до 50 (по умолчанию 4)
cmd-session-create-far-levels = Для кого: Все уровни, Новичок, От среднего до продвинутого… (по умолчанию: Все уровни)
cmd-session-create-far-duration = Длительность: "45 min", "1h30" (по умолчанию 1 ч)
cmd-session-create-far-title = Короткое название (по умолчанию — вид активности)
cmd-session-create-far-notes = Заметки: темп, что взять с собой (до 500 символов)
cmd-session-create-far-weekly = Повторять каждую неделю в то же время
