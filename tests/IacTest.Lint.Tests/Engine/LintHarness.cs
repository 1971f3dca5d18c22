using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;

namespace IacTest.Lint.Tests.Engine;

/// <summary>Small helpers to lint text in tests.</summary>
internal static class LintHarness
{
    public static IReadOnlyList<LintDiagnostic> Run(string text, string path = "test.yaml", LintConfiguration? configuration = null) =>
        new LintEngine().LintText(path, text, configuration ?? new LintConfiguration()).Diagnostics;

    /// <summary>Findings as "line:column rule" strings, easy to compare exactly.</summary>
    public static string[] Positions(IEnumerable<LintDiagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Rule}").ToArray();

    /// <summary>Findings of the given rules only.</summary>
    public static string[] Positions(IEnumerable<LintDiagnostic> diagnostics, params string[] rules) =>
        Positions(diagnostics.Where(d => rules.Contains(d.Rule)));
}
