namespace IacTest.Lint.Tests.Kubernetes;

/// <summary>Manifests as current tools write them (<c>Fixtures/kubernetes/current</c>) have no schema finding.</summary>
public sealed class CurrentManifestsTests
{
    public static TheoryData<string> Files() =>
        new(Directory.GetFiles(Path.Combine(LintHarness.FixturesRoot, "kubernetes", "current"), "*.yaml")
            .Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void A_current_manifest_validates_clean(string file)
    {
        // Given
        var path = Path.Combine("kubernetes", "current", file);
        var objects = File.ReadAllLines(Path.Combine(LintHarness.FixturesRoot, path)).Count(l => l.StartsWith("kind: ", StringComparison.Ordinal));

        // When
        var found = LintHarness.LintFixture(path, null, "kubernetes-schema");

        // Then: every object was validated (none skipped) and none has a finding
        objects.ShouldBeGreaterThan(10);
        found.Select(d => d.ToString()).ShouldBeEmpty();
    }
}
