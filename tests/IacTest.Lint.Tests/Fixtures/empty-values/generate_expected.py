#!/usr/bin/python3
"""Runs the real yamllint (`yamllint -f parsable`, the Debian package 1.29.0) on every case of this folder with
every configuration and writes its findings to expected/<config>.txt, one per line, sorted:
`cases/file.yaml:line:column: [level] message (rule)`. EmptyValuesConformanceTests compares IacTest's findings with
these files, so the tests never need Python.

    python3 tests/IacTest.Lint.Tests/Fixtures/empty-values/generate_expected.py
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
YAMLLINT = os.environ.get('YAMLLINT', '/usr/bin/yamllint')


def main():
    version = subprocess.run([YAMLLINT, '--version'], capture_output=True, text=True, check=True).stdout.strip()
    if version != 'yamllint 1.29.0':
        sys.exit('expected yamllint 1.29.0, found %s' % version)
    os.makedirs(os.path.join(HERE, 'expected'), exist_ok=True)
    cases = sorted(os.path.join('cases', n) for n in os.listdir(os.path.join(HERE, 'cases')) if n.endswith('.yaml'))
    for config in sorted(n for n in os.listdir(os.path.join(HERE, 'configs')) if n.endswith('.yaml')):
        run = subprocess.run([YAMLLINT, '-f', 'parsable', '-c', os.path.join('configs', config)] + cases,
                             cwd=HERE, capture_output=True, text=True, env=dict(os.environ, LC_ALL='C.UTF-8'))
        if run.returncode not in (0, 1) or run.stderr:
            sys.exit('yamllint failed with %s (exit %d): %s' % (config, run.returncode, run.stderr))
        lines = sorted(line for line in run.stdout.splitlines() if line)
        with open(os.path.join(HERE, 'expected', config[:-len('.yaml')] + '.txt'), 'w', newline='\n') as f:
            f.write(''.join(line + '\n' for line in lines))
        print('%-20s %3d findings' % (config, len(lines)))


if __name__ == '__main__':
    main()
