#!/bin/sh
# What the converge of a bastion leaves behind (the playbook's tasks, as plain shell for the test hosts).
set -e
printf 'Authorized access only. Activity is logged.\n' > /etc/motd
chmod 0644 /etc/motd
cat > /etc/ssh/sshd_config.d/10-hardening.conf <<'CONF'
PermitRootLogin no
PasswordAuthentication yes
MaxAuthTries 3
CONF
chmod 0600 /etc/ssh/sshd_config.d/10-hardening.conf
mkdir -p /var/log/audit
printf '0 3 * * * root find /var/log/audit -name "*.log" -mtime +30 -delete\n' > /etc/cron.d/audit-log-rotate
/usr/sbin/cron
