# Una persona en la lista para elegir, encontrada por su nombre de usuario en la plataforma.
people-several-handle = { $name } (@{ $handle } en { $platform ->
        [telegram] Telegram
        [discord] Discord
       *[other] { $platform }
    })
