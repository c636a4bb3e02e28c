# Sourced by the test scripts that print "ok - ..." / "not ok - ..." lines and end with
# "N passed, M failed": the two counters, check(), and add_counts() for a sub-check's log.

passed=0
failed=0

# check STATUS WHAT: STATUS 0 is a pass.
check() {
	local ok=$1 what=$2
	if [ "$ok" = 0 ]; then
		passed=$((passed + 1))
		echo "ok - $what"
	else
		failed=$((failed + 1))
		echo "not ok - $what"
	fi
}

# add_counts LOG: shows LOG but its last line, and adds that line's "N passed, M failed"
# (a missing result line is one failure).
add_counts() {
	local line
	sed '$d' "$1"
	line=$(tail -n 1 "$1")
	if [[ $line =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
		passed=$((passed + BASH_REMATCH[1]))
		failed=$((failed + BASH_REMATCH[2]))
	else
		echo "$line"
		failed=$((failed + 1))
	fi
}
