#!/usr/bin/python3
"""Builds the benchmark corpus deterministically: every yamllint conformance fixture, copied into numbered
project-like folders with small per-copy changes (a header comment, a renamed key), until there are at least
--count files. Same input, same corpus, byte for byte."""
import argparse
import os
import re
import shutil

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), '..', '..'))
CASES = os.path.join(ROOT, 'tests', 'IacTest.Lint.Tests', 'Fixtures', 'yamllint', 'cases')
# yamllint's own test for a file-wide disable on the first line (str \s: Python's whitespace, \x1c-\x1f included).
# A header comment above it would switch the disable off, and yamllint then stops the whole run on a file that
# holds a character PyYAML's reader refuses.
DISABLE_FILE = re.compile(r'^#\s*yamllint disable-file\s*$')


def keeps_first_line(body):
    """Whether a copy must start as the source does: a directive, a byte order mark, a file-wide disable."""
    first = body.split(b'\n', 1)[0].decode('utf-8', errors='replace')
    return body.startswith((b'%', b'\xef\xbb\xbf')) or DISABLE_FILE.match(first) is not None


def write_copies(sources, out, count):
    """Writes copies of (relative path, bytes) sources into out/project-NNN/ until there are count files, each
    copy a little different (a header comment on odd copies, a renamed key on every third); returns (files, lines)."""
    if os.path.isdir(out):
        shutil.rmtree(out)
    written = lines = copy = 0
    while written < count:
        for relative, content in sources:
            if written >= count:
                break
            target = os.path.join(out, 'project-%03d' % copy, relative)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            body = content
            if copy % 2 == 1 and not keeps_first_line(body):
                body = b'# copy %d of %s\n' % (copy, relative.encode()) + body
            if copy % 3 == 2:
                body = body.replace(b'name:', b'title:')
            with open(target, 'wb') as f:
                f.write(body)
            written += 1
            lines += body.count(b'\n')
        copy += 1
    return written, lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--out', default=os.path.join(ROOT, 'bench', 'out', 'yamllint-corpus'))
    parser.add_argument('--count', type=int, default=1200)
    args = parser.parse_args()

    sources = []
    for folder, _, names in sorted(os.walk(CASES)):
        for name in sorted(names):
            if name.endswith(('.yaml', '.yml')):
                with open(os.path.join(folder, name), 'rb') as f:
                    sources.append((os.path.relpath(os.path.join(folder, name), CASES), f.read()))

    written, _ = write_copies(sources, args.out, args.count)
    print('%d files in %s' % (written, args.out))


if __name__ == '__main__':
    main()
