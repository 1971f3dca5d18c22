#!/usr/bin/python3
"""Writes a deterministic Ansible corpus (roles and playbooks) under bench/out/ansible for the benchmark."""
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "bench/out/ansible")
roles = int(sys.argv[2]) if len(sys.argv) > 2 else 70
root.mkdir(parents=True, exist_ok=True)
(root / ".ansible-lint").write_text("---\noffline: true\n")
for r in range(roles):
    role = root / "roles" / f"role_{r:03d}"
    for folder in ("tasks", "handlers", "defaults", "meta"):
        (role / folder).mkdir(parents=True, exist_ok=True)
    tasks = ["---"]
    for t in range(12):
        kind = (r + t) % 4
        if kind == 0:
            tasks += [f"- name: Install package {t}", "  ansible.builtin.apt:", f"    name: pkg_{r}_{t}", "    state: present", ""]
        elif kind == 1:
            tasks += [f"- name: Run command {t}", f"  ansible.builtin.command: /usr/local/bin/tool{t} --flag", "  changed_when: false", ""]
        elif kind == 2:
            tasks += [f"- name: Write file {t}", "  ansible.builtin.copy:", f"    content: \"{{{{ role_{r:03d}_value }}}}\"", f"    dest: /etc/app/{t}.conf", "    mode: \"0644\"", "  notify: Restart service", ""]
        else:
            tasks += [f"- name: shell {t}", f"  shell: cat /etc/hosts | grep host{t}", ""]
    (role / "tasks" / "main.yml").write_text("\n".join(tasks))
    (role / "handlers" / "main.yml").write_text("---\n- name: Restart service\n  ansible.builtin.service:\n    name: app\n    state: restarted\n")
    (role / "defaults" / "main.yml").write_text(f"---\nrole_{r:03d}_value: {r}\nrole_{r:03d}_list: [a, b]\n")
    (role / "meta" / "main.yml").write_text(
        f"---\ngalaxy_info:\n  role_name: role_{r:03d}\n  author: Bench\n  description: Role {r}\n  license: MIT\n"
        "  min_ansible_version: \"2.14\"\n  platforms:\n    - name: Debian\n      versions:\n        - bookworm\n  galaxy_tags:\n    - bench\ndependencies: []\n")
for p in range(roles // 2):
    play = ["---", f"- name: Playbook {p}", "  hosts: all", "  become: true", "  roles:"]
    play += [f"    - role_{(p * 2 + i) % roles:03d}" for i in range(2)]
    play += ["  tasks:", "    - name: Debug", "      ansible.builtin.debug:", "        msg: \"{{ inventory_hostname }}\"", ""]
    (root / f"playbook_{p:03d}.yml").write_text("\n".join(play))
print(sum(1 for _ in root.rglob("*.yml")), "files in", root, file=sys.stderr)
