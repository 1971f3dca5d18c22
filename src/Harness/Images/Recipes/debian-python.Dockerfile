# Recipe iactest/debian-python: the iactest/debian image plus python3, an Ansible target.
ARG BASE_IMAGE
FROM ${BASE_IMAGE}
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3 python3-apt \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb
CMD ["/bin/bash"]
