# /help und die Begrüßung.

help-welcome-title = Willkommen bei Spotter
help-welcome-text =
    Spotter findet Leute in deiner Nähe, die so trainieren wie du, und Trainings-Sessions, denen du dich anschließen kannst.
    Fang mit deinem Profil an, dann triff Trainingspartner oder such dir eine Session aus. /help listet die Befehle.
help-button-setup = Mein Profil einrichten
help-button-sessions = Sessions in der Nähe
help-no-such-command = Es gibt kein /{ $command }. Probier /help für die Liste.
help-title = Spotter — finde Trainingspartner in deiner Nähe
help-intro = Richte dein Profil mit /setup ein, dann triff mit /match Leute, die so trainieren wie du, oder schließ dich mit /sessions einem Training in der Nähe an. /help <command> erklärt einen Befehl.
help-intro-private =
    Richte dein Profil mit /setup ein, dann triff mit /match Leute, die so trainieren wie du, oder schließ dich mit /sessions einem Training in der Nähe an. /help <command> erklärt einen Befehl.

    Die eigenen Befehle einer Community (ihre Treffpunkte und die Moderation für ihre Moderatoren) siehst du, wenn du in ihr fragst.
help-section-profile = Profil
help-section-buddies = Trainingspartner
help-section-sessions = Sessions
help-section-moderators = Moderation
help-section-more = Mehr
help-options = Optionen (schreib sie als name: wert):
help-options-positional = Optionen (schreib sie als name: wert, oder in dieser Reihenfolge: { $positional }):
help-option-optional = { $option } (optional)
