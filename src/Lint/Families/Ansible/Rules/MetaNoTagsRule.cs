using System.Text.RegularExpressions;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>meta-no-tags</c>: Galaxy tags of lowercase letters and digits only.</summary>
internal sealed partial class MetaNoTagsRule : MetaRule
{
    /// <inheritdoc />
    public override string Code => "IAC0216";

    /// <inheritdoc />
    public override string Name => "meta-no-tags";

    /// <inheritdoc />
    public override string Title => "Tags must contain lowercase letters and digits only";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["metadata"];

    /// <inheritdoc />
    public override string Description => "Galaxy accepts only lowercase letters and digits in `galaxy_tags`, which must be a list; `categories` is the old name.";

    /// <inheritdoc />
    public override string BadExample => "galaxy_info:\n  galaxy_tags: [Web Server]\n";

    /// <inheritdoc />
    public override string GoodExample => "galaxy_info:\n  galaxy_tags: [web]\n";

    /// <inheritdoc />
    protected override void CheckMeta(RuleContext context, YMapping root, YMapping? galaxyInfo)
    {
        if (galaxyInfo is null || galaxyInfo.Pairs.Count == 0)
        {
            return;
        }

        var tags = new List<YNode>();
        if (galaxyInfo.Find("galaxy_tags") is { } galaxyTags)
        {
            if (galaxyTags.Value is YSequence list)
            {
                tags.AddRange(list.Items);
            }
            else
            {
                context.Report(1, 1, "Expected 'galaxy_tags' to be a list");
            }
        }

        if (galaxyInfo.Find("categories") is { } categories)
        {
            context.Report(1, 1, "Use 'galaxy_tags' rather than 'categories'");
            if (categories.Value is YSequence list)
            {
                tags.AddRange(list.Items);
            }
            else
            {
                context.Report(1, 1, "Expected 'categories' to be a list");
            }
        }

        foreach (var tag in tags)
        {
            if (!IsString(tag))
            {
                context.Report(1, 1, $"Tags must be strings: '{tag}'");
            }
            else if (!TagRegex().IsMatch(((YScalar)tag).Value))
            {
                context.Report(1, 1, $"{Title}., invalid: '{((YScalar)tag).Value}'");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]+$")]
    private static partial Regex TagRegex();
}
