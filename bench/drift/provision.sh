#!/bin/sh
# The converged state of an application host (what its playbook leaves behind), as plain shell for the bench hosts.
set -e
printf 'Authorized access only. Activity is logged.\n' > /etc/motd
printf 'PermitRootLogin no\nMaxAuthTries 3\n' > /etc/ssh/sshd_config.d/10-hardening.conf
chmod 0600 /etc/ssh/sshd_config.d/10-hardening.conf
install -d -m 0750 /var/log/audit
printf '0 3 * * * root find /var/log/audit -name "*.log" -mtime +30 -delete\n' > /etc/cron.d/audit-log-rotate
groupadd -r app && useradd -r -g app -d /opt/app -s /usr/sbin/nologin app
install -d /etc/app /opt/app/releases/1.4.2
printf 'listen 8080\nworkers 4\n' > /etc/app/app.conf && chown root:app /etc/app/app.conf && chmod 0640 /etc/app/app.conf
printf 'DB_PASSWORD=changeme\n' > /etc/app/secrets.env && chown app /etc/app/secrets.env && chmod 0600 /etc/app/secrets.env
ln -sfn /opt/app/releases/1.4.2 /opt/app/current
/usr/sbin/cron
