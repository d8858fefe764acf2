# People by name and numbers that mean the list they came from (/msg Anna, /join 2 after /sessions).

people-not-found = I don't know anyone called “{ $text }” among the people you've dealt with. Try the start of their name, or their number from /buddies or /match.
people-several = { $count } people fit “{ $text }”. Which one do you mean?
people-several-placeholder = Choose the person
people-buddy-list-help = Use a number or a name in commands: /msg { $example } see you at 7, /disconnect { $example }, /block { $example }, /unblock { $example }.

refs-unshown-matches = Your last match list has no number { $number }. Run { $command } to see your matches' numbers.
refs-unshown-buddies = Your last buddy list has no number { $number }. Run { $command } to see your buddies' numbers.
refs-unshown-sessions = Your last list of sessions nearby has no number { $number }. Run { $command } to see their numbers.
refs-unshown-my-sessions = Your last list of your own sessions has no number { $number }. Run { $command } to see their numbers.
refs-unshown-requests = Your last list of join requests has no number { $number }. Run { $command } to see the numbers of the requests waiting for you.
refs-unshown-places = The last list of meeting places you saw has no number { $number }. Run { $command } to see their numbers.
refs-unshown-reports = Your last list of reports has no number { $number }. Run { $command } to see the open reports' numbers.
