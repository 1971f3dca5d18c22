using System.Globalization;
using IacTest.Lint.Configuration;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Rules;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace IacTest.Sdk.Tasks;

/// <summary>
/// Turns <c>IacLintRule</c> items into rule settings, the last configuration layer:
/// <c>&lt;IacLintRule Include="line-length" Severity="warning" Options="max=120;allow-non-breakable-words=false" /&gt;</c>.
/// </summary>
internal static class MsBuildRuleSettings
{
    /// <summary>Applies the items; logs an error and returns false for an unknown rule or a bad value.</summary>
    public static bool Apply(IEnumerable<ITaskItem> items, LintConfiguration configuration, TaskLoggingHelper log)
    {
        var ok = true;
        foreach (var item in items)
        {
            var key = item.ItemSpec.Trim();
            var rule = RuleCatalog.Default.Find(key);
            if (rule is null)
            {
                log.LogError(null, "IAC0003", null, item.GetMetadata("DefiningProjectFullPath"), 0, 0, 0, 0,
                    $"IacLintRule '{key}' names no rule; use a rule name (e.g. line-length) or code (e.g. IAC0117). See docs/rules.");
                ok = false;
                continue;
            }

            var settings = configuration.For(rule.Code);
            var severity = item.GetMetadata("Severity");
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
                    log.LogError(null, "IAC0003", null, item.GetMetadata("DefiningProjectFullPath"), 0, 0, 0, 0,
                        $"IacLintRule '{key}': Severity '{severity}' is not one of error, warning, info, none.");
                    ok = false;
                }
            }

            var enabled = item.GetMetadata("Enabled");
            if (!string.IsNullOrWhiteSpace(enabled))
            {
                settings.Enabled = enabled.Trim().Equals("true", StringComparison.OrdinalIgnoreCase);
            }

            ok &= ApplyOptions(item, rule, settings, log);
        }

        return ok;
    }

    private static bool ApplyOptions(ITaskItem item, LintRule rule, RuleSettings settings, TaskLoggingHelper log)
    {
        var text = item.GetMetadata("Options");
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var ok = true;
        foreach (var pair in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pair : pair[..equals].Trim();
            var value = equals < 0 ? string.Empty : pair[(equals + 1)..].Trim();
            var option = rule.Options.FirstOrDefault(o => o.Name == name);
            if (option is null)
            {
                log.LogError(null, "IAC0003", null, item.GetMetadata("DefiningProjectFullPath"), 0, 0, 0, 0,
                    $"IacLintRule '{item.ItemSpec}': rule {rule.Name} has no option '{name}' (options: {string.Join(", ", rule.Options.Select(o => o.Name))}).");
                ok = false;
                continue;
            }

            if (option.Type == RuleOptionType.Integer && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                log.LogError(null, "IAC0003", null, item.GetMetadata("DefiningProjectFullPath"), 0, 0, 0, 0,
                    $"IacLintRule '{item.ItemSpec}': option '{name}' takes a whole number, not '{value}'.");
                ok = false;
                continue;
            }

            settings.Options[name] = Convert(option, value);
        }

        return ok;
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
