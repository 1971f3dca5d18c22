using IacTest.Lint.Classification;
using IacTest.Lint.Files;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Tests.Engine;

public class ClassificationTests
{
    [Theory]
    [InlineData("roles/web/tasks/main.yml", "- debug: msg=hi\n", FileKind.AnsibleTasks)]
    [InlineData("roles/web/handlers/main.yml", "- name: restart\n  service: name=x\n", FileKind.AnsibleHandlers)]
    [InlineData("roles/web/defaults/main.yml", "port: 80\n", FileKind.AnsibleVars)]
    [InlineData("roles/web/meta/main.yml", "galaxy_info: {}\n", FileKind.AnsibleMeta)]
    [InlineData("roles/web/meta/argument_specs.yml", "argument_specs: {}\n", FileKind.AnsibleArgumentSpecs)]
    [InlineData("inventory/group_vars/all.yml", "x: 1\n", FileKind.AnsibleVars)]
    [InlineData("site.yml", "- hosts: all\n  tasks: []\n", FileKind.AnsiblePlaybook)]
    [InlineData("deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\n", FileKind.Kubernetes)]
    [InlineData("multi.yaml", "---\nfoo: 1\n---\napiVersion: v1\nkind: Service\n", FileKind.Kubernetes)]
    [InlineData("docker-compose.yml", "services: {}\n", FileKind.Compose)]
    [InlineData("stack.yml", "services:\n  web:\n    image: nginx\n", FileKind.Compose)]
    [InlineData("base/kustomization.yaml", "resources: []\n", FileKind.Kustomization)]
    [InlineData("requirements.yml", "roles: []\n", FileKind.AnsibleRequirements)]
    [InlineData("galaxy.yml", "namespace: x\n", FileKind.AnsibleGalaxy)]
    [InlineData("settings.yaml", "debug: true\n", FileKind.Yaml)]
    public void Files_are_classified_by_path_then_content(string path, string text, FileKind expected)
    {
        var (documents, _) = YamlTree.Parse(text);

        FileClassifier.Classify(path, documents).ShouldBe(expected);
    }

    [Theory]
    [InlineData("roles/stack/tasks/docker-compose.yml", "- name: Up\n  ansible.builtin.command: docker compose up\n", FileKind.AnsibleTasks)]
    [InlineData("roles/stack/tasks/compose.yaml", "- name: Up\n  ansible.builtin.command: docker compose up\n", FileKind.AnsibleTasks)]
    [InlineData("roles/stack/tasks/kustomization.yaml", "- name: Apply\n  ansible.builtin.command: kubectl apply -k .\n", FileKind.AnsibleTasks)]
    [InlineData("roles/stack/tasks/deployment.yml", "apiVersion: apps/v1\nkind: Deployment\n", FileKind.AnsibleTasks)]
    [InlineData("roles/stack/tasks/requirements.yml", "- name: Pip\n  ansible.builtin.pip:\n    name: x\n", FileKind.AnsibleTasks)]
    [InlineData("roles/stack/handlers/docker-compose.yml", "- name: Restart\n  ansible.builtin.command: docker compose restart\n", FileKind.AnsibleHandlers)]
    [InlineData("roles/stack/vars/docker-compose.yml", "services:\n  web:\n    image: nginx\n", FileKind.AnsibleVars)]
    [InlineData("roles/stack/defaults/main.yml", "apiVersion: v1\nkind: ConfigMap\n", FileKind.AnsibleVars)]
    [InlineData("group_vars/compose.yml", "services:\n  web:\n    image: nginx\n", FileKind.AnsibleVars)]
    [InlineData("playbooks/docker-compose.yml", "- hosts: all\n  tasks: []\n", FileKind.AnsiblePlaybook)]
    [InlineData("molecule/default/docker-compose.yml", "- hosts: all\n  tasks: []\n", FileKind.AnsiblePlaybook)]
    [InlineData("roles/stack/tasks/galaxy.yml", "namespace: x\n", FileKind.AnsibleGalaxy)]
    [InlineData(".github/workflows/tasks/deploy.yml", "- name: Deploy\n  ansible.builtin.debug:\n", FileKind.AnsibleTasks)]
    [InlineData("tests/integration/targets/web/tasks/main.yml", "- name: Run\n  ansible.builtin.debug:\n", FileKind.AnsibleTasks)]
    [InlineData("meta/runtime.yml", "requires_ansible: '>=2.14'\n", FileKind.Yaml)]
    [InlineData("roles/stack/templates/docker-compose.yml", "services:\n  web:\n    image: nginx\n", FileKind.Yaml)]
    [InlineData("charts/shop/templates/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\n", FileKind.Yaml)]
    [InlineData("molecule/default/molecule.yml", "driver:\n  name: docker\n", FileKind.Yaml)]
    public void A_place_in_an_Ansible_tree_beats_a_file_name(string path, string text, FileKind expected)
    {
        // Given
        var (documents, _) = YamlTree.Parse(text);

        // When
        var kind = FileClassifier.Classify("/srv/checkout/" + path, documents);

        // Then
        kind.ShouldBe(expected);
    }

    [Theory]
    [InlineData(".pre-commit-hooks.yaml", "- id: check\n  name: check\n  entry: check\n  language: python\n", FileKind.Yaml)]
    [InlineData(".github/workflows/ci.yml", "name: CI\njobs:\n  lint:\n    runs-on: ubuntu-latest\n", FileKind.Yaml)]
    [InlineData("steps.yml", "- id: lint\n  run: make lint\n", FileKind.Yaml)]
    [InlineData("setup.yml", "- name: Install\n  ansible.builtin.apt:\n    name: git\n", FileKind.AnsibleTasks)]
    [InlineData("site.yml", "- ansible.builtin.import_playbook: web.yml\n", FileKind.Yaml)]
    [InlineData("site.yml", "- hosts: all\n  tasks: []\n- ansible.builtin.import_playbook: web.yml\n", FileKind.AnsiblePlaybook)]
    [InlineData("rulebook.yml", "- hosts: all\n  rules: []\n", FileKind.Yaml)]
    [InlineData("galaxy.yaml", "namespace: x\n", FileKind.Yaml)]
    public void Outside_an_Ansible_place_content_decides_as_ansible_lint_guesses(string path, string text, FileKind expected)
    {
        // Given
        var (documents, _) = YamlTree.Parse(text);

        // When
        var kind = FileClassifier.Classify("/srv/checkout/" + path, documents);

        // Then
        kind.ShouldBe(expected);
    }
}
