#!/bin/sh
# What the bastion playbook leaves on a host, as plain shell: the sample's hosts are made fresh for every run.
set -e
printf 'Authorized access only. Activity is logged.\n' > /etc/motd
printf 'PermitRootLogin no\nMaxAuthTries 3\n' > /etc/ssh/sshd_config.d/10-hardening.conf
chmod 0600 /etc/ssh/sshd_config.d/10-hardening.conf
mkdir -p /var/log/audit
printf '0 3 * * * root find /var/log/audit -name "*.log" -mtime +30 -delete\n' > /etc/cron.d/audit-log-rotate
/usr/sbin/cron
