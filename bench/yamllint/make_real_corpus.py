#!/usr/bin/python3
"""Builds the real-looking benchmark corpus deterministically: every infrastructure file the repository holds
(the samples' roles and playbooks, the Ansible, Kubernetes, Compose, secrets and goss fixtures, yamllint's
real-world cases) of at least --min-lines lines, copied into numbered project folders with their own folder layout
and small per-copy changes (a header comment, a renamed key), until there are at least --count files.
yamllint's one-line documentation snippets and its configuration files are left out: they are not what a
repository holds. Same input, same corpus, byte for byte."""
import argparse
import os

from make_corpus import write_copies

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), '..', '..'))
SOURCES = [os.path.join(ROOT, 'samples'), os.path.join(ROOT, 'tests')]
LEFT_OUT = ('/bin/', '/obj/', '/yamllint/cases/doc/', '/yamllint/cases/edge/', '/yamllint/configs/', '/expected/')


def sources(min_lines):
    found = []
    for base in SOURCES:
        for folder, dirs, names in os.walk(base):
            dirs.sort()
            for name in sorted(names):
                path = os.path.join(folder, name)
                if not name.endswith(('.yaml', '.yml')) or any(part in path + '/' for part in LEFT_OUT):
                    continue
                with open(path, 'rb') as f:
                    content = f.read()
                if content.count(b'\n') >= min_lines:
                    found.append((os.path.relpath(path, ROOT), content))
    return sorted(found)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--out', default=os.path.join(ROOT, 'bench', 'out', 'yamllint-real-corpus'))
    parser.add_argument('--count', type=int, default=1200)
    parser.add_argument('--min-lines', type=int, default=8)
    args = parser.parse_args()

    pool = sources(args.min_lines)
    written, lines = write_copies(pool, args.out, args.count)
    print('%d files, %d lines (%d sources) in %s' % (written, lines, len(pool), args.out))


if __name__ == '__main__':
    main()
