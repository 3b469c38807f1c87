# Helpers sourced by the .ci scripts (tests/test_ci_scripts.py runs each of them).

# True when running in CI: CI is set to anything but "", "0" or "false" (CI=true, CI=1, ...).
in_ci() {
    [[ -n "${CI:-}" && "${CI,,}" != "false" && "${CI}" != "0" ]]
}

# A prerequisite of a check is missing. In CI the check must run, so this fails the run;
# on a developer's machine it prints one SKIPPED line and ends the script successfully.
ci_unavailable() {
    if in_ci; then
        echo "FAILED: $1 (CI=$CI: this check must run in CI)" >&2
        exit 1
    fi
    echo "SKIPPED: $1 (set CI=true to make this an error)"
    exit 0
}

# pip_install PYTHON ARGS...: `PYTHON -m pip install -q ARGS...`, its output shown without the
# one harmless warning pip repeats for every missing --find-links location, its exit status kept:
# a failed install stops the script (under set -e) with pip's own message above ours.
pip_install() {
    local python=$1 log status=0
    shift
    log=$(mktemp)
    "$python" -m pip install -q "$@" >"$log" 2>&1 || status=$?
    # grep exits 1 when it selected no line (nothing to show): only 2 (a real error) counts.
    grep -v "is ignored: it is neither" "$log" >&2 || (($? == 1))
    rm -f "$log"
    if ((status != 0)); then
        echo "FAILED: pip install $* (exit $status)" >&2
        return "$status"
    fi
}

# A PostgreSQL role and database of the same name, unique to this run, for a check to use and
# drop afterwards: nothing that already exists on the server is touched. Prints the name.
scratch_db_name() {
    printf 'voiceclone_ci_%s_%s\n' "$$" "$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
}

# scratch_db_create NAME PASSWORD: make role NAME (login, PASSWORD) owning database NAME.
# Fails if either exists already: a scratch name is never reused.
scratch_db_create() {
    PGOPTIONS="--client-min-messages=warning" psql -q -h 127.0.0.1 -U postgres \
        -v ON_ERROR_STOP=1 -v name="$1" -v password="$2" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
SQL
}

# scratch_db_drop NAME: drop the database and role NAME that scratch_db_create made, and only
# those (the name must be a scratch name, so a typo cannot reach anyone else's database).
scratch_db_drop() {
    [[ "$1" =~ ^voiceclone_ci_[0-9]+_[0-9a-f]{12}$ ]] || {
        echo "refusing to drop '$1': not a scratch database name" >&2
        return 1
    }
    PGOPTIONS="--client-min-messages=warning" psql -q -h 127.0.0.1 -U postgres \
        -v ON_ERROR_STOP=1 -v name="$1" <<'SQL'
DROP DATABASE IF EXISTS :"name" WITH (FORCE);
DROP ROLE IF EXISTS :"name";
SQL
}
