using IacTest.Lint.Classification;
using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;
using IacTest.Lint.Tests.Kubernetes;
using Xunit.Abstractions;

namespace IacTest.Lint.Tests.Compose;

/// <summary>
/// Generated Compose files, each one change away from a current fixture (<c>Fixtures/compose/conformance</c>), are
/// valid or invalid for IacTest exactly when they are for an independent JSON Schema validator run on the
/// specification's schema (<c>generate.py</c> beside them), and the findings are at the paths it names. That validator
/// reports a failed <c>oneOf</c> at the node that has it, IacTest inside the alternative that fits, so a path matches
/// one at or below it.
/// </summary>
public sealed class ComposeConformanceTests(ITestOutputHelper output)
{
    private static readonly string Root = Path.Combine(LintHarness.FixturesRoot, "compose", "conformance");

    [Fact]
    public void Verdicts_and_paths_match_the_reference_validator()
    {
        // Given
        var engine = new LintEngine(new RuleCatalog(BuiltInRules.Catalog.Rules.Where(r => r.Name == "compose-schema")));
        var cases = File.ReadAllLines(Path.Combine(Root, "expected.txt")).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToArray();
        var differences = new List<string>();
        var invalid = 0;

        // When
        foreach (var parts in cases)
        {
            var wanted = parts[1].Length == 0 ? [] : parts[1].Split('|');
            invalid += wanted.Length > 0 ? 1 : 0;
            var result = engine.LintPath(Path.Combine(Root, "cases", parts[0]), new LintConfiguration());
            result.Kind.ShouldBe(FileKind.Compose);
            var found = result.Diagnostics.Select(d => d.Message[..d.Message.IndexOf(": ", StringComparison.Ordinal)]).Distinct().ToArray();
            var missing = wanted.Where(w => !found.Any(f => AtOrBelow(f, w))).ToArray();
            var extra = found.Where(f => !wanted.Any(w => AtOrBelow(f, w))).ToArray();
            if (missing.Length > 0 || extra.Length > 0)
            {
                differences.Add($"{parts[0]}: missing [{string.Join(", ", missing)}] extra [{string.Join(", ", extra)}]");
            }
        }

        // Then
        output.WriteLine($"{cases.Length} cases, {invalid} invalid, {differences.Count} differences");
        differences.ShouldBeEmpty();
        cases.Length.ShouldBeGreaterThan(200);
        invalid.ShouldBeGreaterThan(100);
    }

    private static bool AtOrBelow(string path, string ancestor) =>
        path == ancestor || ancestor == "(root)"
        || (path.StartsWith(ancestor, StringComparison.Ordinal) && path[ancestor.Length] is '.' or '[');
}
