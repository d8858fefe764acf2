# Что говорят сами адаптеры платформ: Discord, Telegram и терминал вокруг ответов команд
# (формы, извинения, клавиатуры, приветствия, справка терминала).

## Discord

discord-apology = Извините, при ответе у нас что-то пошло не так. Попробуйте ещё раз через минуту.
discord-nothing-more = Здесь больше ничего не нужно делать.
discord-command-gone = Эта команда больше недоступна. Попробуйте /help.
discord-form-expired = Срок действия формы истёк. Запустите команду ещё раз.
discord-not-handled = Spotter с этим не работает.
discord-answer-button = Ответить
discord-answer-title = Ваш ответ

## Telegram

telegram-unreadable = Я читаю команды, текстовые ответы и отправленные геопозиции. Отправьте /help, чтобы узнать, что я умею.
telegram-choices-expired = Срок действия этих вариантов истёк. Запустите команду ещё раз, чтобы получить новые.
telegram-group-hello = 👋 Здравствуйте, { $group }! Я <b>Spotter</b>: нахожу напарников по тренировкам и тренировки рядом с вами.
telegram-group-steps = Откройте личный чат со мной и отправьте /setup, чтобы создать профиль, затем /match, чтобы познакомиться с теми, кто тренируется как вы. Тренировки этой группы анонсируются здесь.
telegram-group-moderators = Администраторы группы здесь — модераторы Spotter. /help покажет всё.
telegram-open-spotter = Открыть Spotter
telegram-start-first = { $name }, на это я отвечаю в личном чате, а там мы ещё не общались. Нажмите кнопку, затем <b>Запустить</b>, и выполните команду ещё раз.
telegram-got-it = Принято.
telegram-share-location = 📍 Отправить мою геопозицию
telegram-share-location-placeholder = Или введите город или район
telegram-share-location-below = Или нажмите <b>{ $button }</b> ниже.
telegram-more-fields = … и ещё { $count }

## Terminal

console-help-title = Spotter в терминале: вы действуете от имени местных людей, офлайн.
console-help-command-syntax = /команда аргументы
console-help-command = выполнить команду (/help покажет список), например /set-location Москва
console-help-press = нажать пронумерованную кнопку или вариант (последние показанные работают, пока не истекут)
console-help-any-text = любой другой текст
console-help-answer = отвечает на текущий вопрос
console-help-as = стать NAME (создаётся при первом использовании); :who — список людей
console-help-in = действовать в сообществе (:in - чтобы выйти); :mod включает и выключает права модератора
console-help-in-more = (у каждого человека свои; новый человек начинает в личном чате)
console-help-quit = выход
console-memory-only = ⚠ Данные хранятся только в памяти и будут ПОТЕРЯНЫ, когда Spotter остановится ({ $reason }).
console-memory-only-fix = Чтобы их сохранить, укажите в MONGODB_URI сервер MongoDB или установите mongod и перезапустите.
console-notification-for = 📨 для { $name }:
console-announcement-in = 📣 в { $community }:
console-announcement-updated = 📣 (обновлено) { $text }
console-picture-saved = (изображение сохранено как { $path }, { $width }×{ $height })
console-moderator-on = Права модератора для { $name } включены.
console-moderator-off = Права модератора для { $name } выключены.
console-now-in-community = Теперь вы { $name } в сообществе "{ $community }".
console-now-in-community-new = Теперь вы { $name }, новичок здесь, в сообществе "{ $community }".
console-now-moderating = Теперь вы { $name } в сообществе "{ $community }" с правами модератора.
console-now-moderating-new = Теперь вы { $name }, новичок здесь, в сообществе "{ $community }" с правами модератора.
console-now-private = Теперь вы { $name } в личном чате.
console-now-private-new = Теперь вы { $name }, новичок здесь, в личном чате.
console-waiting = 📨 { $count ->
    [one] { $count } уведомление
    [few] { $count } уведомления
    [many] { $count } уведомлений
   *[other] { $count } уведомления
  }, пока вас не было:
console-acts-in = { $name } теперь действует в сообществе "{ $community }".
console-private-chat = { $name } теперь в личном чате.
console-unknown = Неизвестная команда { $command }.
console-no-button = { $count ->
    [1] Кнопки { $number } на экране нет: в последнем показанном сообщении только одна кнопка, номер 1.
   *[other] Кнопки { $number } на экране нет: последние показанные кнопки пронумерованы от 1 до { $count }.
}
console-ignored = (Введите /команду — /help покажет список — или :help для терминала.)
console-file = (файл { $name }, { $bytes } байт — сохранён как ./{ $name })
console-type-place = (введите место, "lat, lng" или ссылку на карту)
console-waiting-count = ждут: { $count }
