#!/usr/bin/python3
"""Generates broken (and nearly broken) YAML by class, asks the real yamllint 1.29.0 (Debian package, the PyYAML it
runs on) where its syntax error is, and writes one JSON object per case to
tests/IacTest.Lint.Tests/Yaml/SyntaxCases/syntax-cases.jsonl:

    {"name": "tabs-003-map", "class": "tabs", "text": "...", "line": 4, "column": 1, "message": "..."}

line/column are yamllint's `syntax error` position (1-based); both are 0 when yamllint finds the text valid.
PyYAML's reader rejects non-printable characters before parsing and yamllint 1.29.0 then stops with a traceback
(a ReaderError is not a MarkedYAMLError): for those the position is the reader's, on the lines PyYAML counts.

Besides the classes, seeded random edits of realistic files (a playbook, manifests, a compose file) add cases no
list foresees.

The syntax test compares IacTest's syntax errors with these, so the tests never need Python.
Run: /usr/bin/python3 eng/conformance/yamllint/generate_syntax_cases.py
"""
import json
import os
import random
import sys

import yaml
import yamllint
from yamllint import linter

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
OUTPUT = os.path.join(ROOT, 'tests', 'IacTest.Lint.Tests', 'Yaml', 'SyntaxCases', 'syntax-cases.jsonl')

# Fragments by class. Each is placed in every context below, so one mistake is seen at the top level, inside a
# block mapping, inside a block sequence, after a document marker and after comments.
FRAGMENTS = {
    'tabs': [
        'a:\n\tb: 1\n', 'a: 1\n\tb: 2\n', '- a\n\t- b\n', 'a:\n  b: 1\n\t c: 2\n', '\tkey: v\n',
        'a: |\n\ttext\n', 'a: [1,\t2]\n', 'a:\t1\n', 'a: 1\t# c\n', 'a:\n  - x\n\t- y\n', '- \ta\n',
        'a: {\tb: 1}\n', '\t\n', 'a:\n \t b: 1\n',
    ],
    'unclosed-flow-sequence': [
        'a: [1, 2\nb: 3\n', '[1, 2\n', 'a: [1, [2, 3]\n', '- [a, b\n- c\n', 'a: [\n  1,\n  2\n', '[\n',
        'a: [b, c,\n', 'a: [b\n\nc: d\n',
    ],
    'unclosed-flow-mapping': [
        'a: {x: 1\nb: 2\n', '{a: 1, b: 2\n', 'a: {x: {y: 1}\n', '- {a: b\n- c\n', '{\n', 'a: {b: c,\n',
    ],
    'unclosed-quotes': [
        'a: "abc\nb: 1\n', "a: 'abc\n", 'a: "abc', "- 'x\n- y\n", '"k: v\n', "'k: v\nx: y\n", 'a: "x\\"\n',
        "a: 'it''s\n",
    ],
    'bad-indentation': [
        'a:\n  b: 1\n c: 2\n', 'a:\n    b: 1\n  c: 2\n', '- a\n - b\n', 'a: 1\n  b: 2\n', 'a:\n- b\n  - c\n',
        'key: value\n  more: x\n', 'a:\n  - b\n  c: d\n', '- a: b\n  - c\n', 'a:\n  b:\n    c: 1\n   d: 2\n',
        'a: b\n c\n', '- a\n-b: c\n  d: e\n',
    ],
    'anchors-aliases': [
        'a: &x 1\nb: &x 2\n', '- &a &b x\n', 'a: *nope\n', 'a: *\n', '*a : b\n', 'a: &x *y\n', 'a: &\n', '&a\n',
        'a: &x\nb: *x\n', 'a: *x y\n', '- &x\n  - *x\n',
    ],
    'block-scalars': [
        'a: |x\n  t\n', 'a: |0\n  t\n', 'a: >2-+\n  t\n', 'a: |\n    t\n  u\n', 'a: | # c\n t\n', 'a: |#c\n  t\n',
        'a: >\n\n text\n', 'a: |2\n t\n', 'a: |-\n  t\n b\n', 'a: >+1\n  t\n', '- |\n x\n -y\n',
    ],
    'stray-closers': [
        'a: 1]\n', ']\n', '}\n', 'a: b\n]\n', '- ]\n', 'a: [1]]\n', '{a: 1}}\n', 'a: }\n', '[a, b], c\n',
        'a: [b]\nc: }\n',
    ],
    'directives': [
        '%YAML 1.1\n%YAML 1.1\n---\na\n', '%YAML\n---\n', '%YAML 1\n---\n', '%YAML 2.0\n---\n',
        '%YAML 1.1 x\n---\n', '%TAG !\n---\n', '%TAG ! !x\n%TAG ! !y\n---\n', '%FOO bar\n---\n',
        '%YAML 1.1\na: 1\n', 'a: 1\n%YAML 1.1\n---\n', '%YAML 1.x\n---\n', '%TAG !e! tag:x,2000:\n---\n!e!y z\n',
        '%TAG x y\n---\n',
    ],
    'document-markers': [
        '--- a\n--- b\n', 'a: 1\n--- \nb\n...\n...\n', '... \nb\n', '---\na: 1\n---b\n', 'a\n---\n- x\nc: 1\n',
        '--- [a\n---\n', 'a: 1\n...\nb: 2\n', '--- |\n  t\n...x\n', 'a:\n---\n  b\n', '- a\n... # end\n- b\n',
    ],
    'escapes': [
        '"\\q"\n', 'a: "\\x4"\n', 'a: "\\u12G4"\n', 'a: "\\U0001"\n', '"\\ "\n', 'a: "\\xZZ"\n', 'a: "ok\\\n  more"\n',
        'a: "\\/"\n', "a: '\\q'\n", 'a: "\\\ttab"\n',
    ],
    'simple-keys': [
        'a\nb: 1\n', '? a\n: b\n', '[a\nb: c]\n', 'a: b: c\n', 'a: - b\n', '"a"\n"b"\n', "'a' b: c\n",
        'a: \'b\'c\n', '[a: b]\n', '{a\n', ': x\n', '? - a\n', 'k' * 1030 + ': v\n', '{a: b, c}\n',
        'a:b: c\n', 'a: [b: c: d]\n', '- a\nb: c\n', 'a: b\n- c\n',
    ],
    'tags': [
        'a: !<> x\n', 'a: !<!foo x\n', 'a: !foo!bar x\n', '!! x\n', 'a: !\n', 'a: !<tag:yaml.org,2002:str> x\n',
        'a: !e!tag x\n', 'a: !<a b> c\n', 'a: !x%zz y\n', 'a: !x%41 y\n', 'a: !<> \n', '!<>\n',
        '- !<>\n  - a\n',
    ],
    'indicators': [
        'a: @x\n', 'a: `x\n', 'a: %x\n', '@x\n', '!x !y z\n', 'a: b #c\n', 'a: b#c\n', '- - - \n', '-a\n',
        'a: ,b\n', '[a, , b]\n', '{a: 1, , b: 2}\n', 'a: [,]\n', 'a: ? b\n',
    ],
    'control-characters': [
        'a: b\x01c\n', 'a: \x7f\n', 'a: b\x00\n', "a: 'x\x1by'\n", '# comment \x02\n', 'a: \ufffe\n',
        'a: b\x85c\n', 'a: "\x08"\n', 'a:\x0b1\n', 'a: \x0c\n', 'a: 1\r\nb: \x03\r\n',
    ],
    'byte-order-marks': [
        '\ufeffa: 1\n', 'a: 1\n\ufeffb: 2\n', 'a: 1\n---\n\ufeffb: 2\n', 'a: x\ufeffy\n', '- a\n- \ufeffb\n',
        '---\n\ufeff- a\n',
    ],
    'line-breaks': [
        'a: 1\rb: 2\r', 'a: "x\ry"\n', 'a:\r  b: 1\r c: 2\r', 'a: [1,\r 2\r', 'a: 1\u2028b: 2\n',
        'a: "\u2029\n',
    ],
}

# Realistic files that random edits break in ways no list above foresees (seeded, so the corpus is stable).
SEEDS = [
    '---\n- name: Install web server\n  hosts: web\n  become: true\n  vars:\n    packages: [nginx, "curl"]\n'
    '  tasks:\n    - name: Install packages\n      ansible.builtin.apt:\n        name: "{{ packages }}"\n'
    '        state: present\n      notify: restart nginx  # handler below\n    - ansible.builtin.copy:\n'
    '        content: |\n          server {\n            listen 80;\n          }\n        dest: /etc/nginx/conf.d/app.conf\n',
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  labels: {app: api, tier: "backend"}\n'
    'spec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: api\n'
    '          image: registry.local/api:1.4\n          args: ["--port", \'8080\']\n          env:\n'
    '            - {name: MODE, value: prod}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: api}\n',
    'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: &pw example\n'
    '    healthcheck:\n      test: ["CMD", "pg_isready"]\n  app:\n    build: .\n    depends_on: [db]\n'
    '    environment:\n      DB_PASSWORD: *pw\n    command: >\n      run --verbose\n      --workers 4\n',
    '%YAML 1.1\n---\n? complex key\n: !!str value\nlist:\n- a\n- b: c\n  d: e\nquoted: "a\\tb \\u00e9"\n'
    'single: \'it\'\'s\'\nnested: {x: [1, 2, {y: z}], w: ~}\n...\n',
]
MUTATION_CHARACTERS = ':-[]{},#&*!|>\'"%@`?\t \n\\'
MUTATIONS = 900


def mutate(text, rng):
    for _ in range(rng.randint(1, 3)):
        at = rng.randrange(len(text) + 1)
        operation = rng.randrange(4)
        if operation == 0:
            text = text[:at] + rng.choice(MUTATION_CHARACTERS) + text[at:]
        elif operation == 1 and text:
            text = text[:at] + text[at + 1:]
        elif operation == 2:
            lines = text.split('\n')
            number = rng.randrange(len(lines))
            lines[number] = ' ' * rng.randint(1, 3) + lines[number]
            text = '\n'.join(lines)
        else:
            lines = text.split('\n')
            number = rng.randrange(len(lines))
            lines[number] = lines[number][rng.randint(1, 2):] if lines[number].startswith(' ') else lines[number]
            text = '\n'.join(lines)
    return text


CONTEXTS = {
    'top': lambda f: f,
    'doc': lambda f: '---\n' + f,
    'map': lambda f: 'root:\n  key: ok\n' + indent(f, 2),
    'seq': lambda f: '- ok\n- ' + indent(f, 2)[2:],
    'comments': lambda f: '# heading\n\n# more\n' + f,
    'second': lambda f: 'first: 1\n---\n' + f,
}


def indent(fragment, width):
    lines = fragment.split('\n')
    return '\n'.join((' ' * width + line) if line else line for line in lines)


def expectation(text):
    try:
        # yamllint's own syntax check (linter.run yields it among the cosmetic problems; some of its rules crash on
        # broken input, so the syntax check is called alone).
        problem = linter.get_syntax_error(text)
        if problem is None:
            return 0, 0, ''
        return problem.line, problem.column, problem.desc[len('syntax error: '):-len(' (syntax)')]
    except yaml.reader.ReaderError as error:
        line, column = reader_mark(text, error.position)
        return line, column, 'unacceptable character #x%04x: %s' % (error.character, error.reason)


def reader_mark(text, position):
    """The 1-based line and column of a character offset, counting line breaks the way PyYAML's reader does."""
    line, column = 0, 0
    for index in range(position):
        ch = text[index]
        if ch in '\n\x85\u2028\u2029' or (ch == '\r' and text[index + 1:index + 2] != '\n'):
            line, column = line + 1, 0
        elif ch != '\ufeff':
            column += 1
    return line + 1, column + 1


def main():
    if yamllint.__version__ != '1.29.0':
        print('warning: expected yamllint 1.29.0, found %s' % yamllint.__version__, file=sys.stderr)
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    count = invalid = 0
    with open(OUTPUT, 'w', newline='\n', encoding='ascii') as out:
        for cls, fragments in FRAGMENTS.items():
            for number, fragment in enumerate(fragments, 1):
                for context, wrap in CONTEXTS.items():
                    text = wrap(fragment)
                    line, column, message = expectation(text)
                    case = {'name': '%s-%03d-%s' % (cls, number, context), 'class': cls, 'text': text,
                            'line': line, 'column': column, 'message': message}
                    out.write(json.dumps(case, ensure_ascii=True) + '\n')
                    count += 1
                    invalid += line > 0
        rng = random.Random(20261207)
        for number in range(1, MUTATIONS + 1):
            text = mutate(rng.choice(SEEDS), rng)
            line, column, message = expectation(text)
            case = {'name': 'mutation-%04d' % number, 'class': 'mutations', 'text': text,
                    'line': line, 'column': column, 'message': message}
            out.write(json.dumps(case, ensure_ascii=True) + '\n')
            count += 1
            invalid += line > 0
    print('%d cases, %d with a syntax error, written to %s' % (count, invalid, os.path.relpath(OUTPUT, ROOT)))


if __name__ == '__main__':
    main()
