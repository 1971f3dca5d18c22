#!/usr/bin/python3
"""Writes yamllint's documented rule examples as fixture files, and the rule options each example is documented
with as configuration files, under tests/IacTest.Lint.Tests/Fixtures/yamllint/.

Reads the rule modules of the installed yamllint (the Debian package, 1.29.0); rerun after upgrading it.
"""
import os
import re
import sys

sys.path.insert(0, '/usr/lib/python3/dist-packages')
import yamllint.rules  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
FIXTURES = os.path.join(ROOT, 'tests', 'IacTest.Lint.Tests', 'Fixtures', 'yamllint')
CASES = os.path.join(FIXTURES, 'cases', 'doc')
CONFIGS = os.path.join(FIXTURES, 'configs')

WITH = re.compile(r'^#\. With ``(?P<rule>[\w-]+): (?P<options>\{.*\})``', re.M)
EXAMPLE = re.compile(r'would \*\*(?P<verdict>PASS|FAIL)\*\*:\s*\n\s*::\s*\n\n(?P<body>(?:(?: {4,}.*)?\n)+)')


def dedent(block):
    lines = block.split('\n')
    content = [ln for ln in lines if ln.strip()]
    margin = min(len(ln) - len(ln.lstrip(' ')) for ln in content)
    text = '\n'.join(ln[margin:] for ln in lines).rstrip('\n') + '\n'
    # One example quotes bytes that are C1 control characters, which YAML readers reject outright.
    return re.sub('[\x80-\x9f]', '?', text)


def main():
    os.makedirs(CASES, exist_ok=True)
    os.makedirs(CONFIGS, exist_ok=True)
    for name in sorted(os.listdir(CASES)):
        os.remove(os.path.join(CASES, name))
    for name in sorted(os.listdir(CONFIGS)):
        if name.startswith('doc-'):
            os.remove(os.path.join(CONFIGS, name))

    for rule_id in sorted(yamllint.rules._RULES):
        doc = yamllint.rules.get(rule_id).__doc__ or ''
        sections = WITH.split(doc)
        # split() gives: prose, rule, options, body, rule, options, body, ...
        for index in range(1, len(sections), 3):
            rule, options, body = sections[index], sections[index + 1], sections[index + 2]
            number = index // 3 + 1
            config = os.path.join(CONFIGS, 'doc-%s-%02d.yaml' % (rule_id, number))
            with open(config, 'w') as f:
                f.write('extends: default\nrules:\n  %s: %s\n' % (rule, options))
            for example_number, match in enumerate(EXAMPLE.finditer(body), start=1):
                path = os.path.join(CASES, '%s-%02d-%02d-%s.yaml' % (
                    rule_id, number, example_number, match.group('verdict').lower()))
                with open(path, 'w') as f:
                    f.write(dedent(match.group('body')))


if __name__ == '__main__':
    main()
