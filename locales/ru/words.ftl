# Слова, общие для многих сообщений: кнопки, виды активности, уровни.

button-accept = Принять
button-decline = Отклонить
button-message = Написать
button-reply = Ответить
button-reply-form = Ваш ответ
button-report = Пожаловаться
button-block = Заблокировать
button-cancel = Отмена

activity-running = Бег
activity-cycling = Велосипед
activity-gym = Тренажёрный зал / силовые
activity-yoga = Йога
activity-swimming = Плавание
activity-hiking = Пешие походы
activity-climbing = Скалолазание
activity-hiit = HIIT
activity-walking = Ходьба
activity-tennis = Теннис
activity-football = Футбол
activity-basketball = Баскетбол
activity-martial-arts = Единоборства
activity-dance = Танцы
activity-rowing = Гребля
activity-skating = Катание на коньках и роликах

level-beginner = новичок
level-intermediate = средний уровень
level-advanced = продвинутый
