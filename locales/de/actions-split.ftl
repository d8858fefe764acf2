# Ein /link-Code, gleichzeitig auf zwei Konten eingegeben: das andere war zuerst.
link-code-used = Dieser Code wurde gerade auf einem anderen Konto verwendet. Führe /link auf deinem anderen Konto aus, um einen neuen zu bekommen.
