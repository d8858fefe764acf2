# /stats и /community-stats: ответы, картинки и их альтернативный текст.

stats-calendar-title = Календарь тренировок: { $name }
stats-date-range = { $first } – { $last } · { $zone }
stats-row-monday = Пн
stats-row-wednesday = Ср
stats-row-friday = Пт
stats-sessions-on-days = { $sessions ->
        [one] { $sessions } занятие
        [few] { $sessions } занятия
       *[many] { $sessions } занятий
    } за { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[many] { $days } дней
    }
stats-no-sessions-yet = Занятий пока нет: присоединитесь к одному через /sessions и отметьтесь после него
stats-less = Меньше
stats-more = Больше
stats-current-streak = текущая серия
stats-best-streak = лучшая серия
stats-tile-show-up = посещаемость ({ $attended } из { $total })
stats-tile-show-up-none = посещаемость: отметок пока нет
stats-show-up-value = { $percent } % ({ $attended } из { $total })
stats-show-up-percent = Посещаемость, %
stats-no-check-ins = отметок пока нет
stats-buddies-line = { $buddies ->
        [one] { $buddies } напарник
        [few] { $buddies } напарника
       *[many] { $buddies } напарников
    }, { $together ->
        [one] { $together } совместное занятие
        [few] { $together } совместных занятия
       *[many] { $together } совместных занятий
    }
stats-tile-buddies = { $buddies ->
        [one] напарник
        [few] напарника
       *[many] напарников
    }, { $together ->
        [one] { $together } совместное занятие
        [few] { $together } совместных занятия
       *[many] { $together } совместных занятий
    }
stats-top-activities = Любимые занятия
stats-top-line = Любимые занятия: { $top }
stats-activity-count = { $label } { $count }
stats-none-yet = пока нет
stats-community-title = { $name }: последние { $weeks ->
        [one] { $weeks } неделя
        [few] { $weeks } недели
       *[many] { $weeks } недель
    }
stats-weeks-from = недели с понедельника { $first } · { $zone }
stats-sessions-held = Проведено занятий
stats-people-active = Активных людей
stats-in-total = всего { $count }
stats-max-in-week = макс. { $count }
stats-overall = { $rate } в целом
stats-this-week = эта неделя
stats-no-answers = –
stats-percent = { $percent } %
stats-calendar-alt = Календарь тренировок: { $name }, { $range }: { $total }. По месяцам: { $byMonth }. Текущая серия { $streak }, лучшая { $best }. Посещаемость { $showUp }. { $buddies }. Любимые занятия: { $top }.
stats-community-alt = { $title }, { $range }, начиная с самой ранней недели. Проведено занятий: { $held }. Активных людей: { $people }. Посещаемость: { $showUp }.

stats-record-title = Тренировки: { $name }
stats-streak-going = { $streak ->
        [one] { $streak } занятие подряд: так держать!
        [few] { $streak } занятия подряд: так держать!
       *[many] { $streak } занятий подряд: так держать!
    }
stats-every-session-counts = Каждое занятие, на которое вы приходите, засчитывается.
stats-start-streak = Присоединитесь к занятию через /sessions и отметьтесь после него, чтобы начать серию.
stats-field-streak = Серия
stats-streak-value = { $streak } (лучшая { $best })
stats-field-show-up = Посещаемость
stats-field-buddies = Напарники
stats-field-hosted = Проведено
stats-field-joined = Посещено
stats-field-coming-up = Предстоит
stats-field-attended = Посещённые занятия, { $range }

stats-this-community = это сообщество
stats-community-title-reply = Статистика: { $name }
stats-field-people = Участники
stats-field-created-this-week = Занятий создано на этой неделе
stats-field-join-requests = Заявки на участие, последние { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[many] { $days } дней
    }
stats-join-requests-value = принято: { $accepted } · отклонено: { $declined } · истекло: { $expired } · ожидает: { $pending } · отозвано: { $withdrawn }
stats-field-acceptance = Доля принятых заявок
stats-acceptance-none = н/д (пока ни одна не решена)
stats-field-open-reports = Открытые жалобы
stats-field-bans = Блокировки
stats-field-places = Места встреч
stats-field-weeks = Последние { $weeks ->
        [one] { $weeks } неделя
        [few] { $weeks } недели
       *[many] { $weeks } недель
    }, с самой ранней ({ $range })
stats-weeks-held = Проведено занятий: { $held } ({ $total })
stats-weeks-people = Активных людей: { $people } ({ $total })
stats-weeks-show-up = Посещаемость: { $showUp } ({ $overall })

# /community-stats: whether people show up and meet (src/core/health.ts).
stats-field-health = Явка (последние { $days } дн.)
stats-health-show-up = Пришли: { $rate } из { $seats } { $seats ->
    [one] занятого места
   *[other] занятых мест
  }
stats-health-no-shows = Не пришли: { $rate } ({ $count })
stats-health-none = Явка: пока нет завершённых тренировок с занятыми местами
stats-health-pairs = Пар, тренировавшихся вместе на этой неделе: { $pairs }
stats-health-met = Новые пары, потренировавшиеся вместе за { $days } дн.: { $rate } ({ $met } из { $pairs })
stats-health-met-none = Новые пары, потренировавшиеся вместе: пока некого оценивать
stats-health-participation = Участники раунда с партнёром: { $rate } ({ $paired } из { $members })
stats-health-participation-none = Участники раунда с партнёром: раундов пока нет
