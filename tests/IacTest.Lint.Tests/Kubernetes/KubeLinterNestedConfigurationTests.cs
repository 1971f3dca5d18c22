using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;

namespace IacTest.Lint.Tests.Kubernetes;

/// <summary>
/// A folder with its own <c>.kube-linter.yaml</c> (a vendored app, an environment's overlay) is checked under the
/// nearest configuration above a file, as kube-linter run in that folder would be; the project's applies elsewhere.
/// The fixture (<c>Fixtures/kube-linter-nested</c>) holds three configurations that disagree.
/// </summary>
public sealed class KubeLinterNestedConfigurationTests
{
    private static readonly string Root = Path.Combine(LintHarness.FixturesRoot, "kube-linter-nested");

    [Fact]
    public void Each_file_is_checked_under_the_nearest_kube_linter_configuration()
    {
        // Given every manifest and kustomization of the repository
        var files = Directory.EnumerateFiles(Root, "*.yaml", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToList();

        // When they are grouped by configuration and linted under it
        var loaded = ConfigurationScopes.Load(new ConfigurationRequest { Directory = Root }, files);
        var found = loaded.Scopes.SelectMany(scope => scope.Files.SelectMany(file => new LintEngine().LintPath(file, scope.Configuration).Diagnostics))
            .Where(d => d.Rule is "latest-tag" or "run-as-non-root")
            .Select(d => $"{Path.GetRelativePath(Root, d.File).Replace('\\', '/')}:{d.Line}:{d.Column} {d.Rule}{Overlay(d.Message)}")
            .Order(StringComparer.Ordinal).ToArray();

        // Then the vendored app is held only to upstream's latest-tag (its missing runAsNonRoot is not reported), the dev
        // overlay's latest image is allowed by its own configuration, and production's overlay gets both of the
        // project's checks. The rendered container that runs as root is placed where it was written, in the base.
        loaded.Problems.ShouldBeEmpty();
        found.ShouldBe([
            "apps/api/base/deployment.yaml:18:11 run-as-non-root in dev",
            "apps/api/base/deployment.yaml:18:11 run-as-non-root in production",
            "apps/api/overlays/production/kustomization.yaml:8:13 latest-tag in production",
            "vendor/metrics-server/deployment.yaml:17:18 latest-tag",
        ]);
    }

    // Which overlay a finding on a rendered object came from: its message ends with it.
    private static string Overlay(string message) =>
        message.LastIndexOf(" of the overlay ", StringComparison.Ordinal) is var at and >= 0 ? " in " + message[(at + 16)..].TrimEnd(')').Replace('\\', '/').Split("overlays/")[^1] : string.Empty;

    [Fact]
    public void The_scopes_are_the_projects_and_one_per_nested_configuration()
    {
        var vendored = Path.Combine(Root, "vendor", "metrics-server", "deployment.yaml");
        var dev = Path.Combine(Root, "apps", "api", "overlays", "dev", "kustomization.yaml");
        var production = Path.Combine(Root, "apps", "api", "overlays", "production", "kustomization.yaml");

        var loaded = ConfigurationScopes.Load(new ConfigurationRequest { Directory = Root }, [production, vendored, dev]);

        loaded.Scopes.Select(s => (Path.GetRelativePath(Root, s.Directory).Replace('\\', '/'), s.Files.Count)).ShouldBe([(".", 1), ("vendor/metrics-server", 1), ("apps/api/overlays/dev", 1)]);
        loaded.Scopes[2].ConfigurationFiles.ShouldContain(Path.Combine(Root, "apps", "api", "overlays", "dev", ".kube-linter.yml"));
    }

    [Fact]
    public void Without_discovery_the_nested_configurations_are_not_read()
    {
        var vendored = Path.Combine(Root, "vendor", "metrics-server", "deployment.yaml");

        var loaded = ConfigurationScopes.Load(new ConfigurationRequest { Directory = Root, Discover = false }, [vendored]);

        loaded.Scopes.Single().ConfigurationFiles.ShouldNotContain(f => f.EndsWith(".kube-linter.yaml", StringComparison.Ordinal));
    }
}
