using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;
using IacTest.Lint.Tests.Kubernetes;

namespace IacTest.Lint.Tests.Secrets;

/// <summary>
/// A repository-like corpus (Ansible inventory and role, Kubernetes manifests and Helm values, Compose, CI) with
/// planted secrets and many look-alikes. <c>corpus.expected</c> lists every expected finding, each labelled TP
/// (a real secret) or FP (reviewed as not a secret), which gives the false-positive rate documented in docs/secrets.md.
/// </summary>
public sealed class SecretsCorpusTests
{
    [Fact]
    public void Corpus_findings_are_exactly_the_expected_ones_with_one_false_positive_in_twelve()
    {
        // Given
        var root = Path.Combine(LintHarness.FixturesRoot, "secrets", "corpus");
        var expected = File.ReadAllLines(Path.Combine(LintHarness.FixturesRoot, "secrets", "corpus.expected")).Where(l => l.Length > 0).ToArray();
        var files = Directory.GetFiles(root, "*.y*ml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var secrets = new RuleCatalog(BuiltInRules.Catalog.Rules.Where(r => r.Family == RuleFamily.Secrets));

        // When
        var found = new LintEngine(secrets).LintFiles(files, new LintConfiguration())
            .SelectMany(r => r.Diagnostics)
            .Select(d => $"{Path.GetRelativePath(root, d.File).Replace('\\', '/')} {d.Line}:{d.Column} {d.Rule}")
            .Order(StringComparer.Ordinal)
            .ToArray();

        // Then
        found.ShouldBe(expected.Select(l => l[..l.LastIndexOf(' ')]).Order(StringComparer.Ordinal).ToArray());
        expected.Length.ShouldBe(12);
        expected.Count(l => l.EndsWith(" FP", StringComparison.Ordinal)).ShouldBe(1);
    }
}
