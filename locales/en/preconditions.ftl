# The answers of the preconditions a command declares, said before it runs.

error-private-only = /{ $command } works in a private chat with me, where nobody else reads along: open one and run it there.
error-host-only = Only the host of **{ $title }** can use /{ $command } for it.
help-section-rounds = Pairing rounds
