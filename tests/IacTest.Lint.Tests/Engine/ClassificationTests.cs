using IacTest.Lint.Classification;
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
}
