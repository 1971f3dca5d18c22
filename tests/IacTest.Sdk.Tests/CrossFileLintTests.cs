namespace IacTest.Sdk.Tests;

/// <summary>
/// Incremental builds where a file's findings depend on files other than itself: the manifests of its folder that
/// cross-object rules read, and the nested configuration it is linted under.
/// </summary>
[Collection(PackedSdkCollection.Name)]
public sealed class CrossFileLintTests(PackedSdkFixture sdk)
{
    private const string Service = """
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          selector:
            app: web
          ports:
            - port: 80

        """;

    [Fact]
    public async Task Fixing_the_workload_clears_the_dangling_service_finding_of_the_unchanged_service_file()
    {
        // Given a Service and, beside it, a Deployment whose pod labels have a typo
        var project = sdk.CreateProject("crossfile", """<Project Sdk="IacTest.Sdk/$(Version)" />""");
        var service = project.Write(Path.Combine("k8s", "svc.yaml"), Service);
        var deployment = project.Write(Path.Combine("k8s", "deploy.yaml"), Deployment("wbe"));
        project.Write("site.yml", "---\na: 1\n");
        var broken = await project.BuildAsync();

        // When only the Deployment is fixed
        File.WriteAllText(deployment, Deployment("web"));
        File.SetLastWriteTimeUtc(deployment, DateTime.UtcNow.AddSeconds(5));
        var fixedBuild = await project.BuildAsync();

        // Then the first build failed on the Service, and the second lints both manifests again and passes
        broken.ExitCode.ShouldNotBe(0, broken.Output);
        broken.Output.ShouldContain($"{service}(7,3): error IAC0402");
        fixedBuild.ExitCode.ShouldBe(0, fixedBuild.Output);
        fixedBuild.Output.ShouldNotContain("IAC0402");
        fixedBuild.LintedFiles.ShouldBe(2);

        // When the Deployment is removed, the Service is linted again and dangles once more
        File.Delete(deployment);
        var removed = await project.BuildAsync();
        removed.LintedFiles.ShouldBe(1);
        removed.Output.ShouldContain($"{service}(7,3): error IAC0402");
    }

    [Fact]
    public async Task Editing_a_nested_yamllint_file_between_two_builds_changes_the_findings_under_it()
    {
        // Given a role with a yamllint file of its own allowing 120 characters, and a 100-character line in it
        var project = sdk.CreateProject("nestedconfig", """<Project Sdk="IacTest.Sdk/$(Version)" />""");
        var roleConfig = project.Write(Path.Combine("roles", "web", ".yamllint"), "extends: default\nrules:\n  line-length: {max: 120}\n");
        var defaults = project.Write(Path.Combine("roles", "web", "defaults", "main.yml"), "---\nweb_banner: " + new string('x', 88) + "\n");
        project.Write("site.yml", "---\na: 1\n");
        var wide = await project.BuildAsync();

        // When the role's configuration is narrowed to 80
        File.WriteAllText(roleConfig, "extends: default\nrules:\n  line-length: {max: 80}\n");
        File.SetLastWriteTimeUtc(roleConfig, DateTime.UtcNow.AddSeconds(5));
        var narrow = await project.BuildAsync();

        // Then the first build passed, the second lints the role's file again (only it) and reports its long line
        wide.ExitCode.ShouldBe(0, wide.Output);
        narrow.ExitCode.ShouldNotBe(0, narrow.Output);
        narrow.Output.ShouldContain($"{defaults}(2,81): error IAC0117");
        narrow.LintedFiles.ShouldBe(1);
    }

    private static string Deployment(string label) => $"""
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 1
          selector:
            matchLabels:
              app: {label}
          template:
            metadata:
              labels:
                app: {label}
            spec:
              containers:
                - name: web
                  image: registry.example.com/web:1.4.2
                  securityContext:
                    readOnlyRootFilesystem: true
                    allowPrivilegeEscalation: false
                    runAsNonRoot: true
                    capabilities:
                      drop: ["ALL"]
                  resources:
                    requests:
                      cpu: 100m
                      memory: 128Mi
                    limits:
                      memory: 256Mi

        """;
}
