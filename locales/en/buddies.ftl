# Buddy requests, answers and relayed messages.

buddy-request-title = New buddy request
buddy-request-text = { $person } would like to train with you.
buddy-accepted-title = Buddy request accepted
buddy-accepted-text = **{ $name }** accepted your buddy request. Say hi and plan a workout!
buddy-declined-text = **{ $name }** declined your buddy request. No worries — try /match for more people nearby.
buddy-message-title = Message from { $name }
