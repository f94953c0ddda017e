#!/bin/sh
# The stand-in's copy of the entrypoint of the official node images: run the command with `exec`, so it
# becomes PID 1 and receives `docker stop`'s SIGTERM; prefix `node` when the first argument is an option
# or a script rather than a command.
set -e
if [ "${1#-}" != "${1}" ] || [ -z "$(command -v "${1}")" ] || { [ -f "${1}" ] && ! [ -x "${1}" ]; }; then
  set -- node "$@"
fi
exec "$@"
