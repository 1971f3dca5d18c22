#!/usr/bin/env node
// Writes the generated HCL conformance corpus: Terraform-like files built from a seeded grammar, and broken copies
// of them (a character removed, a token inserted, the file cut short, an argument repeated...). The same seed always
// writes the same files, so the committed expectations stay valid.
// Usage: node generate-corpus.js <output folder> [count]
'use strict';
const fs = require('fs');
const path = require('path');

const out = process.argv[2];
const count = Number(process.argv[3] || 1000);
if (!out) {
  console.error('usage: generate-corpus.js <output folder> [count]');
  process.exit(2);
}

function random(seed) {
  // mulberry32: small, seedable, the same in every Node version.
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generator(rand) {
  const pick = (items) => items[Math.floor(rand() * items.length)];
  const chance = (p) => rand() < p;
  const names = ['name', 'region', 'tags', 'cidr_block', 'instance_type', 'ami', 'count', 'enabled', 'port', 'subnets',
    'description', 'policy', 'labels', 'replicas', 'zone', 'bucket', 'acl', 'vpc_id', 'env', 'owner'];
  const refs = ['var.region', 'var.tags', 'local.common_tags', 'aws_vpc.main.id', 'module.network.subnet_ids',
    'data.aws_ami.ubuntu.id', 'each.key', 'each.value', 'count.index', 'path.module', 'terraform.workspace',
    'aws_instance.web[0].id', 'aws_subnet.private[*].id', 'var.list.0', 'aws_instance.web.*.id', 'self.private_ip'];
  const functions = ['lookup', 'merge', 'concat', 'length', 'format', 'join', 'split', 'templatefile', 'jsonencode',
    'coalesce', 'try', 'can', 'tomap', 'toset', 'cidrsubnet', 'element', 'upper', 'lower', 'replace'];
  const word = () => pick(['web', 'db', 'prod', 'staging', 'eu-west-1', 'us-east-1', 't3.micro', 'ubuntu', 'app', 'x', '']);

  function template(depth) {
    const parts = [];
    const n = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < n; i++) {
      const r = rand();
      if (r < 0.45) parts.push(pick(['app-', 'prefix', ' ', 'a b', '10.0.0.0/16', '\\n', '\\"q\\"', '\\u00e9', '$${literal}', '%%{x}', 'é', '🙂', '$', '%']));
      else if (r < 0.8) parts.push('${' + pick(['', '~']) + ' ' + expression(depth + 1) + ' ' + pick(['', '~']) + '}');
      else if (r < 0.9) parts.push('%{ if ' + reference() + ' }' + word() + '%{ else }' + word() + '%{ endif }');
      else parts.push('%{~ for ' + pick(['s', 'k, v']) + ' in ' + reference() + ' ~}${' + pick(['s', 'k', 'v']) + '},%{ endfor }');
    }
    return '"' + parts.join('') + '"';
  }

  function reference() { return pick(refs); }

  function expression(depth = 0) {
    const r = rand();
    if (depth > 2 || r < 0.3) {
      return pick([String(Math.floor(rand() * 1000)), '1.5', '1e3', '0.25', 'true', 'false', 'null', '"' + word() + '"', reference()]);
    }
    if (r < 0.38) return template(depth);
    if (r < 0.48) {
      const args = Array.from({ length: Math.floor(rand() * 3) }, () => expression(depth + 1));
      return pick(functions) + '(' + args.join(', ') + (args.length ? pick(['', '', '...', ',']) : '') + ')';
    }
    if (r < 0.56) {
      const items = Array.from({ length: Math.floor(rand() * 4) }, () => expression(depth + 1));
      return '[' + items.join(', ') + (items.length ? pick(['', ',']) : '') + ']';
    }
    if (r < 0.64) {
      const items = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, i) => pick([names[i], '"' + names[i + 3] + '"']) + pick([' = ', ': ']) + expression(depth + 1));
      return chance(0.5) ? '{ ' + items.join(', ') + ' }' : '{\n    ' + items.join('\n    ') + '\n  }';
    }
    if (r < 0.72) return expression(depth + 1) + ' ' + pick(['+', '-', '*', '/', '%', '==', '!=', '<', '>', '<=', '>=', '&&', '||']) + ' ' + expression(depth + 1);
    if (r < 0.78) return expression(depth + 1) + ' ? ' + expression(depth + 1) + ' : ' + expression(depth + 1);
    if (r < 0.82) return pick(['-' + pick([reference(), '1', '2.5']), '!' + pick([reference(), 'true', '(var.enabled)'])]);
    if (r < 0.86) return '(' + expression(depth + 1) + ')';
    if (r < 0.92) {
      return chance(0.5)
        ? '[for ' + pick(['s', 'i, s']) + ' in ' + reference() + ' : upper(s)' + pick(['', ' if s != ""']) + ']'
        : '{ for k, v in ' + reference() + ' : k => v' + pick(['', '...']) + pick(['', ' if v != null']) + ' }';
    }
    if (r < 0.96) return reference() + pick(['[0]', '["key"]', '[var.i]', '.attr', '[*].id']);
    if (depth > 0) return reference();
    return pick(['<<EOT\n' + word() + ' ${' + reference() + '}\nline two\nEOT', '<<-EOT\n    {\n      "Version": "2012-10-17",\n      "Id": "${' + reference() + '}"\n    }\n    EOT']);
  }

  function body(indent, depth) {
    const lines = [];
    const used = new Set();
    const n = 1 + Math.floor(rand() * 4);
    for (let i = 0; i < n; i++) {
      const r = rand();
      if (r < 0.65 || depth > 2) {
        let name = pick(names);
        if (used.has(name)) continue;
        used.add(name);
        const value = expression();
        const heredoc = value.startsWith('<<');
        lines.push(indent + name + ' = ' + value + (heredoc ? '' : pick(['', '', ' # note', ' // note', ' /* inline */'])));
      } else if (r < 0.8) {
        const type = pick(['ingress', 'lifecycle', 'dynamic "setting"', 'provisioner "local-exec"', 'connection', 'validation']);
        lines.push(indent + type + ' {\n' + body(indent + '  ', depth + 1) + '\n' + indent + '}');
      } else if (r < 0.88) {
        const name = pick(names);
        if (used.has(name)) continue;
        used.add(name);
        lines.push(indent + 'timeouts { ' + name + ' = ' + pick(['"5m"', '10', 'var.x']) + ' }');
      } else {
        lines.push(indent + pick(['# a comment', '// another comment', '/* a block\n' + indent + '   comment */']));
      }
    }
    return lines.join('\n');
  }

  function file() {
    const blocks = [];
    const n = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < n; i++) {
      const header = pick([
        'resource "aws_instance" "web' + i + '"', 'resource "aws_s3_bucket" "b' + i + '"', 'data "aws_ami" "ubuntu' + i + '"',
        'variable "v' + i + '"', 'output "o' + i + '"', 'module "m' + i + '"', 'locals', 'terraform', 'provider "aws"',
        'resource aws_vpc main' + i]);
      blocks.push(header + ' {\n' + body('  ', 0) + '\n}');
    }
    if (chance(0.3)) blocks.push(pick(names) + ' = ' + expression());
    return blocks.join('\n\n') + pick(['\n', '\n', '', '\n\n']);
  }

  function breakFile(text) {
    const at = Math.floor(rand() * Math.max(1, text.length));
    switch (Math.floor(rand() * 9)) {
      case 0: return text.slice(0, at) + text.slice(at + 1);
      case 1: return text.slice(0, at) + pick(['{', '}', '(', ')', '[', ']', '"', '=', ',', ';', '\'', '`', '&', '$', '<<', '\n', '.', '..', '*', '?', ':', '=>', '~', '\t', '#']) + text.slice(at);
      case 2: return text.slice(0, at);
      case 3: return text.replace(/\n\}/, '\n');
      case 4: return text + '\nname = 1\nname = 2\n';
      case 5: return text.replace(/ = /, ' ');
      case 6: return text.replace('"', '');
      case 7: return text.replace(/\{\n/, '{ ');
      default: return text.replace(/\n/g, (m) => (chance(0.1) ? ' ' : m));
    }
  }

  return { file, breakFile, chance };
}

fs.mkdirSync(out, { recursive: true });
for (let i = 0; i < count; i++) {
  const rand = random(20261207 + i);
  const g = generator(rand);
  let text = g.file();
  const broken = i % 3 === 2;
  if (broken) text = g.breakFile(text);
  fs.writeFileSync(path.join(out, String(i).padStart(4, '0') + (broken ? '-broken' : '') + '.tf'), text);
}
console.log(`generate-corpus: wrote ${count} files to ${out}`);
