using System.Globalization;
using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Build;

/// <summary>
/// Turns <c>IacLintRule</c> items into rule settings, the last configuration layer:
/// <c>&lt;IacLintRule Include="line-length" Severity="warning" Options="max=120;allow-non-breakable-words=false" /&gt;</c>.
/// </summary>
internal static class RuleSettingOverrides
{
    /// <summary>Applies the items to <paramref name="configuration"/>; returns one error per unknown rule or bad value.</summary>
    public static IReadOnlyList<LintDiagnostic> Apply(IEnumerable<RuleSettingItem> items, LintConfiguration configuration)
    {
        var problems = new List<LintDiagnostic>();
        foreach (var item in items)
        {
            var key = item.Rule.Trim();
            var rule = BuiltInRules.Catalog.Find(key);
            if (rule is null)
            {
                problems.Add(Problem(item, $"IacLintRule '{key}' names no rule; use a rule name (e.g. line-length) or code (e.g. IAC0117). See docs/rules."));
                continue;
            }

            var settings = configuration.For(rule.Code);
            var severity = item.Severity;
            if (!string.IsNullOrWhiteSpace(severity))
            {
                if (severity.Trim().Equals("none", StringComparison.OrdinalIgnoreCase) || severity.Trim().Equals("off", StringComparison.OrdinalIgnoreCase))
                {
                    settings.Enabled = false;
                }
                else if (SeverityNames.TryParse(severity, out var parsed))
                {
                    settings.Severity = parsed;
                    settings.Enabled = true;
                }
                else
                {
                    problems.Add(Problem(item, $"IacLintRule '{key}': Severity '{severity}' is not one of error, warning, info, none."));
                }
            }

            var enabled = item.Enabled;
            if (!string.IsNullOrWhiteSpace(enabled))
            {
                settings.Enabled = enabled.Trim().Equals("true", StringComparison.OrdinalIgnoreCase);
            }

            ApplyOptions(item, rule, settings, problems);
        }

        return problems;
    }

    /// <summary>An error in a build setting, reported at the project file that declared it.</summary>
    public static LintDiagnostic SettingError(string projectFile, string message) =>
        new(projectFile, 0, 0, EngineRules.ConfigCode, EngineRules.ConfigName, Severity.Error, message);

    private static LintDiagnostic Problem(RuleSettingItem item, string message) => SettingError(item.DefinedIn, message);

    private static void ApplyOptions(RuleSettingItem item, LintRule rule, RuleSettings settings, List<LintDiagnostic> problems)
    {
        var text = item.Options;
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        foreach (var pair in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pair : pair[..equals].Trim();
            var value = equals < 0 ? string.Empty : pair[(equals + 1)..].Trim();
            var option = rule.Options.FirstOrDefault(o => o.Name == name);
            if (option is null)
            {
                problems.Add(Problem(item, $"IacLintRule '{item.Rule}': rule {rule.Name} has no option '{name}' (options: {string.Join(", ", rule.Options.Select(o => o.Name))})."));
                continue;
            }

            if (option.Type == RuleOptionType.Integer && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                problems.Add(Problem(item, $"IacLintRule '{item.Rule}': option '{name}' takes a whole number, not '{value}'."));
                continue;
            }

            settings.Options[name] = Convert(option, value);
        }
    }

    private static object? Convert(RuleOption option, string value) => option.Type switch
    {
        RuleOptionType.Boolean => value.Equals("true", StringComparison.OrdinalIgnoreCase),
        RuleOptionType.Integer => int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture),
        RuleOptionType.IntegerOrString when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
        RuleOptionType.BooleanOrString when bool.TryParse(value, out var flag) => flag,
        RuleOptionType.StringList => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        _ => value,
    };
}
