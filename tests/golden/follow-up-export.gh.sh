#!/bin/sh
# GitHub issues for the action items of a kickoff meeting, written by kickoff-tui.
#
# Review it first: each line below is one `gh issue create` with its title, body and,
# for someone with a `github:` login in the agenda, an assignee. Delete the lines you do not
# want, edit what you like; every value is a single-quoted word, so nothing in a captured text
# runs as a command.
#
# Run it inside a clone of the repository the issues belong to (or add --repo OWNER/NAME to
# each line), signed in with `gh auth login`:
#     sh THIS-FILE
#
# --assignee takes GitHub logins, not names, so it is left out for people whose agenda entry
# has no `github:` field (see docs/agenda-format.md); assign those in GitHub.
# It stops at the first line that fails: delete the lines already done before running it again.
set -e
gh issue create --title 'Draft the <img src=x onerror=alert(1)> plan' --body 'Draft the <img src=x onerror=alert(1)> plan

Owner: Ana Ruiz; due 2026-12-02.
From the meeting Northwind weekly <script>alert(1)</script> (2026-11-25), item 2: Scope.'
