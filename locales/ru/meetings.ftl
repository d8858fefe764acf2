# «Вы тренировались вместе?» и серии с партнёрами.

meeting-question-title = { $count ->
        [one] Вы тренировались вдвоём?
       *[other] Вы тренировались втроём?
    }
meeting-question-connection = Вы с { $names } стали партнёрами неделю назад. Уже потренировались вместе?
meeting-question-round = Раунд подбора пар с { $names } закончился. Вы тренировались вместе?
meeting-question-last = Как и обещал, спрашиваю ещё раз — в последний раз.
meeting-someone = Кто-то
meeting-button-yes = Да
meeting-button-not-yet = Пока нет
meeting-button-no = Не сложилось
meeting-answered-yes = Отлично, спасибо! Совместные тренировки помогают не сдаваться.
meeting-answered-yes-together = { $count ->
        [one] Вы оба ответили «да»: ваша серия с { $names } началась. Поддерживайте её каждую неделю; она видна в /buddies и /stats.
       *[other] Вы все ответили «да»: ваши серии с { $names } начались. Поддерживайте их каждую неделю; они видны в /buddies и /stats.
    }
meeting-answered-not-yet-again = Ничего страшного. Спрошу ещё раз через { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[many] { $days } дней
    }.
meeting-answered-not-yet-last = Ничего страшного, больше не спрошу. Напишите партнёру через /buddies, когда будете готовы.
meeting-answered-no-ended = Спасибо, что сказали. Вы с { $names } больше не партнёры. Им ничего не сообщается. Попробуйте /match, чтобы найти кого-то нового.
meeting-answered-no = Спасибо, что сказали. Попробуйте /match, чтобы найти кого-то нового.
meeting-error-not-asked = Здесь нет вопроса, на который вам нужно ответить.
meeting-error-answered = Вы уже ответили на этот вопрос.
meeting-streaks-title = Серии с партнёрами
meeting-streak-plain = { $current ->
        [0] сейчас серии нет (рекорд: { $best })
        [one] { $current } неделя подряд (рекорд: { $best })
        [few] { $current } недели подряд (рекорд: { $best })
       *[many] { $current } недель подряд (рекорд: { $best })
    }
meeting-streak = { $current ->
        [0] { meeting-streak-plain }
       *[other] 🔥 { meeting-streak-plain }
    }
meeting-streak-line = **{ $name }**: { meeting-streak }
meeting-streak-named = { $name }: { meeting-streak-plain }
