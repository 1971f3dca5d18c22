#!/usr/bin/env python3
"""Writes a deterministic corpus of Terraform modules for bench/terraform/run.sh.

Each module is a folder laid out as teams lay them out: versions.tf (required_version, required_providers, a
backend), variables.tf (typed, documented variables, some with validation blocks and object types), locals.tf,
main.tf and a few resource files (resources with count/for_each, dynamic blocks, heredocs, templates), data.tf,
modules.tf (registry, Git and local module calls), outputs.tf. Some files carry what tflint reports (a legacy
interpolation, a dot index, an unused variable), so the rules have findings to produce.
    generate.py OUT_DIR --files N
"""
import argparse
import os
import random
import shutil

RESOURCE_FILES = ["network.tf", "compute.tf", "storage.tf", "iam.tf", "dns.tf", "monitoring.tf"]


def variables(rng, module):
    out = []
    for i in range(rng.randint(6, 12)):
        name = f"{module}_setting_{i}"
        kind = rng.choice(["string", "number", "bool", "list", "object"])
        out.append(f'variable "{name}" {{')
        out.append(f'  description = "Setting {i} of the {module} module."')
        if kind == "string":
            out += ['  type        = string', f'  default     = "{module}-{i}"']
            if rng.random() < 0.5:
                out += ['', '  validation {', f'    condition     = can(regex("^[a-z0-9-]+$", var.{name}))',
                        '    error_message = "Only lower-case letters, digits and dashes."', '  }']
        elif kind == "number":
            out += ['  type        = number', f'  default     = {rng.randint(1, 9)}', '', '  validation {',
                    f'    condition     = var.{name} > 0 && var.{name} < 100', '    error_message = "Between 1 and 99."', '  }']
        elif kind == "bool":
            out += ['  type        = bool', '  default     = false']
        elif kind == "list":
            out += ['  type        = list(string)', '  default     = ["a", "b", "c"]']
        else:
            out += ['  type = object({', '    name    = string', '    size    = optional(number, 2)',
                    '    tags    = optional(map(string), {})', '  })',
                    f'  default = {{ name = "{module}" }}']
        out.append('}')
        out.append('')
    return "\n".join(out)


def resources(rng, module, file_index, variable_names):
    out = []
    for i in range(rng.randint(4, 8)):
        name = f"r{file_index}_{i}"
        var = rng.choice(variable_names)
        shape = rng.randint(0, 4)
        out.append(f'resource "terraform_data" "{name}" {{')
        if shape == 0:
            out += [f'  count = var.{var} == null ? 0 : 2', '', '  input = {',
                    f'    name  = "${{local.prefix}}-{name}-${{count.index}}"', f'    value = var.{var}', '  }']
        elif shape == 1:
            out += ['  for_each = toset(["blue", "green"])', '', '  input = {',
                    f'    colour = each.key', f'    labels = merge(local.tags, {{ Component = "{name}" }})', '  }']
        elif shape == 2:
            out += ['  input = <<-EOT', f'    #!/bin/sh', f'    echo "starting {name} in ${{local.prefix}}"',
                    '    exec /usr/local/bin/app --port 8080', '  EOT']
        elif shape == 3:
            out += ['  input = [for item in local.items : upper(item) if item != ""]', '',
                    '  lifecycle {', '    ignore_changes = [input]', '  }']
        else:
            # what tflint reports: a 0.11-style interpolation and a legacy dot index
            out += [f'  input = "${{var.{var}}}"', '', f'  triggers_replace = [terraform_data.anchor.*.id]']
        out.append('}')
        out.append('')
    return "\n".join(out)


def module_files(rng, module, budget):
    variable_text = variables(rng, module)
    names = [line.split('"')[1] for line in variable_text.splitlines() if line.startswith("variable ")]
    files = {
        "versions.tf": "\n".join([
            'terraform {', '  required_version = ">= 1.6"', '', '  required_providers {', '    aws = {',
            '      source  = "hashicorp/aws"', '      version = "~> 5.40"', '    }', '  }', '', '  backend "s3" {',
            f'    bucket = "state-{module}"', f'    key    = "{module}/terraform.tfstate"', '    region = "eu-west-1"', '  }', '}', '']),
        "variables.tf": variable_text,
        "locals.tf": "\n".join([
            'locals {', f'  prefix = "{module}"', '  items  = ["web", "api", "", "worker"]', '  tags = {',
            f'    Module      = "{module}"', '    Environment = "prod"', '    Team        = "platform"', '  }',
            f'  sizes = {{ for k, v in {{ small = 1, medium = 2, large = 4 }} : k => v * 2 }}', '}', '']),
        "main.tf": "\n".join([
            'resource "terraform_data" "anchor" {', '  input = local.tags', '}', '',
            'data "aws_caller_identity" "current" {}', '']),
        "modules.tf": "\n".join([
            'module "vpc" {', '  source  = "terraform-aws-modules/vpc/aws"', '  version = "5.8.1"', '',
            f'  name = local.prefix', '  cidr = "10.0.0.0/16"', '}', '', 'module "dns" {',
            '  source = "git::https://git.example.com/infra/dns.git?ref=v2.3.0"', '  zone   = "example.com"', '}', '']),
        "outputs.tf": "\n".join([
            'output "anchor_id" {', '  description = "The anchor resource."', '  value       = terraform_data.anchor.id', '}', '',
            'output "account" {', '  description = "The account the module runs in."',
            '  value       = data.aws_caller_identity.current.account_id', '}', '']),
    }
    for index, name in enumerate(RESOURCE_FILES[: max(0, budget - len(files))]):
        files[name] = resources(rng, module, index, names)
    return files


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--files", type=int, default=1000)
    args = parser.parse_args()
    rng = random.Random(20261207)
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    os.makedirs(args.out)
    written = 0
    module = 0
    while written < args.files:
        name = f"module_{module:03d}"
        folder = os.path.join(args.out, "modules", name)
        os.makedirs(folder)
        for file_name, text in module_files(rng, name, min(12, args.files - written)).items():
            with open(os.path.join(folder, file_name), "w", encoding="utf-8") as handle:
                handle.write(text)
            written += 1
        module += 1
    # tflint's `all` preset, so the whole ruleset runs, module-level rules included.
    with open(os.path.join(args.out, ".tflint.hcl"), "w", encoding="utf-8") as handle:
        handle.write('plugin "terraform" {\n  enabled = true\n  preset  = "all"\n}\n')
    print(f"generate.py: {written} .tf files in {module} modules")


if __name__ == "__main__":
    main()
