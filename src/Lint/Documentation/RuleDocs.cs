using System.Globalization;
using System.Text;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Documentation;

/// <summary>
/// Generates the rule reference (<c>docs/rules/</c>) from the rules themselves, so the docs cannot drift: a test
/// fails when the committed pages differ from what this produces.
/// </summary>
internal static class RuleDocs
{
    /// <summary>The file name of a rule's page.</summary>
    public static string PageName(LintRule rule) => $"{rule.Code}-{rule.Name}.md";

    /// <summary>Every generated page: file name → content (the index is <c>README.md</c>).</summary>
    public static IReadOnlyDictionary<string, string> Generate(RuleCatalog catalog)
    {
        var pages = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["README.md"] = Index(catalog),
        };
        foreach (var rule in catalog.Rules)
        {
            pages[PageName(rule)] = Page(rule);
        }

        foreach (var doc in DiagnosticDocs.All.Concat(DriftReportDocs.All))
        {
            pages[DiagnosticDocs.PageName(doc)] = Page(doc);
        }

        return pages;
    }

    /// <summary>Writes the pages into a folder, removing generated pages of rules that no longer exist.</summary>
    public static void WriteTo(string folder, RuleCatalog catalog)
    {
        Directory.CreateDirectory(folder);
        var pages = Generate(catalog);
        foreach (var stale in Directory.EnumerateFiles(folder, "IAC*.md").Concat(Directory.EnumerateFiles(folder, "DRIFT*.md")))
        {
            if (!pages.ContainsKey(Path.GetFileName(stale)))
            {
                File.Delete(stale);
            }
        }

        foreach (var (name, content) in pages)
        {
            File.WriteAllText(Path.Combine(folder, name), content);
        }
    }

    private static string Index(RuleCatalog catalog)
    {
        var text = new StringBuilder();
        text.AppendLine("# Lint rules");
        text.AppendLine();
        text.AppendLine("Generated from the rules by `iactest rules --docs docs/rules`; do not edit by hand.");
        text.AppendLine("Configure a rule by its name in the file its family reads (`.yamllint`, `.ansible-lint`), or by its code in MSBuild (`NoWarn`, `WarningsAsErrors`, `IacLintRule` items).");
        text.AppendLine();
        text.AppendLine("## Engine and build diagnostics");
        text.AppendLine();
        text.AppendLine("Not rules: what the lint engine reports about a file or a configuration it could not use, and the errors of the SDK's build steps.");
        text.AppendLine();
        AppendTable(text, DiagnosticDocs.All);

        text.AppendLine();
        text.AppendLine("## Drift report");
        text.AppendLine();
        text.AppendLine("Not lint findings: the rule ids of the drift report an audit of live hosts writes (JSON, and SARIF for code scanning).");
        text.AppendLine();
        AppendTable(text, DriftReportDocs.All);

        foreach (var family in catalog.Rules.Select(r => r.Family).Distinct().Order())
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## {FamilyTitle(family)}");
            text.AppendLine();
            text.AppendLine("| Code | Name | Title | Default |");
            text.AppendLine("|---|---|---|---|");
            foreach (var rule in catalog.Rules.Where(r => r.Family == family))
            {
                var severity = rule.EnabledByDefault ? rule.DefaultSeverity.ToString().ToLowerInvariant() : "off";
                text.AppendLine(CultureInfo.InvariantCulture, $"| [{rule.Code}]({PageName(rule)}) | `{rule.Name}` | {rule.Title} | {severity} |");
            }
        }

        return text.ToString();
    }

    private static string Page(LintRule rule)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# {rule.Code} `{rule.Name}`");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"**{rule.Title}**");
        text.AppendLine();
        text.AppendLine("| | |");
        text.AppendLine("|---|---|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| Family | {FamilyTitle(rule.Family)} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| Default | {(rule.EnabledByDefault ? rule.DefaultSeverity.ToString().ToLowerInvariant() : "off")} |");
        if (rule.Tags.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| Tags | {string.Join(", ", rule.Tags)} |");
        }

        if (rule.SubIds.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| Sub-ids | {string.Join(", ", rule.SubIds.Select(s => $"`{rule.Name}[{s}]`"))} |");
        }

        if (rule.Fix is { } fix)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| Fix | automatic (`iactest lint --fix`, [how](../cli.md#fixing-findings)): {fix.Summary} |");
        }

        text.AppendLine();
        text.AppendLine(rule.Description.Trim());
        if (rule.Options.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("## Options");
            text.AppendLine();
            text.AppendLine("| Option | Type | Default | Description |");
            text.AppendLine("|---|---|---|---|");
            foreach (var option in rule.Options)
            {
                var allowed = option.AllowedValues.Count > 0 ? $" One of: {string.Join(", ", option.AllowedValues.Select(v => $"`{v}`"))}." : string.Empty;
                text.AppendLine(CultureInfo.InvariantCulture, $"| `{option.Name}` | {option.Type} | `{FormatDefault(option.Default).Replace("|", "\\|", StringComparison.Ordinal)}` | {option.Description}{allowed} |");
            }
        }

        text.AppendLine();
        text.AppendLine("## Problematic code");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"```{FenceLanguage(rule)}");
        text.Append(WithNewline(Visible(rule.BadExample)));
        text.AppendLine("```");
        AppendCarriageReturnNote(text, rule.BadExample);
        text.AppendLine();
        text.AppendLine("## Correct code");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"```{FenceLanguage(rule)}");
        text.Append(WithNewline(Visible(rule.GoodExample)));
        text.AppendLine("```");
        AppendCarriageReturnNote(text, rule.GoodExample);
        return text.ToString();
    }

    private static string Page(DiagnosticDoc doc)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# {doc.Code} `{doc.Name}`");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"**{doc.Title}**");
        text.AppendLine();
        text.AppendLine("| | |");
        text.AppendLine("|---|---|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| Reported by | {doc.ReportedBy} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| Severity | {doc.Severity} |");
        text.AppendLine();
        text.AppendLine(doc.Description.Trim());
        text.AppendLine();
        text.AppendLine("## Example");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"```{doc.ExampleLanguage}");
        text.Append(WithNewline(doc.Example));
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine("```text");
        text.Append(WithNewline(doc.Output));
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine("## How to fix it");
        text.AppendLine();
        text.AppendLine(doc.Fix.Trim());
        return text.ToString();
    }

    private static void AppendTable(StringBuilder text, IEnumerable<DiagnosticDoc> docs)
    {
        text.AppendLine("| Code | Name | Title | Severity |");
        text.AppendLine("|---|---|---|---|");
        foreach (var doc in docs)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| [{doc.Code}]({DiagnosticDocs.PageName(doc)}) | `{doc.Name}` | {doc.Title} | {doc.Severity} |");
        }
    }

    // A carriage return is invisible in a rendered code block, and Git normalises it away in a committed page: an
    // example whose point is its line ends would show the same text under "problematic" and "correct".
    private static string Visible(string example) => example.Replace("\r", "\u240D", StringComparison.Ordinal);

    private static void AppendCarriageReturnNote(StringBuilder text, string example)
    {
        if (example.Contains('\r', StringComparison.Ordinal))
        {
            text.AppendLine();
            text.AppendLine("`\u240D` marks a carriage return (CR) in the file.");
        }
    }

    private static string WithNewline(string example) => example.EndsWith('\n') ? example : example + "\n";

    private static string FormatDefault(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s => s,
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>()) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string FamilyTitle(RuleFamily family) => family switch
    {
        RuleFamily.Yaml => "YAML (yamllint-compatible)",
        RuleFamily.Ansible => "Ansible (ansible-lint-compatible)",
        RuleFamily.Kubernetes => "Kubernetes",
        RuleFamily.Compose => "Docker Compose",
        RuleFamily.Secrets => "Secrets",
        RuleFamily.Terraform => "Terraform (tflint-compatible)",
        _ => "Engine",
    };

    /// <summary>The language of the examples' code fences: the language of the files the rule reads.</summary>
    private static string FenceLanguage(LintRule rule) => rule.Language == Files.SourceLanguage.Hcl ? "hcl" : "yaml";
}
