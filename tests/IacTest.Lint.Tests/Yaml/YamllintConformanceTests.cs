using IacTest.Lint.Engine;
using Xunit.Abstractions;

namespace IacTest.Lint.Tests.Yaml;

/// <summary>
/// Every fixture under every configuration: IacTest's (line, column, rule, level) set must equal the one the real
/// yamllint 1.29.0 reported (eng/conformance/yamllint/generate_expected.py).
/// </summary>
public sealed class YamllintConformanceTests(ITestOutputHelper output)
{
    public static TheoryData<string> Configs => new(YamllintFixtures.ConfigNames);

    [Theory]
    [MemberData(nameof(Configs))]
    public void Findings_match_yamllint_for_every_case(string config)
    {
        // Given
        var engine = new LintEngine();
        var configuration = YamllintFixtures.Configuration(config);
        var expected = YamllintFixtures.Expected(config);

        var known = YamllintFixtures.KnownDifferences;

        // When
        var differences = new List<string>();
        foreach (var path in YamllintFixtures.Cases)
        {
            var actual = YamllintFixtures.Actual(engine, configuration, path);
            var wanted = expected.GetValueOrDefault(path) ?? [];
            if (!actual.SetEquals(wanted))
            {
                if (known.TryGetValue(path, out var reason))
                {
                    output.WriteLine($"known difference ({reason}): {path}");
                    continue;
                }

                differences.Add($"{path}: missing [{string.Join(", ", wanted.Except(actual))}] extra [{string.Join(", ", actual.Except(wanted))}]");
            }
        }

        // Then
        foreach (var difference in differences)
        {
            output.WriteLine(difference);
        }

        differences.ShouldBeEmpty();
    }

    [Fact]
    public void Conformance_ratio_over_all_cases_and_configurations()
    {
        // Given
        var engine = new LintEngine();
        var known = YamllintFixtures.KnownDifferences;
        var identical = 0;
        var total = 0;
        var findings = 0;
        var knownRuns = 0;

        // When
        foreach (var config in YamllintFixtures.ConfigNames)
        {
            var configuration = YamllintFixtures.Configuration(config);
            var expected = YamllintFixtures.Expected(config);
            foreach (var path in YamllintFixtures.Cases)
            {
                var wanted = expected.GetValueOrDefault(path) ?? [];
                findings += wanted.Count;
                total++;
                if (YamllintFixtures.Actual(engine, configuration, path).SetEquals(wanted))
                {
                    identical++;
                }
                else if (known.ContainsKey(path))
                {
                    knownRuns++;
                }
            }
        }

        // Then
        output.WriteLine($"identical: {identical}/{total} file×configuration runs ({100.0 * identical / total:F2}%), {findings} yamllint findings");
        output.WriteLine($"documented differences: {knownRuns} runs over {known.Count} cases");
        total.ShouldBeGreaterThan(5000);
        (identical + knownRuns).ShouldBe(total);
    }
}
