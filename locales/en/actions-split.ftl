# A /link code typed on two accounts at the same moment: the other one linked first.
link-code-used = That code was just used on another account. Run /link on your other account for a new one.
