using System.Globalization;
using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;
using IacTest.Lint.Families.Yaml.Configuration;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Tests.Yaml;

/// <summary>
/// <c>empty-values</c> in flow mappings (<c>{a:}</c>, <c>{a: , b: 1}</c>, nested, multi-line, with anchors and tags,
/// and 300 generated ones) and block mappings, under each combination of its options, reports exactly what the real
/// yamllint 1.29.0 reported on the same files (<c>Fixtures/empty-values/generate_expected.py</c>): line, column, level
/// and message.
/// </summary>
public sealed class EmptyValuesConformanceTests
{
    private static readonly string Root = Path.Combine(Kubernetes.LintHarness.FixturesRoot, "empty-values");

    public static TheoryData<string> Configs() =>
        new(Directory.GetFiles(Path.Combine(Root, "configs"), "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Configs))]
    public void Findings_are_yamllints(string config)
    {
        // Given
        var expected = File.ReadAllLines(Path.Combine(Root, "expected", config + ".txt")).Where(l => l.Length > 0).Order(StringComparer.Ordinal).ToArray();
        var configuration = Configuration(config);
        var engine = new LintEngine();

        // When
        var actual = Directory.GetFiles(Path.Combine(Root, "cases"), "*.yaml").Order(StringComparer.Ordinal)
            .SelectMany(path => engine.LintPath(path, configuration).Diagnostics
                .Where(d => d.Code.StartsWith("IAC01", StringComparison.Ordinal) || d.Code == EngineRules.SyntaxCode)
                .Select(d => Parsable(Path.GetRelativePath(Root, path).Replace('\\', '/'), d)))
            .Order(StringComparer.Ordinal)
            .ToArray();

        // Then
        actual.ShouldBe(expected);
    }

    [Fact]
    public void The_cases_hold_empty_values_in_flow_mappings()
    {
        File.ReadAllLines(Path.Combine(Root, "expected", "flow-only.txt")).Count(l => l.Contains("empty value in flow mapping", StringComparison.Ordinal))
            .ShouldBeGreaterThan(30);
    }

    private static string Parsable(string file, LintDiagnostic d) =>
        string.Create(CultureInfo.InvariantCulture, $"{file}:{d.Line}:{d.Column}: [{d.Severity.ToString().ToLowerInvariant()}] {d.Message} ({d.Rule})");

    private static LintConfiguration Configuration(string config)
    {
        var configuration = new LintConfiguration();
        var problems = new List<LintDiagnostic>();
        new YamllintConfigurationSource().Apply(
            new ConfigurationRequest { Directory = Root, YamllintConfigFile = Path.Combine(Root, "configs", config + ".yaml"), Discover = false },
            configuration, problems);
        problems.ShouldBeEmpty();
        return configuration;
    }
}
