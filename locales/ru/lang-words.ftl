# The level ranges a session suits: menu choices, guided-flow buttons and what people type.
level-range-all = Все уровни
level-range-beginner = Новичок
level-range-intermediate = Средний уровень
level-range-advanced = Продвинутый
level-range-beginner-intermediate = От новичка до среднего
level-range-intermediate-advanced = От среднего до продвинутого
