#!/usr/bin/env bash
# Writes inventory/group_vars/local.yml: a vaulted value encrypted with the test-only password in vault-password.txt.
set -euo pipefail
cd "$(dirname "$0")"
{
  echo '# Written by make-vault.sh; the password is a test fixture, not a secret.'
  ansible-vault encrypt_string --vault-password-file vault-password.txt 'rollout 2026.12 approved by change board' --name release_note 2>/dev/null
  echo
  echo 'release_channel: stable'
} > inventory/group_vars/local.yml
