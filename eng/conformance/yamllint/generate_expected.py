#!/usr/bin/python3
"""Runs the real yamllint (`yamllint -f parsable`, the Debian package 1.29.0) on every conformance fixture with
every configuration and writes what it finds to tests/IacTest.Lint.Tests/Fixtures/yamllint/expected/<config>.txt,
one finding per line, sorted: `path:line:column: [level] message (rule)`.

The conformance test compares IacTest's findings with these files, so the tests never need Python.
"""
import os
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
FIXTURES = os.path.join(ROOT, 'tests', 'IacTest.Lint.Tests', 'Fixtures', 'yamllint')
YAMLLINT = os.environ.get('YAMLLINT', '/usr/bin/yamllint')


def main():
    version = subprocess.run([YAMLLINT, '--version'], capture_output=True, text=True, check=True).stdout.strip()
    if version != 'yamllint 1.29.0':
        print('warning: expected yamllint 1.29.0, found %s' % version, file=sys.stderr)

    expected = os.path.join(FIXTURES, 'expected')
    os.makedirs(expected, exist_ok=True)
    configs = sorted(n for n in os.listdir(os.path.join(FIXTURES, 'configs')) if n.endswith('.yaml'))
    for config in configs:
        run = subprocess.run([YAMLLINT, '-f', 'parsable', '-c', os.path.join('configs', config), 'cases'],
                             cwd=FIXTURES, capture_output=True, text=True,
                             env=dict(os.environ, LC_ALL='C.UTF-8'))
        if run.returncode not in (0, 1) or run.stderr:
            sys.exit('yamllint failed with %s (exit %d): %s' % (config, run.returncode, run.stderr))
        lines = sorted(line for line in run.stdout.splitlines() if line)
        with open(os.path.join(expected, config[:-len('.yaml')] + '.txt'), 'w', newline='\n') as f:
            f.write(''.join(line + '\n' for line in lines))
        print('%-40s %5d findings' % (config, len(lines)))


if __name__ == '__main__':
    main()
