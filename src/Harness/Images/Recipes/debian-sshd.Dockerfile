# Recipe iactest/debian-sshd: the iactest/debian image plus OpenSSH's server and sudo, a host to reach over SSH, with
# cron and less as a service and a package whose state a drift check can look at, and ps/ss as on any real server
# (Testinfra, the benchmark's baseline, needs them), and python3 as on any server Ansible manages (converge over ssh).
# No host keys and no authorized keys are baked in: whoever starts a container brings its own (generated per
# test run), so two containers never share a host key and no key sits in an image layer.
# sshd runs in the foreground as PID 1's child; /run/sshd is its privilege-separation folder.
ARG BASE_IMAGE
FROM ${BASE_IMAGE}
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openssh-server sudo procps iproute2 cron less python3 \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb /etc/ssh/ssh_host_* \
 && mkdir -p /run/sshd \
 && touch -d @0 /var/lib/apt/lists
EXPOSE 22
CMD ["/usr/sbin/sshd", "-D", "-e"]
