## Еженедельные раунды пар (/rounds)

rounds-error-needs-community = Раунды пар принадлежат сообществу: используйте это на своём сервере или в группе.
rounds-error-zone = Я не знаю часовой пояс «{ $zone }». Укажите название вроде Europe/Moscow или Europe/Berlin.
rounds-error-hour = Час должен быть целым числом от 0 до 23.
rounds-error-setup-needs = При первой настройке укажите день недели и час, например weekday: mon hour: 9.
rounds-error-off = В этом сообществе раунды пар не идут. Модератор может запустить их командой /rounds setup.
rounds-error-profile = Сначала заполните профиль (где, чем занимаетесь и ваш уровень) через /setup, чтобы я мог подобрать пару.
rounds-error-activity = Эти раунды для занятия «{ $activity }»; добавьте его в свои занятия, чтобы участвовать.
rounds-error-already = Вы уже участвуете в раундах пар здесь.
rounds-error-not-member = Вы не участвуете в раундах пар здесь. Присоединяйтесь: /rounds join.
rounds-error-already-skipping = Вы уже пропускаете следующий раунд.

rounds-weekday-1 = по понедельникам
rounds-weekday-2 = по вторникам
rounds-weekday-3 = по средам
rounds-weekday-4 = по четвергам
rounds-weekday-5 = по пятницам
rounds-weekday-6 = по субботам
rounds-weekday-7 = по воскресеньям
rounds-schedule = { $weekday } в { $hour }:00 ({ $zone })
rounds-schedule-activity = { $schedule }, только { $activity }

rounds-setup-on = Раунды пар включены: { $schedule }. Следующий раунд — { $when }; { $members ->
        [one] пока участвует { $members } человек.
        [few] пока участвуют { $members } человека.
        [many] пока участвуют { $members } человек.
       *[other] пока участвуют { $members } человека.
    } Участники присоединяются командой /rounds join.
rounds-setup-off = Раунды пар выключены. Участники и прошлые раунды сохранены; включите их снова через /rounds setup.
rounds-joined = Вы участвуете! Следующий раунд — { $when }: тогда я познакомлю вас с партнёром по тренировкам.
rounds-left = Вы вышли из раундов пар здесь. Вернуться можно в любой момент: /rounds join.
rounds-skipped = Вы пропустите раунд { $skipped }. Снова участвуете с { $back }.

rounds-status-title = Раунды пар в { $community }
rounds-status-none = В { $community } пока нет раундов пар. Модератор может запустить их командой /rounds setup.
rounds-status-on = Включены: { $schedule }
rounds-status-off = Пока выключены.
rounds-status-members = { $count ->
        [one] { $count } участник
        [few] { $count } участника
        [many] { $count } участников
       *[other] { $count } участника
    }
rounds-status-you-in = Вы участвуете.
rounds-status-you-skipping = Вы участвуете, но пропускаете следующий раунд.
rounds-status-you-out = Вы не участвуете: присоединяйтесь командой /rounds join.
rounds-status-next = Следующий раунд: { $when } ({ $relative })
rounds-status-rounds = Последние раунды: в парах · запланировали · встретились
rounds-status-figures = { $date }: { $paired } в { $groups ->
        [one] { $groups } группе
        [few] { $groups } группах
        [many] { $groups } группах
       *[other] { $groups } группы
    } · запланировали { $planned } · встретились { $met }{ $unpaired ->
        [0] {""}
       *[other] {" "}· без пары { $unpaired }
    }

rounds-intro-title = { $trio ->
        [yes] Ваша тройка для тренировок на этой неделе ({ $community })
       *[other] Ваш партнёр по тренировкам на этой неделе ({ $community })
    }
rounds-intro-text = { $trio ->
        [yes] Раунд этой недели объединил вас троих:
       *[other] Раунд этой недели подобрал вам пару:
    }

    { $partners }

    Найдите время потренироваться вместе до { $ends }.
rounds-button-find-time = Найти время с { $name }
rounds-nudge-title = Ещё ничего не запланировано?
rounds-nudge-text = Вы и { $names } ({ $community }) ещё не запланировали тренировку. Раунд заканчивается { $ends }: найдите время сейчас.
