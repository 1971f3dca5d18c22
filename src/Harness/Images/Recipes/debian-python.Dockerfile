# Recipe iactest/debian-python: the iactest/debian image plus python3, an Ansible target.
# The emptied package lists are dated 1970: Ansible's apt module judges `cache_valid_time` by that folder's time,
# and an image built minutes ago would otherwise pass for a fresh cache with no lists in it.
ARG BASE_IMAGE
FROM ${BASE_IMAGE}
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3 python3-apt \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb \
 && touch -d @0 /var/lib/apt/lists
CMD ["/bin/bash"]
