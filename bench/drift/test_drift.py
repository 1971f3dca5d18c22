"""The 32 resources of goss.yaml as Testinfra tests: the same facts, written the way Testinfra's docs write them."""


def test_motd(host):
    f = host.file("/etc/motd")
    assert f.exists and f.mode == 0o644 and f.user == "root" and f.contains("Authorized access only")


def test_sshd_hardening(host):
    f = host.file("/etc/ssh/sshd_config.d/10-hardening.conf")
    assert f.mode == 0o600 and f.user == "root" and f.contains("PermitRootLogin no") and f.contains("MaxAuthTries [1-5]$")


def test_sudoers_deploy(host):
    f = host.file("/etc/sudoers.d/deploy")
    assert f.mode == 0o440 and f.contains("NOPASSWD")


def test_audit_cron(host):
    f = host.file("/etc/cron.d/audit-log-rotate")
    assert f.exists and f.contains("/var/log/audit")


def test_audit_dir(host):
    f = host.file("/var/log/audit")
    assert f.is_directory and f.mode == 0o750


def test_app_conf(host):
    f = host.file("/etc/app/app.conf")
    assert f.mode == 0o640 and f.user == "root" and f.group == "app" and f.contains("listen 8080") and f.contains("workers 4")


def test_app_secrets(host):
    f = host.file("/etc/app/secrets.env")
    assert f.mode == 0o600 and f.user == "app"


def test_app_current(host):
    f = host.file("/opt/app/current")
    assert f.is_symlink and f.linked_to == "/opt/app/releases/1.4.2"


def test_hosts(host):
    assert host.file("/etc/hosts").exists


def test_no_telnet_conf(host):
    assert not host.file("/etc/telnet.conf").exists


def test_shadow(host):
    f = host.file("/etc/shadow")
    assert f.mode == 0o640 and f.group == "shadow"


def test_openssh_server(host):
    assert host.package("openssh-server").is_installed


def test_sudo(host):
    assert host.package("sudo").is_installed


def test_cron_package(host):
    assert host.package("cron").is_installed


def test_less(host):
    assert host.package("less").is_installed


def test_procps(host):
    assert host.package("procps").is_installed


def test_iproute2(host):
    assert host.package("iproute2").is_installed


def test_no_telnetd(host):
    assert not host.package("telnetd").is_installed


def test_no_rsh_server(host):
    assert not host.package("rsh-server").is_installed


def test_cron_running(host):
    assert host.process.filter(comm="cron")


def test_ssh_running(host):
    assert host.process.filter(comm="sshd")


def test_port_22(host):
    assert host.socket("tcp://22").is_listening


def test_port_23_closed(host):
    assert not host.socket("tcp://23").is_listening


def test_user_deploy(host):
    u = host.user("deploy")
    assert u.exists and u.shell == "/bin/bash"


def test_user_app(host):
    u = host.user("app")
    assert u.exists and u.home == "/opt/app"


def test_no_intruder(host):
    assert not host.user("intruder").exists


def test_root(host):
    u = host.user("root")
    assert u.exists and u.uid == 0


def test_group_app(host):
    assert host.group("app").exists


def test_group_sudo(host):
    assert host.group("sudo").exists


def test_sshd_config_valid(host):
    assert host.run("/usr/sbin/sshd -t").rc == 0


def test_app_version(host):
    r = host.run("readlink /opt/app/current")
    assert r.rc == 0 and "1.4.2" in r.stdout


def test_no_world_writable_etc(host):
    r = host.run("find /etc -xdev -type f -perm -0002")
    assert r.rc == 0 and r.stdout.strip() == ""
