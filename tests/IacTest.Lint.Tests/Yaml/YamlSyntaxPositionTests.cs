using IacTest.Lint.Yaml;
using Xunit.Abstractions;

namespace IacTest.Lint.Tests.Yaml;

/// <summary>
/// The parse layer against yamllint's syntax check on generated broken YAML: same verdict (valid or not), the
/// error at the same line and column, in the same words.
/// </summary>
public sealed class YamlSyntaxPositionTests(ITestOutputHelper output)
{
    // The share of cases where IacTest's verdict and position equal yamllint's. The YamlDotNet-based check agreed on
    // 59.3 % (640 of 1,080; 23 cases threw); following PyYAML's scanner and parser agrees on all of them.
    private const double MinimumAgreement = 1.0;

    [Fact]
    public void Syntax_errors_are_where_yamllint_reports_them()
    {
        // Given
        var cases = YamlSyntaxCases.Cases;

        // When
        var disagreements = new List<(YamlSyntaxCase Case, string Actual)>();
        foreach (var @case in cases)
        {
            var actual = Verdict(@case.Text);
            if (actual != @case.Expected || (@case.Line > 0 && actual + " " + Message(@case.Text) != @case.Expected + " " + @case.Message))
            {
                disagreements.Add((@case, actual));
            }
        }

        // Then
        var agreement = 1.0 - ((double)disagreements.Count / cases.Count);
        output.WriteLine($"agreement {agreement:P1}: {cases.Count - disagreements.Count} of {cases.Count} cases");
        foreach (var group in cases.GroupBy(c => c.Class))
        {
            var wrong = disagreements.Count(d => d.Case.Class == group.Key);
            output.WriteLine($"  {group.Key,-24} {group.Count() - wrong,4} / {group.Count(),4}");
        }

        foreach (var (@case, actual) in disagreements)
        {
            output.WriteLine($"{@case.Name}: yamllint {@case.Expected} ({@case.Message}), IacTest {actual} ({Message(@case.Text)})");
        }

        cases.Count.ShouldBeGreaterThan(1900);
        disagreements.ShouldNotContain(d => d.Actual.StartsWith("threw", StringComparison.Ordinal));
        agreement.ShouldBeGreaterThanOrEqualTo(MinimumAgreement);
    }

    private static string Message(string text) => YamlTree.ParseWithTokens(text).Error?.Message ?? string.Empty;

    private static string Verdict(string text)
    {
        try
        {
            var parse = YamlTree.ParseWithTokens(text);
            return parse.Error is { } error ? $"{error.Position.Line}:{error.Position.Column}" : "valid";
        }
        catch (Exception exception)
        {
            // Counted as a disagreement and shown, so one crash does not hide the other cases.
            return $"threw {exception.GetType().Name}";
        }
    }
}
