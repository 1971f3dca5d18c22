using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>meta-incorrect</c>: template values left in meta/main.yml.</summary>
internal sealed class MetaIncorrectRule : MetaRule
{
    private static readonly (string Field, string Default)[] Defaults =
    [
        ("author", "your name"), ("company", "your company (optional)"),
        ("license", "license (GPLv2, CC-BY, etc)"), ("license", "license (GPL-2.0-or-later, MIT, etc)"),
    ];

    /// <inheritdoc />
    public override string Code => "IAC0214";

    /// <inheritdoc />
    public override string Name => "meta-incorrect";

    /// <inheritdoc />
    public override string Title => "meta/main.yml default values should be changed";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["metadata"];

    /// <inheritdoc />
    public override string Description => "`ansible-galaxy role init` writes placeholders (`your name`, `your company (optional)`, `license (GPL-2.0-or-later, MIT, etc)`); published metadata should say the real thing.";

    /// <inheritdoc />
    public override string BadExample => "galaxy_info:\n  author: your name\n";

    /// <inheritdoc />
    public override string GoodExample => "galaxy_info:\n  author: Jane Doe\n";

    /// <inheritdoc />
    protected override void CheckMeta(RuleContext context, YMapping root, YMapping? galaxyInfo)
    {
        if (galaxyInfo is null || galaxyInfo.Pairs.Count == 0)
        {
            return;
        }

        foreach (var (field, value) in Defaults)
        {
            if (galaxyInfo.GetScalar(field) == value)
            {
                context.Report(root.Start.Line, 1, $"Should change default metadata: {field}");
            }
        }
    }
}
