## Wöchentliche Paarungsrunden (/rounds)

rounds-error-needs-community = Paarungsrunden gehören zu einer Community: Nutze das auf deinem Server oder in deiner Gruppe.
rounds-error-zone = Die Zeitzone „{ $zone }“ kenne ich nicht. Nutze einen Namen wie Europe/Berlin oder America/New_York.
rounds-error-hour = Die Stunde muss eine ganze Zahl von 0 bis 23 sein.
rounds-error-setup-needs = Nenne beim ersten Einrichten Wochentag und Stunde, z. B. weekday: mon hour: 9.
rounds-error-off = In dieser Community laufen keine Paarungsrunden. Moderatoren starten sie mit /rounds setup.
rounds-error-profile = Vervollständige zuerst dein Profil (wo, was und dein Level) mit /setup, damit ich dich gut zuordnen kann.
rounds-error-activity = Diese Runden sind für { $activity }; füge es deinen Aktivitäten hinzu, um mitzumachen.
rounds-error-already = Du bist hier schon bei den Paarungsrunden dabei.
rounds-error-not-member = Du bist hier nicht bei den Paarungsrunden dabei. Mach mit über /rounds join.
rounds-error-already-skipping = Du setzt die nächste Runde schon aus.

rounds-weekday-1 = montags
rounds-weekday-2 = dienstags
rounds-weekday-3 = mittwochs
rounds-weekday-4 = donnerstags
rounds-weekday-5 = freitags
rounds-weekday-6 = samstags
rounds-weekday-7 = sonntags
rounds-schedule = { $weekday } um { $hour }:00 Uhr ({ $zone })
rounds-schedule-activity = { $schedule }, nur { $activity }

rounds-setup-on = Paarungsrunden sind an: { $schedule }. Die nächste Runde ist { $when }; { $members ->
        [one] bisher ist { $members } Mitglied dabei.
       *[other] bisher sind { $members } Mitglieder dabei.
    } Mitglieder machen mit über /rounds join.
rounds-setup-off = Paarungsrunden sind aus. Mitglieder und frühere Runden bleiben erhalten; schalte sie mit /rounds setup wieder ein.
rounds-joined = Du bist dabei! Die nächste Runde ist { $when }: Dann stelle ich dir einen Trainingspartner vor.
rounds-left = Du bist hier aus den Paarungsrunden ausgestiegen. Mach jederzeit wieder mit über /rounds join.
rounds-skipped = Du setzt die Runde am { $skipped } aus. Ab { $back } bist du wieder dabei.

rounds-status-title = Paarungsrunden in { $community }
rounds-status-none = { $community } hat noch keine Paarungsrunden. Moderatoren starten sie mit /rounds setup.
rounds-status-on = An: { $schedule }
rounds-status-off = Vorerst aus.
rounds-status-members = { $count ->
        [one] { $count } Mitglied
       *[other] { $count } Mitglieder
    }
rounds-status-you-in = Du bist dabei.
rounds-status-you-skipping = Du bist dabei und setzt die nächste Runde aus.
rounds-status-you-out = Du bist nicht dabei: Mach mit über /rounds join.
rounds-status-next = Nächste Runde: { $when } ({ $relative })
rounds-status-rounds = Letzte Runden: gepaart · geplant · getroffen
rounds-status-figures = { $date }: { $paired } gepaart in { $groups ->
        [one] { $groups } Gruppe
       *[other] { $groups } Gruppen
    } · { $planned } geplant · { $met } getroffen{ $unpaired ->
        [0] {""}
       *[other] {" "}· { $unpaired } ohne Partner
    }

rounds-intro-title = { $trio ->
        [yes] Dein Trainingstrio diese Woche ({ $community })
       *[other] Dein Trainingspartner diese Woche ({ $community })
    }
rounds-intro-text = { $trio ->
        [yes] Die Runde dieser Woche bringt euch drei zusammen:
       *[other] Die Runde dieser Woche bringt dich zusammen mit:
    }

    { $partners }

    Findet vor { $ends } eine Zeit, um zusammen zu trainieren.
rounds-button-find-time = Zeit finden mit { $name }
rounds-nudge-title = Noch nichts geplant?
rounds-nudge-text = Du und { $names } ({ $community }) habt noch keine Session geplant. Die Runde endet { $ends }: Findet jetzt eine Zeit.
