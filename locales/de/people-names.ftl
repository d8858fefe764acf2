# Personen beim Namen und Nummern, die die Liste meinen, aus der sie stammen (/msg Anna, /join 2 nach /sessions).

people-not-found = Unter den Leuten, mit denen du zu tun hattest, kenne ich niemanden namens „{ $text }“. Versuch den Anfang des Namens oder die Nummer aus /buddies oder /match.
people-several = Auf „{ $text }“ passen { $count } Personen. Wen meinst du?
people-several-placeholder = Person auswählen
people-buddy-list-help = Nutze eine Nummer oder einen Namen in Befehlen: /msg { $example } bis um 7, /disconnect { $example }, /block { $example }, /unblock { $example }.

refs-unshown-matches = In deiner letzten Match-Liste gibt es keine Nummer { $number }. Führe { $command } aus, um die Nummern deiner Matches zu sehen.
refs-unshown-buddies = In deiner letzten Partnerliste gibt es keine Nummer { $number }. Führe { $command } aus, um die Nummern deiner Trainingspartner zu sehen.
refs-unshown-sessions = In deiner letzten Liste von Sessions in der Nähe gibt es keine Nummer { $number }. Führe { $command } aus, um ihre Nummern zu sehen.
refs-unshown-my-sessions = In deiner letzten Liste deiner eigenen Sessions gibt es keine Nummer { $number }. Führe { $command } aus, um ihre Nummern zu sehen.
refs-unshown-requests = In deiner letzten Liste von Teilnahmeanfragen gibt es keine Nummer { $number }. Führe { $command } aus, um die Nummern der offenen Anfragen zu sehen.
refs-unshown-places = In der letzten Liste von Treffpunkten gibt es keine Nummer { $number }. Führe { $command } aus, um ihre Nummern zu sehen.
refs-unshown-reports = In deiner letzten Liste von Meldungen gibt es keine Nummer { $number }. Führe { $command } aus, um die Nummern der offenen Meldungen zu sehen.
