# Recipe iactest/debian-systemd: a Debian image plus systemd as PID 1 (and python3, an Ansible target), so a role's
# service tasks talk to a real service manager and a check sees real units and their journal.
# The container needs settings of its own (EnvironmentBuilder.WithSystemd): no docker-init (systemd must be PID 1),
# tmpfs on /run and /run/lock, the host's cgroup tree, and SIGRTMIN+3 to stop (systemd's "halt").
# Units that only make sense on a real machine are masked: they fail or wait for devices in a container.
ARG BASE_IMAGE
FROM ${BASE_IMAGE}
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends systemd systemd-sysv dbus python3 python3-apt \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb \
 && systemctl mask getty.target console-getty.service systemd-udevd.service systemd-firstboot.service \
      systemd-modules-load.service sys-kernel-config.mount sys-kernel-debug.mount sys-fs-fuse-connections.mount \
 && touch -d @0 /var/lib/apt/lists
STOPSIGNAL SIGRTMIN+3
CMD ["/lib/systemd/systemd"]
