# Sourced by the load scripts (scripts/*-load.sh): they load-test only a
# server on this machine, and need wrk. Usage: . load-guard.sh "$TARGET"
case "$1" in
  http://127.*|http://localhost*|http://\[::1\]*) ;;
  *) echo "refusing to load-test $1: only servers on this machine (127.0.0.0/8, localhost, [::1])" >&2; exit 2 ;;
esac
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
