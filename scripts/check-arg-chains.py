#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 SSPI Lens developers
# SPDX-License-Identifier: MIT
"""Fails on chained QString::arg() calls: `.arg(a).arg(b)`.

A chained arg() substitutes into the result of the previous one, so a '%1' inside user data
(a file name such as 'app%1.log', a log line, a path) is replaced by the next argument: reports
silently change or become invalid JSON. Use one multi-argument arg() with strings
(QString::number() for numbers) or plain concatenation instead. clazy's qstring-arg only sees
chains of string arguments; this check sees every chain.

Usage: check-arg-chains.py FILE...   (exit 1 and one line per chain when any is found)
"""
import sys


def strip_comments_and_strings(src):
    """Blanks out comments and string/char literals, keeping offsets and newlines."""
    out = list(src)
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith('//', i):
            j = src.find('\n', i)
            j = n if j < 0 else j
            for k in range(i, j):
                out[k] = ' '
            i = j
        elif src.startswith('/*', i):
            j = src.find('*/', i + 2)
            j = n if j < 0 else j + 2
            for k in range(i, j):
                if out[k] != '\n':
                    out[k] = ' '
            i = j
        elif c in '"\'':
            j = i + 1
            while j < n and src[j] != c:
                j += 2 if src[j] == '\\' else 1
            for k in range(i + 1, min(j, n)):
                if out[k] != '\n':
                    out[k] = ' '
            i = j + 1
        else:
            i += 1
    return ''.join(out)


def chains(path):
    src = strip_comments_and_strings(open(path, encoding='utf-8').read())
    found = []
    pos = src.find('.arg(')
    while pos >= 0:
        depth, j = 0, pos + 4
        while j < len(src):
            if src[j] == '(':
                depth += 1
            elif src[j] == ')':
                depth -= 1
                if depth == 0:
                    break
            j += 1
        k = j + 1
        while k < len(src) and src[k].isspace():
            k += 1
        if src.startswith('.arg(', k):
            found.append(src.count('\n', 0, pos) + 1)
        pos = src.find('.arg(', pos + 5)
    return found


def main():
    bad = 0
    for path in sys.argv[1:]:
        for line in chains(path):
            print(f'{path}:{line}: chained QString::arg(): use one multi-argument arg() or concatenation')
            bad += 1
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
