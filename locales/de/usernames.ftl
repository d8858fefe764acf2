# Eine Person in der Auswahlliste, gefunden über ihren Benutzernamen auf der Plattform.
people-several-handle = { $name } (@{ $handle } auf { $platform ->
        [telegram] Telegram
        [discord] Discord
       *[other] { $platform }
    })
