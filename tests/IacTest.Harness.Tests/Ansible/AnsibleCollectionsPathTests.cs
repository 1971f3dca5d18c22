using IacTest.Harness.Ansible;
using IacTest.Harness.Modules;

namespace IacTest.Harness.Tests.Ansible;

/// <summary>
/// Referenced collections laid out where Ansible looks for them, proven with the real <c>ansible-playbook</c> on the
/// test machine (no engine needed): a role and a filter plugin of a collection resolve by their full names.
/// </summary>
public sealed class AnsibleCollectionsPathTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("iactest-collections-").FullName;

    private string Work => Directory.CreateDirectory(Path.Combine(_root, "work")).FullName;

    [Fact]
    public async Task A_referenced_collection_serves_its_roles_and_plugins_by_full_name()
    {
        // Given a collection as a module package holds it (galaxy.yml names it acme.web), and a playbook using it
        var collection = Collection("web-module", "namespace: acme\nname: web\nversion: 1.0.0\n");
        Write(collection, "roles/hello/tasks/main.yml", "---\n- name: Greet\n  ansible.builtin.copy:\n    dest: \"{{ out }}/hello.txt\"\n    content: \"{{ 'hello' | acme.web.shout }}\\n\"\n    mode: \"0644\"\n");
        Write(collection, "plugins/filter/shout.py",
            "def shout(value):\n    return str(value).upper()\n\n\nclass FilterModule(object):\n    def filters(self):\n        return {'shout': shout}\n");
        var playbook = Write(_root, "site.yml", "---\n- name: Site\n  hosts: localhost\n  connection: local\n  gather_facts: false\n  roles:\n    - role: acme.web.hello\n");
        var output = Directory.CreateDirectory(Path.Combine(_root, "out")).FullName;

        // When the collections path is made for it and the playbook runs with it
        var path = AnsibleCollectionsPath.Create(Work, [Module("web-module", collection)], inheritedPath: null);
        var environment = AnsibleProcessEnvironment.Create(Work);
        environment["ANSIBLE_COLLECTIONS_PATH"] = path!;
        environment["ANSIBLE_STDOUT_CALLBACK"] = "default";
        var run = await ProcessRunner.RunAsync(AnsibleTools.AnsiblePlaybook, ["-i", "localhost,", "-e", $"out={output}", playbook], _root, environment,
            TimeSpan.FromMinutes(2), CancellationToken.None);

        // Then the role and its filter were found, and Ansible's own defaults still follow
        run.ExitCode.ShouldBe(0, run.Stdout + run.Stderr);
        File.ReadAllText(Path.Combine(output, "hello.txt")).ShouldBe("HELLO\n");
        path.ShouldBe(string.Join(Path.PathSeparator, Path.Combine(Work, "collections"), "~/.ansible/collections", "/usr/share/ansible/collections"));
    }

    [Fact]
    public void A_collections_path_the_user_set_is_searched_after_the_referenced_collections()
    {
        var collection = Collection("web", "namespace: acme\nname: web\n");

        var path = AnsibleCollectionsPath.Create(Work, [Module("web", collection)], inheritedPath: "/opt/collections");

        path.ShouldBe($"{Path.Combine(Work, "collections")}{Path.PathSeparator}/opt/collections");
        new DirectoryInfo(Path.Combine(Work, "collections", "ansible_collections", "acme", "web")).LinkTarget.ShouldBe(collection);
    }

    [Fact]
    public void Without_referenced_collections_nothing_is_laid_out()
    {
        AnsibleCollectionsPath.Create(Work, [], inheritedPath: "/opt/collections").ShouldBeNull();
        Directory.Exists(Path.Combine(Work, "collections")).ShouldBeFalse();
    }

    [Fact]
    public void A_second_run_in_the_same_work_folder_keeps_the_links()
    {
        var collection = Collection("web", "namespace: acme\nname: web\n");

        var first = AnsibleCollectionsPath.Create(Work, [Module("web", collection)], inheritedPath: null);
        var second = AnsibleCollectionsPath.Create(Work, [Module("web", collection)], inheritedPath: null);

        second.ShouldBe(first);
    }

    [Fact]
    public void A_collection_without_galaxy_yml_is_an_error_that_names_the_module()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "bare")).FullName;

        var error = Should.Throw<InvalidOperationException>(() => AnsibleCollectionsPath.Create(Work, [Module("bare", folder)], null));

        error.Message.ShouldBe($"The referenced module 'bare' is an Ansible collection but has no galaxy.yml in {folder}.");
    }

    [Fact]
    public void A_name_Ansible_would_reject_is_an_error_at_its_position()
    {
        var collection = Collection("web", "namespace: acme\nname: Web-Site\n");

        var error = Should.Throw<InvalidOperationException>(() => AnsibleCollectionsPath.Create(Work, [Module("web", collection)], null));

        error.Message.ShouldStartWith($"{Path.Combine(collection, "galaxy.yml")}:2:7: galaxy.yml needs a namespace and a name made of lowercase letters");
        error.Message.ShouldContain("name 'Web-Site'");
    }

    [Fact]
    public void Broken_yaml_in_galaxy_yml_is_an_error_at_its_position()
    {
        var collection = Collection("web", "namespace: [acme\nname: web\n");

        var error = Should.Throw<InvalidOperationException>(() => AnsibleCollectionsPath.Create(Work, [Module("web", collection)], null));

        error.Message.ShouldStartWith($"{Path.Combine(collection, "galaxy.yml")}:");
        error.Message.ShouldContain("YAML syntax error");
    }

    [Fact]
    public void Two_modules_that_are_the_same_collection_are_an_error()
    {
        var one = Collection("one", "namespace: acme\nname: web\n");
        var other = Collection("other", "namespace: acme\nname: web\n");

        var error = Should.Throw<InvalidOperationException>(() => AnsibleCollectionsPath.Create(Work, [Module("one", one), Module("other", other)], null));

        error.Message.ShouldBe("The referenced modules 'one' and 'other' are both the Ansible collection acme.web.");
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static IacModuleReference Module(string name, string folder) =>
        new(name, folder, IacModuleReference.AnsibleCollectionKind, "Acme.Web", "1.0.0");

    private string Collection(string folderName, string galaxy)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "packages", folderName)).FullName;
        Write(folder, "galaxy.yml", galaxy);
        return folder;
    }

    private static string Write(string folder, string relative, string text)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
