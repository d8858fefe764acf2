# Die Antworten der Vorbedingungen, die ein Befehl angibt, bevor er läuft.

error-private-only = /{ $command } funktioniert nur in einem privaten Chat mit mir, wo niemand sonst mitliest: Öffne einen und führ den Befehl dort aus.
error-host-only = Nur wer **{ $title }** leitet, kann dafür /{ $command } verwenden.
help-section-rounds = Paarungsrunden
