# Человек в списке выбора, найденный по имени пользователя на платформе.
people-several-handle = { $name } (@{ $handle } в { $platform ->
        [telegram] Telegram
        [discord] Discord
       *[other] { $platform }
    })
