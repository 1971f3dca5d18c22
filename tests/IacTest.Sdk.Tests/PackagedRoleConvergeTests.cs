using IacTest.Harness.Images;
using IacTest.Harness.Xunit;

namespace IacTest.Sdk.Tests;

/// <summary>A role from a module package converges in a container, as a dependency of the project's own role.</summary>
[Collection(PackedSdkCollection.Name)]
public sealed class PackagedRoleConvergeTests(PackedSdkFixture sdk)
{
    [DockerFact]
    public async Task A_local_role_converges_with_the_packaged_role_it_depends_on()
    {
        // Given the module package, and a test project whose own role depends on the packaged one by name
        var project = await AcmeNginxModule.CreateConsumerAsync(sdk, "site-converge");
        project.Write("roles/site/meta/main.yml", """
            ---
            galaxy_info:
              author: Acme
              description: The Acme site, served by the packaged nginx role
              license: MIT
              min_ansible_version: "2.14"
              platforms:
                - name: Debian
                  versions:
                    - bookworm
            dependencies:
              - role: nginx

            """);
        project.Write("roles/site/tasks/main.yml", """
            ---
            - name: Write the site page
              ansible.builtin.copy:
                dest: /etc/acme-site.txt
                content: "site on nginx\n"
                mode: "0644"

            """);
        project.Write("SiteConvergeTests.cs", $$"""
            public class SiteConvergeTests
            {
                [DockerFact]
                public async Task The_site_converges_with_nginx_from_its_package()
                {
                    string? nginxConfig = null;
                    string? page = null;
                    var scenario = new EnvironmentBuilder()
                        .WithBaseImage(BaseImage.DebianPython)
                        .ForRole(
                            "roles/site", // as the docs write it: the project's folder, not the test's bin/
                            run => run.WithFactGathering(false),
                            verify: async (instance, cancellationToken) =>
                            {
                                var environment = (IacEnvironment)instance.Lifetime!;
                                nginxConfig = await environment.ReadFileAsync("{{AcmeNginxModule.ConfigFile}}", cancellationToken);
                                page = await environment.ReadFileAsync("/etc/acme-site.txt", cancellationToken);
                            });

                    await scenario.RunAsync();

                    scenario.ConvergeResult!.ChangedTasks.Select(t => t.Task).ShouldBe(["Write the site configuration", "Write the site page"]);
                    scenario.IdempotenceResult!.For("instance").Changed.ShouldBe(0);
                    nginxConfig.ShouldBe("listen 8080\n");
                    page.ShouldBe("site on nginx\n");
                }
            }
            """);

        // When it is tested (its own test counted, without the lint's rows)
        var test = await project.TestAsync("-p:IacLintTestResults=false");

        // Then the converge found the packaged role on Ansible's roles path, and the test ran (not skipped) and passed
        test.ExitCode.ShouldBe(0, test.Output);
        test.Output.ShouldContain("Passed:     1");
    }
}
