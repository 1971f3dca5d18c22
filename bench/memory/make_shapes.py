#!/usr/bin/python3
"""Writes the big and deep YAML files the memory benchmark lints, one per shape, into --out:

  flow-sequence-50mb.yaml   a 50 MB flow sequence (many items per line)
  block-mappings-10mb.yaml  10 MB of block mappings, three levels deep, the usual shape of configuration
  block-sequence-10mb.yaml  10 MB of a block sequence of small mappings (a long task list)
  long-scalars-10mb.yaml    10 MB in a few hundred long plain, quoted and block scalars
  many-findings-10mb.yaml   10 MB where nearly every line has a finding (trailing spaces, colons, truthy)
  deep-flow-sequence.yaml   [[[[ … ]]]] 100,000 deep
  deep-flow-mapping.yaml    {a: {a: … }} 100,000 deep
  deep-block-sequence.yaml  - - - … x, a block sequence 100,000 deep
  deep-block-mapping.yaml   ? ? ? … x, a block mapping 100,000 deep (explicit keys nest on one line)
"""
import argparse
import os

MB = 1024 * 1024
DEEP = 100_000


def write(folder, name, chunks):
    with open(os.path.join(folder, name), 'w', newline='\n') as f:
        for chunk in chunks:
            f.write(chunk)


def until(size, make_line):
    written = 0
    number = 0
    while written < size:
        line = make_line(number)
        written += len(line)
        number += 1
        yield line


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--out', required=True)
    folder = parser.parse_args().out
    os.makedirs(folder, exist_ok=True)

    def flow_sequence():
        yield '---\n[\n'
        yield from until(50 * MB, lambda n: '  item-%08d, "quoted %08d", %d, {k: v%d},\n' % (n, n, n, n))
        yield '  last\n]\n'

    def block_mappings():
        yield '---\n'
        yield from until(10 * MB, lambda n: 'section_%07d:\n  name: service %d\n  settings:\n    port: %d\n    enabled: true\n'
                         % (n, n, 1000 + n % 60000))

    def block_sequence():
        yield '---\n'
        yield from until(10 * MB, lambda n: '- name: task %d\n  command: echo %d\n  tags: [a, b]\n' % (n, n))

    def long_scalars():
        yield '---\n'
        body = 'word ' * 8000
        yield from until(10 * MB, lambda n: ('plain_%d: %s\n' % (n, body)) if n % 3 == 0 else
                         ('quoted_%d: "%s"\n' % (n, body)) if n % 3 == 1 else
                         ('block_%d: |\n%s\n' % (n, '\n'.join('  ' + body[:200] for _ in range(40)))))

    def many_findings():
        yield 'key: value\n'
        yield from until(10 * MB, lambda n: 'k%d :   yes   \n' % n)

    write(folder, 'flow-sequence-50mb.yaml', flow_sequence())
    write(folder, 'block-mappings-10mb.yaml', block_mappings())
    write(folder, 'block-sequence-10mb.yaml', block_sequence())
    write(folder, 'long-scalars-10mb.yaml', long_scalars())
    write(folder, 'many-findings-10mb.yaml', many_findings())
    write(folder, 'deep-flow-sequence.yaml', ['---\n', '[' * DEEP, ']' * DEEP, '\n'])
    write(folder, 'deep-flow-mapping.yaml', ['---\n', '{a: ' * DEEP, 'x', '}' * DEEP, '\n'])
    write(folder, 'deep-block-sequence.yaml', ['---\n', '- ' * DEEP, 'x\n'])
    write(folder, 'deep-block-mapping.yaml', ['---\n', '? ' * DEEP, 'x\n'])


if __name__ == '__main__':
    main()
