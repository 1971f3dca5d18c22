using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Fixes;

namespace IacTest.Lint.Tests.Fixes;

/// <summary>Runs the fixer on text, as <c>iactest lint --fix</c> does on a file.</summary>
internal static class FixerHarness
{
    public static FixResult Fix(string text, string path = "test.yaml", LintConfiguration? configuration = null) =>
        new LintFixer(new LintEngine()).Fix(path, text, configuration ?? new LintConfiguration());

    /// <summary>A configuration with one rule's options set (and the rule on).</summary>
    public static LintConfiguration With(string rule, params (string Name, object? Value)[] options)
    {
        var configuration = new LintConfiguration();
        var settings = configuration.For(rule);
        settings.Enabled = true;
        foreach (var (name, value) in options)
        {
            settings.Options[name] = value;
        }

        return configuration;
    }

    /// <summary>The data the text loads to, with builtin module names shortened: what every fix but the FQCN one keeps.</summary>
    public static string? DataWithoutFqcn(string text) =>
        YamlData.Of(text)?.Replace("\"ansible.builtin.", "\"", StringComparison.Ordinal);
}
