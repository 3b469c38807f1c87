# Errors and refusals every command can answer with (bot/tree.py).
error-bug = Something went wrong on the bot's side. (ref `{ $ref }`) Please try again.
error-cooldown = Slow down! Try again in { $seconds } s.
error-missing-permissions = You need the { $permissions } permission to do that.
error-server-only = This command only works in a server.
error-not-allowed = You are not allowed to use this command here.
error-bad-value = That value is not valid: { $value }.
