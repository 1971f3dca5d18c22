#!/usr/bin/env node
// Runs HashiCorp's HCL parser (@cdktf/hcl2json, HCL v2 compiled to WebAssembly) over every .tf file of a corpus
// folder and writes what it returned: the JSON shape of a file that parses, or the errors (position and summary) of
// one that does not. The .NET tests compare their own parser with this file, so they do not need Node.
// Usage: node write-expectations.js <hcl2json package folder> <corpus folder> <expectations.json>
'use strict';
const fs = require('fs');
const path = require('path');

const [packageFolder, corpus, output] = process.argv.slice(2);
if (!output) {
  console.error('usage: write-expectations.js <hcl2json package folder> <corpus folder> <expectations.json>');
  process.exit(2);
}
const hcl2json = require(path.resolve(packageFolder));

// HCL prints each diagnostic as "<file>:<line>,<col>-[<line>,]<col>: <summary>; <detail>", several in one message.
const diagnosticPattern = /(?:^|\[| )corpus\.tf:(\d+),(\d+)-(?:(\d+),)?(\d+): ([^;]+);/g;

function files(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? files(full) : entry.name.endsWith('.tf') ? [full] : [];
  });
}

(async () => {
  const result = {};
  for (const file of files(corpus).sort()) {
    const name = path.relative(corpus, file).split(path.sep).join('/');
    const text = fs.readFileSync(file, 'utf8');
    try {
      result[name] = { valid: true, json: await hcl2json.parse('corpus.tf', text) };
    } catch (error) {
      const message = String(error && error.message ? error.message : error);
      const errors = [...message.matchAll(diagnosticPattern)].map((m) => ({
        line: Number(m[1]), column: Number(m[2]), summary: m[5],
      }));
      result[name] = { valid: false, errors, message: errors.length ? undefined : message };
    }
  }
  fs.writeFileSync(output, JSON.stringify(result, null, 1) + '\n');
  const valid = Object.values(result).filter((r) => r.valid).length;
  console.log(`write-expectations: ${Object.keys(result).length} files, ${valid} valid, ${Object.keys(result).length - valid} with errors`);
})();
