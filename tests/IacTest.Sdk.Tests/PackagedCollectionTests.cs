namespace IacTest.Sdk.Tests;

/// <summary>
/// An Ansible collection packed as a module serves its roles and plugins by their full names in a test project that
/// references the package, run with the real <c>ansible-playbook</c> on the test machine.
/// </summary>
[Collection(PackedSdkCollection.Name)]
public sealed class PackagedCollectionTests(PackedSdkFixture sdk)
{
    private const string PackageId = "Acme.Web";
    private const string Version = "1.0.0";

    [Fact]
    public async Task A_playbook_uses_the_role_and_filter_of_a_packaged_collection()
    {
        // Given a collection module package (kind inferred from galaxy.yml) and a test project whose playbook uses it
        await sdk.PackOnceAsync("acme-web", PackageId, Version, "collections/acme_web", WriteCollection);
        var project = sdk.CreateConsumer("collection-consumer", PackageId, Version);
        project.Write("playbooks/site.yml", "---\n- name: Site\n  hosts: all\n  gather_facts: false\n  roles:\n    - role: acme.web.hello\n");
        project.Write("CollectionTests.cs", """
            using System.Reflection;

            public class CollectionTests
            {
                private static string ProjectDirectory => typeof(CollectionTests).Assembly
                    .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "IacTest.ProjectDirectory").Value!;

                [Fact]
                public async Task The_packaged_collection_serves_its_role_and_filter()
                {
                    IacModules.Get("acme_web").Kind.ShouldBe("ansible-collection");
                    var greeting = Path.Combine(Path.GetTempPath(), $"acme-web-{Guid.NewGuid():N}.txt");
                    try
                    {
                        await AnsiblePlaybookRun.Playbook(Path.Combine(ProjectDirectory, "playbooks", "site.yml"))
                            .WithHost(AnsibleHost.Localhost())
                            .WithVariable("hello_file", greeting)
                            .ConvergeAsync();

                        File.ReadAllText(greeting).ShouldBe("HELLO FROM ACME.WEB\n");
                    }
                    finally
                    {
                        File.Delete(greeting);
                    }
                }
            }
            """);

        // When it is tested (its own test counted, without the lint's rows)
        var test = await project.TestAsync("-p:IacLintTestResults=false");

        // Then Ansible found acme.web.hello and acme.web.shout through the package
        test.ExitCode.ShouldBe(0, test.Output);
        test.Output.ShouldContain("Passed:     1");
    }

    private static void WriteCollection(ConsumerProject module)
    {
        module.Write("collections/acme_web/galaxy.yml", """
            ---
            namespace: acme
            name: web
            version: 1.0.0
            readme: README.md
            authors:
              - Acme
            description: The Acme web collection
            license:
              - MIT
            repository: https://example.com/acme/web

            """);
        module.Write("collections/acme_web/README.md", "# acme.web\n");
        module.Write("collections/acme_web/meta/runtime.yml", "---\nrequires_ansible: \">=2.14\"\n");
        module.Write("collections/acme_web/roles/hello/tasks/main.yml", """
            ---
            - name: Write the greeting
              ansible.builtin.copy:
                dest: "{{ hello_file }}"
                content: "{{ 'hello from acme.web' | acme.web.shout }}\n"
                mode: "0644"

            """);
        module.Write("collections/acme_web/plugins/filter/shout.py", """
            def shout(value):
                return str(value).upper()


            class FilterModule(object):
                def filters(self):
                    return {"shout": shout}

            """);
    }
}
