using System.Text.RegularExpressions;
using IacTest.Lint.Classification;
using IacTest.Lint.Families.Ansible.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>var-naming</c>: variables named in lowercase letters, digits and underscores.</summary>
internal sealed partial class VarNamingRule : AnsibleTaskRule
{
    private static readonly HashSet<string> PythonKeywords = ["False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
        "pass", "raise", "return", "try", "while", "with", "yield"];

    /// <inheritdoc />
    public override string Code => "IAC0234";

    /// <inheritdoc />
    public override string Name => "var-naming";

    /// <inheritdoc />
    public override string Title => "All variables should be named using only lowercase and underscores";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["idiom"];

    /// <inheritdoc />
    public override string Description => "Variable names are Python identifiers in lowercase (`^[a-z_][a-z0-9_]*$`, or `var_naming_pattern`). The sub-id is the offending name, as ansible-lint prints it (`var-naming[BadName]`); names in vars files are reported without one.";

    /// <inheritdoc />
    public override string BadExample => "- name: Play\n  hosts: all\n  vars:\n    AppPort: 80\n  tasks: []\n";

    /// <inheritdoc />
    public override string GoodExample => "- name: Play\n  hosts: all\n  vars:\n    app_port: 80\n  tasks: []\n";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new("var_naming_pattern", RuleOptionType.String, "^[a-z_][a-z0-9_]*$", "Regex every variable name must match."),
    ];

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => base.AppliesTo(kind) || kind == FileKind.AnsibleVars;

    /// <inheritdoc />
    protected override void Check(RuleContext context, AnsibleContent content)
    {
        var pattern = Pattern(context);
        if (context.File.Kind == FileKind.AnsibleVars)
        {
            if (context.File.Documents.Count > 0 && context.File.Documents[0].Root is YMapping root)
            {
                foreach (var pair in root.Pairs)
                {
                    if (pair.KeyText is { } key && IsInvalid(key, pattern))
                    {
                        context.Report(pair.Key.Start.Line, 1, $"File defines variable '{key}' that violates variable naming standards");
                    }
                }
            }

            return;
        }

        if (context.File.Kind == FileKind.AnsiblePlaybook)
        {
            foreach (var play in content.Plays.Where(p => !p.IsSkippedByTag))
            {
                if (play["vars"] is YMapping vars)
                {
                    foreach (var pair in vars.Pairs)
                    {
                        if (pair.KeyText is { } key && IsInvalid(key, pattern))
                        {
                            context.Report(pair.Key.Start.Line, 1, $"Play defines variable '{key}' within 'vars' section that violates variable naming standards", key);
                        }
                    }
                }
            }
        }

        base.Check(context, content);
    }

    /// <inheritdoc />
    protected override void CheckTask(RuleContext context, AnsibleTask task, AnsibleContent content)
    {
        var pattern = Pattern(context);
        if (task["vars"] is YMapping vars)
        {
            foreach (var key in vars.Pairs.Select(p => p.KeyText).OfType<string>().Where(k => IsInvalid(k, pattern)))
            {
                context.Report(vars.Start.Line, 1, $"Task defines variable within 'vars' section that violates variable naming standards: {key}", key);
            }
        }

        // ansible-lint's check of set_fact's names needs the line of an argument mapping, which a free-form action
        // (set_fact: a=1) lacks: there it raises and reports nothing, so free form is left alone here too.
        if (task.Module == "set_fact" && !task.IsFreeForm)
        {
            var line = (task.ActionPair?.Value as YMapping)?.Start.Line ?? task.Line;
            foreach (var key in task.ArgumentsOrEmpty.Keys.Where(k => !k.StartsWith("__", StringComparison.Ordinal) && IsInvalid(k, pattern)))
            {
                context.Report(line, 1, $"Task uses 'set_fact' to define variables that violates variable naming standards: {key}", key);
            }
        }

        if (task["register"] is YScalar { IsNull: false } registered && IsInvalid(registered.Value, pattern))
        {
            context.Report(task.Line, 1, $"Task registers a variable that violates variable naming standards: {registered.Value}", registered.Value);
        }
    }

    private static Regex Pattern(RuleContext context)
    {
        var configured = context.Options.String("var_naming_pattern");
        return configured is null || configured == "^[a-z_][a-z0-9_]*$" ? DefaultRegex() : PatternCache.Get(configured);
    }

    private static bool IsInvalid(string name, Regex pattern) =>
        name.All(c => c < 128) && !PythonKeywords.Contains(name) && !name.Contains("{{", StringComparison.Ordinal) && !pattern.IsMatch(name);

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex DefaultRegex();
}
