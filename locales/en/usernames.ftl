# A person in the choose-one list, found by their platform handle: the handle names which account fit.
people-several-handle = { $name } (@{ $handle } on { $platform ->
        [telegram] Telegram
        [discord] Discord
       *[other] { $platform }
    })
