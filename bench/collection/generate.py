#!/usr/bin/python3
"""Writes a deterministic corpus shaped like large Ansible collections under one folder, for the collection
benchmark: per collection a galaxy.yml, meta/runtime.yml, the changelog and its fragments, module documentation
exported as YAML (DOCUMENTATION, EXAMPLES and RETURN as three documents), documentation fragments, roles with long
task lists, vars and argument specs, molecule scenarios, integration-test targets and playbooks. The content is
generated from word lists with a seeded random generator: same arguments, same corpus, byte for byte.

Like real collections, a small share of lines break yamllint's defaults (long description lines, `yes`/`no`
values, a missing document start), so the reporting path is measured too.

    generate.py OUT [--files 1200] [--seed 2026]
"""
import argparse
import os
import random
import shutil
import sys

NAMESPACES = ['acme', 'northwind', 'contoso', 'fabrikam', 'initech', 'globex', 'umbrella', 'tyrell', 'wayne',
              'stark', 'hooli', 'vandelay']
AREAS = ['network', 'storage', 'cloud', 'monitoring', 'identity', 'database', 'messaging', 'backup', 'dns',
         'firewall', 'containers', 'certificates']
NOUNS = ['instance', 'volume', 'snapshot', 'user', 'group', 'policy', 'route', 'zone', 'record', 'bucket', 'queue',
         'topic', 'certificate', 'key', 'vault', 'cluster', 'node', 'pool', 'listener', 'rule', 'backend', 'job',
         'schedule', 'alert', 'dashboard', 'tenant', 'project', 'network', 'subnet', 'gateway', 'image', 'template']
SUFFIXES = ['', '_info', '_facts', '_config']
WORDS = ('the a an of to in for with on by from when this that is are be will must can not only each every '
         'resource value name state list option default module parameter request response server client api '
         'connection timeout retry token account region endpoint object attribute return host user password '
         'file path directory service package version release update create delete remove present absent '
         'enabled disabled configuration setting field item entry number string boolean dictionary').split()
SERVICES = ['nginx', 'postgresql', 'redis', 'haproxy', 'chrony', 'rsyslog', 'prometheus', 'grafana', 'keepalived',
            'bind9', 'vault', 'consul', 'docker', 'containerd', 'sshd', 'auditd', 'fail2ban', 'memcached']
PACKAGES = ['curl', 'jq', 'git', 'unzip', 'python3-requests', 'python3-cryptography', 'ca-certificates', 'gnupg',
            'lsb-release', 'acl', 'rsync', 'logrotate', 'openssl', 'tar', 'socat']
DISTROS = [('Debian', ['bullseye', 'bookworm']), ('Ubuntu', ['focal', 'jammy']), ('EL', ['8', '9']),
           ('Fedora', ['38', '39'])]
EXAMPLE_VALUES = ['example', '"{{ item }}"', '42', '/srv/data', 'present']
TYPES = ['str', 'int', 'bool', 'list', 'dict', 'path', 'raw']
AUTHORS = ['Jane Doe (@janedoe)', 'Alex Smith (@asmith)', 'Priya Natarajan (@priyan)', 'Tomas Novak (@tnovak)',
           'Mei Lin (@meilin)', 'Kofi Mensah (@kmensah)', 'Olga Ivanova (@oivanova)', 'Lucas Moreau (@lmoreau)']


class Collection:
    """One collection's generated files, written under OUT/<namespace>/<name>/."""

    def __init__(self, rng, root, namespace, name):
        self.rng = rng
        self.root = os.path.join(root, 'ansible_collections', namespace, name)
        self.namespace = namespace
        self.name = name
        self.fqcn = f'{namespace}.{name}'
        self.modules = sorted({rng.choice(NOUNS) + rng.choice(SUFFIXES) for _ in range(rng.randint(12, 20))})
        self.roles = sorted({rng.choice(SERVICES) for _ in range(rng.randint(3, 5))})
        self.written = []

    # --- helpers -------------------------------------------------------------------------------------------------

    def write(self, relative, lines):
        path = os.path.join(self.root, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write('\n'.join(lines) + '\n')
        self.written.append(len(lines))

    def sentence(self, low=6, high=16):
        words = [self.rng.choice(WORDS) for _ in range(self.rng.randint(low, high))]
        return (' '.join(words)).capitalize() + '.'

    def long_sentence(self):
        # About one description line in eight runs past 80 columns, as in real module documentation.
        return self.sentence(14, 22) if self.rng.random() < 0.12 else self.sentence(4, 9)

    def option_names(self, count):
        names = set()
        while len(names) < count:
            name = self.rng.choice(WORDS[20:]) + self.rng.choice(['', '_id', '_name', '_path', 's', '_mode'])
            # name and state are given beside the options in examples and tests.
            if name not in ('name', 'state', 'packages', 'settings'):
                names.add(name)
        return sorted(names)

    def truthy(self):
        # Older content still says yes/no; most says true/false.
        return self.rng.choice(['true', 'false', 'true', 'false', 'true', 'yes', 'no'])

    # --- files ---------------------------------------------------------------------------------------------------

    def galaxy(self):
        rng = self.rng
        lines = ['---', '### REQUIRED', '# The namespace of the collection. This can be a company/brand/organization or product',
                 '# namespace under which all content lives.', f'namespace: {self.namespace}', '',
                 '# The name of the collection.', f'name: {self.name}', '',
                 '# The version of the collection. Must be compatible with semantic versioning',
                 f'version: {rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}', '',
                 '# The path to the Markdown (.md) readme file.', 'readme: README.md', '',
                 '# A list of the collection\'s content authors.', 'authors:']
        lines += [f'  - {a}' for a in rng.sample(AUTHORS, rng.randint(2, 5))]
        lines += ['', '### OPTIONAL but strongly recommended', f'description: {self.sentence(6, 10)}', '',
                  'license:', '  - GPL-3.0-or-later', '', 'tags:']
        lines += [f'  - {t}' for t in sorted({rng.choice(AREAS) for _ in range(5)})]
        lines += ['', '# Collections that this collection requires to be installed for it to be usable.',
                  'dependencies:']
        for dep in sorted({rng.choice(['ansible.utils', 'ansible.netcommon', 'community.general', 'ansible.posix',
                                       'community.crypto']) for _ in range(3)}):
            lines.append(f'  {dep}: ">={rng.randint(1, 5)}.{rng.randint(0, 9)}.0"')
        lines += ['', f'repository: https://git.example.com/{self.namespace}/{self.name}',
                  f'documentation: https://docs.example.com/{self.namespace}/{self.name}',
                  f'homepage: https://www.example.com/{self.name}',
                  f'issues: https://git.example.com/{self.namespace}/{self.name}/issues', '',
                  '# A list of file glob-like patterns used to filter any files or directories that should not be',
                  '# included in the build artifact.', 'build_ignore:',
                  '  - .gitignore', '  - changelogs/.plugin-cache.yaml', '  - tests/output', '  - "*.tar.gz"',
                  '  - .github', '  - docs/yaml']
        self.write('galaxy.yml', lines)

    def runtime(self):
        rng = self.rng
        lines = ['---', 'requires_ansible: ">=2.14.0"', 'action_groups:', f'  {self.name}:']
        lines += [f'    - {m}' for m in self.modules if not m.endswith(('_info', '_facts'))]
        lines += ['plugin_routing:', '  modules:']
        for old in range(rng.randint(8, 20)):
            module = rng.choice(self.modules)
            lines += [f'    {module}_v{old}:', '      deprecation:',
                      f'        removal_version: {rng.randint(3, 9)}.0.0',
                      f'        warning_text: Use {self.fqcn}.{module} instead.']
            if rng.random() < 0.5:
                lines.append(f'      redirect: {self.fqcn}.{module}')
        lines += ['  module_utils:']
        for old in range(rng.randint(2, 6)):
            lines += [f'    legacy_{old}:', f'      redirect: {self.fqcn}.common_{old}']
        lines += ['  lookup:']
        for old in range(rng.randint(1, 4)):
            lines += [f'    old_lookup_{old}:', '      tombstone:', f'        removal_version: {rng.randint(2, 5)}.0.0',
                      '        warning_text: The lookup was removed; use the matching _info module.']
        self.write('meta/runtime.yml', lines)

    def changelog(self):
        rng = self.rng
        lines = ['ancestor: null', 'releases:']
        major = rng.randint(1, 4)
        for minor in range(rng.randint(20, 40)):
            lines += [f'  {major}.{minor}.0:', '    changes:']
            for section in ('bugfixes', 'minor_changes', 'deprecated_features'):
                if rng.random() < 0.3 and section == 'deprecated_features':
                    continue
                lines.append(f'      {section}:')
                for _ in range(rng.randint(1, 6)):
                    entry = f'        - {rng.choice(self.modules)} - {self.sentence(4, 8).lower()}'
                    if rng.random() < 0.25:
                        entry = entry[:-1] + f' (https://git.example.com/{self.namespace}/{self.name}/pull/{rng.randint(10, 900)}).'
                    lines.append(entry)
            lines += ['    fragments:']
            lines += [f'      - {rng.randint(10, 900)}-{rng.choice(self.modules)}-fix.yml' for _ in range(rng.randint(1, 5))]
            if rng.random() < 0.4:
                lines += ['    modules:']
                for module in rng.sample(self.modules, 2):
                    lines += [f'      - description: {self.sentence(3, 6)}', f'        name: {module}',
                              '        namespace: ""']
            lines.append(f'    release_date: "20{rng.randint(20, 26)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"')
        self.write('changelogs/changelog.yaml', lines)
        self.write('changelogs/config.yaml', [
            'changelog_filename_template: ../CHANGELOG.rst', 'changelog_filename_version_depth: 0',
            'changes_file: changelog.yaml', 'changes_format: combined', 'keep_fragments: false',
            'mention_ancestor: true', 'new_plugins_after_name: removed_features', 'notesdir: fragments',
            'prelude_section_name: release_summary', 'prelude_section_title: Release Summary', 'sections:',
            '  - - major_changes', '    - Major Changes', '  - - minor_changes', '    - Minor Changes',
            '  - - breaking_changes', '    - Breaking Changes / Porting Guide', '  - - deprecated_features',
            '    - Deprecated Features', '  - - removed_features', '    - Removed Features (previously deprecated)',
            '  - - security_fixes', '    - Security Fixes', '  - - bugfixes', '    - Bugfixes',
            '  - - known_issues', '    - Known Issues', f'title: {self.namespace.capitalize()} {self.name.capitalize()}',
            'trivial_section_name: trivial', 'use_fqcn: true'])
        for number in sorted(rng.sample(range(100, 999), rng.randint(10, 18))):
            module = rng.choice(self.modules)
            lines = ['---'] if rng.random() < 0.7 else []
            for section in rng.sample(['bugfixes', 'minor_changes', 'breaking_changes', 'trivial'], rng.randint(1, 2)):
                lines.append(f'{section}:')
                for _ in range(rng.randint(1, 3)):
                    text = f'{module} - {self.sentence(6, 12).lower()}'
                    if len(text) > 70:
                        # Long entries are folded, as changelog authors do.
                        lines += ['  - >-', f'    {text}',
                                  f'    (https://git.example.com/{self.namespace}/{self.name}/pull/{number}).']
                    else:
                        lines.append(f'  - {text}')
            self.write(f'changelogs/fragments/{number}-{module}.yml', lines)

    def module_documentation(self, module):
        rng = self.rng
        options = self.option_names(rng.randint(6, 16))
        lines = ['---', f'module: {module}', f'short_description: Manage {module.replace("_", " ")} objects',
                 'version_added: 1.0.0', 'description:']
        lines += [f'  - {self.long_sentence()}' for _ in range(rng.randint(1, 4))]
        lines += ['author:'] + [f'  - {a}' for a in rng.sample(AUTHORS, rng.randint(1, 3))]
        lines += ['extends_documentation_fragment:', f'  - {self.fqcn}.auth', f'  - {self.fqcn}.attributes',
                  'attributes:', '  check_mode:', '    support: full', '  diff_mode:',
                  f'    support: {rng.choice(["full", "none", "partial"])}', 'options:']
        for option in options:
            kind = rng.choice(TYPES)
            lines += [f'  {option}:', '    description:']
            lines += [f'      - {self.long_sentence()}' for _ in range(rng.randint(1, 3))]
            lines.append(f'    type: {kind}')
            if kind == 'list':
                lines.append(f'    elements: {rng.choice(["str", "dict", "int"])}')
            if rng.random() < 0.3:
                lines.append('    required: true')
            elif kind == 'bool':
                lines.append(f'    default: {self.truthy()}')
            elif kind == 'str' and rng.random() < 0.5:
                choices = rng.sample(['present', 'absent', 'started', 'stopped', 'latest', 'merged'], 3)
                lines += [f'    default: {choices[0]}', '    choices:'] + [f'      - {c}' for c in choices]
            if kind == 'dict' and rng.random() < 0.6:
                lines.append('    suboptions:')
                for sub in self.option_names(rng.randint(2, 4)):
                    lines += [f'      {sub}:', f'        description: {self.sentence(4, 8)}',
                              f'        type: {rng.choice(["str", "int", "bool"])}']
            if rng.random() < 0.2:
                lines.append(f'    aliases: [{option}_alias]')
        lines += ['notes:', f'  - {self.long_sentence()}', 'seealso:',
                  f'  - module: {self.fqcn}.{rng.choice(self.modules)}',
                  f'  - name: {module.replace("_", " ").title()} API reference',
                  f'    description: {self.sentence(4, 8)}',
                  f'    link: https://docs.example.com/api/{module}', '...']
        # EXAMPLES: a task list, as ansible-doc shows it.
        lines += ['---']
        for example in range(rng.randint(2, 5)):
            lines += [f'- name: {self.sentence(3, 7)[:-1]}', f'  {self.fqcn}.{module}:']
            for option in rng.sample(options, min(len(options), rng.randint(2, 5))):
                lines.append(f'    {option}: {rng.choice(EXAMPLE_VALUES)}')
            if rng.random() < 0.4:
                lines += ['  register: result', '  delegate_to: localhost']
            lines.append('')
        lines[-1] = '...'
        # RETURN: documented return values.
        lines += ['---']
        for value in self.option_names(rng.randint(3, 8)):
            kind = rng.choice(['str', 'int', 'list', 'dict', 'bool'])
            lines += [f'{value}:', f'  description: {self.long_sentence()}',
                      f'  returned: {rng.choice(["always", "success", "changed", "when state is present"])}',
                      f'  type: {kind}']
            if kind == 'dict':
                lines.append('  contains:')
                for sub in self.option_names(2):
                    lines += [f'    {sub}:', f'      description: {self.sentence(3, 6)}', '      type: str',
                              f'      sample: {sub}-0001']
            else:
                lines.append(f'  sample: {rng.choice(["abc-123", "[1, 2]", "true", "17", "/var/lib/data"])}')
        lines.append('...')
        self.write(f'docs/yaml/modules/{module}.yml', lines)

    def doc_fragment(self, fragment):
        rng = self.rng
        lines = ['---', 'options:']
        for option in self.option_names(rng.randint(4, 9)):
            lines += [f'  {option}:', '    description:']
            lines += [f'      - {self.long_sentence()}' for _ in range(rng.randint(1, 3))]
            lines += [f'      - You can also set this with the C({self.namespace.upper()}_{option.upper()}) environment variable.',
                      f'    type: {rng.choice(TYPES)}']
            if rng.random() < 0.3:
                lines.append('    no_log: true')
        if rng.random() < 0.5:
            lines += ['notes:', f'  - {self.long_sentence()}']
        self.write(f'docs/yaml/doc_fragments/{fragment}.yml', lines)

    def task(self, lines, indent, number, role):
        rng = self.rng
        pad = ' ' * indent
        kind = rng.randrange(9)
        service = role.replace('-', '_')
        if kind == 0:
            lines += [f'{pad}- name: Install {service} packages', f'{pad}  ansible.builtin.package:',
                      f'{pad}    name: "{{{{ {service}_packages }}}}"', f'{pad}    state: present',
                      f'{pad}  become: true']
        elif kind == 1:
            lines += [f'{pad}- name: Write {service} configuration {number}', f'{pad}  ansible.builtin.template:',
                      f'{pad}    src: {service}_{number}.conf.j2', f'{pad}    dest: /etc/{service}/conf.d/{number}.conf',
                      f'{pad}    owner: root', f'{pad}    group: root', f'{pad}    mode: "0644"',
                      f'{pad}  notify: Restart {service}']
        elif kind == 2:
            lines += [f'{pad}- name: Ensure {service} directories exist', f'{pad}  ansible.builtin.file:',
                      f'{pad}    path: "{{{{ item }}}}"', f'{pad}    state: directory', f'{pad}    mode: "0755"',
                      f'{pad}  loop:'] + [f'{pad}    - /var/lib/{service}/{d}' for d in rng.sample(
                          ['data', 'log', 'run', 'tmp', 'cache', 'backup'], rng.randint(2, 4))]
        elif kind == 3:
            lines += [f'{pad}- name: Check {service} version', f'{pad}  ansible.builtin.command: {service} --version',
                      f'{pad}  register: {service}_version_{number}', f'{pad}  changed_when: false']
        elif kind == 4:
            lines += [f'{pad}- name: Enable and start {service}', f'{pad}  ansible.builtin.systemd:',
                      f'{pad}    name: {service}', f'{pad}    enabled: {self.truthy()}', f'{pad}    state: started',
                      f'{pad}  when: {service}_manage_service | bool']
        elif kind == 5:
            lines += [f'{pad}- name: Set {service} facts', f'{pad}  ansible.builtin.set_fact:',
                      f'{pad}    {service}_config_path: /etc/{service}/{service}.conf',
                      f'{pad}    {service}_listen: "{{{{ {service}_address }}}}:{{{{ {service}_port }}}}"']
        elif kind == 6:
            module = rng.choice(self.modules)
            lines += [f'{pad}- name: Manage {module.replace("_", " ")} through the API', f'{pad}  {self.fqcn}.{module}:',
                      f'{pad}    name: "{{{{ {service}_{module}_name }}}}"', f'{pad}    state: present',
                      f'{pad}    api_url: "{{{{ {self.namespace}_api_url }}}}"', f'{pad}  delegate_to: localhost',
                      f'{pad}  register: {module}_result']
        elif kind == 7:
            lines += [f'{pad}- name: Add {service} lines to the environment file', f'{pad}  ansible.builtin.lineinfile:',
                      f'{pad}    path: /etc/default/{service}', f'{pad}    regexp: "^{service.upper()}_OPTS="',
                      f'{pad}    line: "{service.upper()}_OPTS={{{{ {service}_options | join(\' \') }}}}"',
                      f'{pad}    create: true', f'{pad}    mode: "0640"', f'{pad}  notify: Restart {service}']
        else:
            lines += [f'{pad}- name: Download {service} release archive', f'{pad}  ansible.builtin.get_url:',
                      f'{pad}    url: "https://downloads.example.com/{service}/{{{{ {service}_version }}}}/{service}.tar.gz"',
                      f'{pad}    dest: /tmp/{service}.tar.gz', f'{pad}    checksum: "sha256:{{{{ {service}_checksum }}}}"',
                      f'{pad}    mode: "0644"', f'{pad}  retries: 3', f'{pad}  delay: 5',
                      f'{pad}  register: {service}_download', f'{pad}  until: {service}_download is succeeded']

    def task_list(self, role, count):
        lines = ['---']
        number = 0
        while number < count:
            if self.rng.random() < 0.12:
                # A block with its own tasks, as long task files group them.
                lines += [f'- name: {self.sentence(3, 6)[:-1]}', '  when: ansible_facts.os_family == "Debian"', '  block:']
                for _ in range(self.rng.randint(2, 4)):
                    self.task(lines, 4, number, role)
                    number += 1
                lines.append('')
                continue
            if self.rng.random() < 0.15:
                lines.append(f'# {self.sentence(4, 10)}')
            self.task(lines, 0, number, role)
            lines.append('')
            number += 1
        return lines[:-1]

    def role(self, role):
        rng = self.rng
        service = role.replace('-', '_')
        base = f'roles/{role}'
        self.write(f'{base}/tasks/main.yml', ['---', f'- name: Include {service} variables for the OS family',
                                              '  ansible.builtin.include_vars: "{{ ansible_facts.os_family }}.yml"', ''] +
                   [line for part in ('install', 'configure', 'service') for line in
                    (f'- name: Import {part} tasks', f'  ansible.builtin.import_tasks: {part}.yml', '')][:-1])
        for part in ('install', 'configure', 'service'):
            self.write(f'{base}/tasks/{part}.yml', self.task_list(role, rng.randint(10, 30)))
        self.write(f'{base}/handlers/main.yml', ['---', f'- name: Restart {service}', '  ansible.builtin.service:',
                                                 f'    name: {service}', '    state: restarted', '',
                                                 f'- name: Reload {service}', '  ansible.builtin.service:',
                                                 f'    name: {service}', '    state: reloaded'])
        defaults = ['---', f'# Defaults for the {service} role: every value can be overridden in inventory.']
        for option in self.option_names(rng.randint(20, 45)):
            value = rng.choice([f'"{rng.choice(WORDS)}"', str(rng.randint(1, 65535)), self.truthy(), '[]', '{}',
                                f'"{{{{ {service}_base_dir }}}}/{option}"'])
            if rng.random() < 0.2:
                defaults.append(f'# {self.sentence(4, 12)}')
            defaults.append(f'{service}_{option}: {value}')
        defaults += [f'{service}_packages:'] + [f'  - {p}' for p in rng.sample(PACKAGES, rng.randint(3, 7))]
        defaults += [f'{service}_settings:']
        for section in rng.sample(['main', 'logging', 'network', 'storage', 'security'], 3):
            defaults.append(f'  {section}:')
            for key in self.option_names(rng.randint(3, 7)):
                defaults.append(f'    {key}: {rng.choice([str(rng.randint(0, 9000)), rng.choice(WORDS), "true"])}')
        self.write(f'{base}/defaults/main.yml', defaults)
        for family in ('Debian', 'RedHat'):
            vars_lines = ['---', f'{service}_service_name: {service}', f'{service}_config_dir: /etc/{service}',
                          f'{service}_os_packages:'] + [f'  - {p}' for p in rng.sample(PACKAGES, rng.randint(2, 6))]
            # The OS-specific paths and settings a role keeps out of its defaults.
            vars_lines += [f'{service}_os_settings:']
            for key in self.option_names(rng.randint(10, 24)):
                vars_lines.append(f'  {key}: "{rng.choice(["/usr/lib", "/usr/libexec", "/opt"])}/{service}/{key}"')
            self.write(f'{base}/vars/{family}.yml', vars_lines)
        meta = ['---', 'galaxy_info:', f'  role_name: {service}', f'  namespace: {self.namespace}',
                f'  author: {rng.choice(AUTHORS)}', f'  description: Install and configure {service}',
                '  license: GPL-3.0-or-later', '  min_ansible_version: "2.14"', '  platforms:']
        for name, versions in rng.sample(DISTROS, 3):
            meta += [f'    - name: {name}', '      versions:'] + [f'        - "{v}"' for v in versions]
        meta += ['  galaxy_tags:', f'    - {service}', f'    - {rng.choice(AREAS)}', 'dependencies: []']
        self.write(f'{base}/meta/main.yml', meta)
        specs = ['---', 'argument_specs:', '  main:', f'    short_description: Install and configure {service}',
                 '    description:', f'      - {self.long_sentence()}', '    options:']
        for option in self.option_names(rng.randint(10, 25)):
            specs += [f'      {service}_{option}:', f'        description: {self.long_sentence()}',
                      f'        type: {rng.choice(TYPES)}']
            if rng.random() < 0.3:
                specs.append(f'        default: {rng.randint(0, 100)}')
        self.write(f'{base}/meta/argument_specs.yml', specs)
        # A molecule scenario: its configuration and its playbooks.
        scenario = f'{base}/molecule/default'
        self.write(f'{scenario}/molecule.yml', [
            '---', 'dependency:', '  name: galaxy', '  options:', '    requirements-file: requirements.yml',
            'driver:', '  name: docker', 'platforms:'] + [line for name, versions in DISTROS[:3] for line in (
                f'  - name: {service}-{name.lower()}', f'    image: "docker.example.com/{name.lower()}:{versions[-1]}"',
                '    command: /sbin/init', '    privileged: true', '    pre_build_image: true', '    volumes:',
                '      - /sys/fs/cgroup:/sys/fs/cgroup:rw', '    cgroupns_mode: host')] + [
            'provisioner:', '  name: ansible', '  config_options:', '    defaults:', '      callbacks_enabled: profile_tasks',
            '  inventory:', '    group_vars:', '      all:', f'        {service}_manage_service: true',
            'verifier:', '  name: ansible', 'scenario:', '  test_sequence:'] + [
                f'    - {s}' for s in ('dependency', 'cleanup', 'destroy', 'syntax', 'create', 'prepare', 'converge',
                                      'idempotence', 'verify', 'cleanup', 'destroy')])
        self.write(f'{scenario}/converge.yml', ['---', '- name: Converge', '  hosts: all', '  gather_facts: true',
                                                '  tasks:', f'    - name: Include {service}',
                                                '      ansible.builtin.include_role:', f'        name: {self.fqcn}.{role}'])
        verify = ['---', '- name: Verify', '  hosts: all', '  gather_facts: false', '  tasks:']
        for check in range(rng.randint(3, 8)):
            verify += [f'    - name: Check {service} state {check}', '      ansible.builtin.command: systemctl is-active ' + service,
                       f'      register: {service}_active_{check}', '      changed_when: false', '',
                       f'    - name: Assert {service} is active {check}', '      ansible.builtin.assert:', '        that:',
                       f'          - {service}_active_{check}.stdout == "active"', '']
        self.write(f'{scenario}/verify.yml', verify[:-1])
        self.write(f'{scenario}/prepare.yml', ['---', '- name: Prepare', '  hosts: all', '  tasks:',
                                               '    - name: Update the package cache', '      ansible.builtin.package:',
                                               '        update_cache: true', '      changed_when: false'])

    def module_stub(self, module):
        # The plugin itself, so a playbook naming the module passes ansible-playbook --syntax-check (ansible-lint runs
        # its other rules only when that passes). Not YAML: not counted in the corpus.
        path = os.path.join(self.root, 'plugins', 'modules', f'{module}.py')
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write('#!/usr/bin/python\n# -*- coding: utf-8 -*-\nfrom __future__ import annotations\n\n'
                    f'DOCUMENTATION = r"""\nmodule: {module}\nshort_description: Manage {module} objects\n"""\n\n'
                    'from ansible.module_utils.basic import AnsibleModule\n\n\ndef main():\n'
                    '    module = AnsibleModule(argument_spec={}, supports_check_mode=True)\n'
                    '    module.exit_json(changed=False)\n\n\nif __name__ == "__main__":\n    main()\n')

    def integration_target(self, module):
        rng = self.rng
        base = f'tests/integration/targets/{module}'
        lines = ['---', '# Integration tests for the module: create, check mode, idempotence, delete.',
                 f'- name: Test {module}', '  module_defaults:', f'    group/{self.fqcn}.{self.name}:',
                 f'      api_url: "{{{{ {self.namespace}_api_url }}}}"', f'      api_token: "{{{{ {self.namespace}_api_token }}}}"',
                 '  block:']
        for step in range(rng.randint(4, 10)):
            check = rng.random() < 0.3
            lines += [f'    - name: {self.sentence(3, 6)[:-1]} ({step})', f'      {self.fqcn}.{module}:',
                      f'        name: "{{{{ resource_prefix }}}}-{module}-{step}"',
                      f'        state: {rng.choice(["present", "absent"])}']
            for option in self.option_names(rng.randint(1, 4)):
                lines.append(f'        {option}: {rng.choice(["value", "42", "true", "[a, b]"])}')
            if check:
                lines.append('      check_mode: true')
            lines += [f'      register: result_{step}', '',
                      f'    - name: Check the result of step {step}', '      ansible.builtin.assert:', '        that:',
                      f'          - result_{step} is {rng.choice(["changed", "not changed", "succeeded"])}',
                      f'          - result_{step}.{rng.choice(WORDS[20:])} is defined', '']
        lines += ['  always:', f'    - name: Remove every {module} the test created', f'      {self.fqcn}.{module}:',
                  '        name: "{{ item }}"', '        state: absent', '      loop: "{{ created | default([]) }}"',
                  '      ignore_errors: true']
        self.write(f'{base}/tasks/main.yml', lines)
        if rng.random() < 0.4:
            self.write(f'{base}/meta/main.yml', ['---', 'dependencies:', '  - setup_remote_tmp_dir',
                                                 f'  - setup_{self.name}_credentials'])
        if rng.random() < 0.3:
            defaults = ['---', f'{module}_test_name: "{{{{ resource_prefix }}}}-{module}"',
                        f'{module}_test_size: {rng.randint(1, 100)}', f'{module}_test_objects:']
            for item in range(rng.randint(3, 8)):
                defaults += [f'  - name: object-{item}', f'    size: {rng.randint(1, 512)}',
                             f'    labels: {{team: {rng.choice(AREAS)}, tier: "{rng.randint(1, 3)}"}}']
            self.write(f'{base}/defaults/main.yml', defaults)

    def playbooks(self):
        for role in self.roles:
            service = role.replace('-', '_')
            lines = ['---', f'- name: Deploy {service}', f'  hosts: {service}_servers', '  become: true', '  vars:',
                     f'    {service}_manage_service: true', '  pre_tasks:', '    - name: Wait for the host',
                     '      ansible.builtin.wait_for_connection:', '        timeout: 300', '  roles:',
                     f'    - role: {self.fqcn}.{role}', f'      tags: [{service}]', '  post_tasks:']
            lines += ['    ' + line if line else '' for line in self.task_list(role, self.rng.randint(3, 8))[1:]]
            self.write(f'playbooks/deploy_{service}.yml', lines)

    def generate(self):
        self.galaxy()
        self.runtime()
        self.changelog()
        for module in self.modules:
            self.module_documentation(module)
            self.module_stub(module)
            self.integration_target(module)
        for fragment in ('auth', 'attributes', 'connection'):
            self.doc_fragment(fragment)
        for role in self.roles:
            self.role(role)
        self.playbooks()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('out')
    parser.add_argument('--files', type=int, default=1200, help='at least this many files (whole collections)')
    parser.add_argument('--seed', type=int, default=2026)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    lines = []
    index = 0
    while len(lines) < args.files:
        namespace = NAMESPACES[index % len(NAMESPACES)]
        name = AREAS[(index * 5 + index // len(NAMESPACES)) % len(AREAS)]
        collection = Collection(rng, args.out, namespace, name)
        collection.generate()
        lines += collection.written
        index += 1
    print(f'{len(lines)} files in {index} collections, {sum(lines)} lines, {sum(lines) / len(lines):.1f} a file',
          file=sys.stderr)


if __name__ == '__main__':
    main()
