#!/usr/bin/env node
// Writes the .tf.json conformance corpus: Terraform JSON modules that use only what Terraform has built in
// (variables, locals, outputs, terraform_data), and seeded broken copies of them (a trailing comma, an equals sign
// for a colon, a JavaScript keyword, a cut-off file...).
// Usage: node generate-json-corpus.js <output folder> [count]
'use strict';
const fs = require('fs');
const path = require('path');

const out = process.argv[2];
const count = Number(process.argv[3] || 80);

function random(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function module(rand) {
  const pick = (items) => items[Math.floor(rand() * items.length)];
  const doc = { '//': 'generated conformance module' };
  doc.variable = {};
  for (let i = 0; i < 1 + Math.floor(rand() * 3); i++) {
    doc.variable['v' + i] = pick([
      { type: 'string', default: 'eu-west-1', description: 'Region' },
      { type: 'number', default: 3 },
      { type: 'list(string)', default: ['a', 'b'] },
      { type: 'map(string)', default: { env: 'prod', team: 'web' }, sensitive: true },
      { type: 'string', validation: { condition: '${length(var.v' + i + ') > 2}', error_message: 'Too short.' } },
    ]);
  }
  doc.locals = { name: 'app-${var.v0}', count: 2, enabled: true, nothing: null, ratio: 0.5, tags: { a: '1' } };
  if (rand() < 0.6) doc.resource = { terraform_data: { marker: { input: '${local.name}' } } };
  doc.output = { name: { value: '${local.name}', description: 'The name.' } };
  if (rand() < 0.3) doc.output = [doc.output, { extra: { value: 42 } }].slice(0, 1)[0];
  return JSON.stringify(doc, null, pick([0, 2, 4]));
}

function breakText(text, rand) {
  const pick = (items) => items[Math.floor(rand() * items.length)];
  const at = Math.floor(rand() * text.length);
  switch (Math.floor(rand() * 8)) {
    case 0: return text.replace(/}\s*$/, ',}');
    case 1: return text.replace('":', '"=');
    case 2: return text.replace('true', pick(['NaN', 'undefined', 'ture', 'True']));
    case 3: return text.slice(0, at);
    case 4: return text.replace(/]/, '}');
    case 5: return text.replace(/",/, '"');
    case 6: return text.slice(0, at) + pick(['{', '}', '[', ']', ',', ':', '"', '=', '-', '01', 'x']) + text.slice(at);
    default: return text.replace(/"([a-z]+)":/, '$1:');
  }
}

fs.mkdirSync(out, { recursive: true });
for (let i = 0; i < count; i++) {
  const rand = random(7_000 + i);
  let text = module(rand);
  const broken = i % 2 === 1;
  if (broken) text = breakText(text, rand);
  fs.writeFileSync(path.join(out, String(i).padStart(3, '0') + (broken ? '-broken' : '') + '.tf.json'), text + '\n');
}
console.log(`generate-json-corpus: wrote ${count} files to ${out}`);
