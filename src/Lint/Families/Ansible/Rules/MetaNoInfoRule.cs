using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Ansible.Rules;

/// <summary>ansible-lint's <c>meta-no-info</c>: meta/main.yml without the information Galaxy needs.</summary>
internal sealed class MetaNoInfoRule : MetaRule
{
    private static readonly string[] Required = ["author", "description", "license", "min_ansible_version", "platforms"];

    /// <inheritdoc />
    public override string Code => "IAC0215";

    /// <inheritdoc />
    public override string Name => "meta-no-info";

    /// <inheritdoc />
    public override string Title => "meta/main.yml should contain relevant info";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["metadata"];

    /// <inheritdoc />
    public override string Description => "A role's `galaxy_info` needs `author`, `description`, `license`, `min_ansible_version` and `platforms` (each with a `name`).";

    /// <inheritdoc />
    public override string BadExample => "galaxy_info:\n  author: Jane Doe\n";

    /// <inheritdoc />
    public override string GoodExample => "galaxy_info:\n  author: Jane Doe\n  description: Web server\n  license: MIT\n  min_ansible_version: \"2.14\"\n  platforms:\n    - name: Debian\n";

    /// <inheritdoc />
    protected override void CheckMeta(RuleContext context, YMapping root, YMapping? galaxyInfo)
    {
        if (!context.File.Path.Replace('\\', '/').EndsWith("/main.yml", StringComparison.Ordinal) && context.File.Path != "main.yml")
        {
            return;
        }

        if (!IsSet(galaxyInfo))
        {
            context.Report(1, 1, "No 'galaxy_info' found");
            return;
        }

        foreach (var field in Required)
        {
            var value = galaxyInfo![field];
            if (!IsSet(value))
            {
                context.Report(1, 1, $"Role info should contain {field}");
            }
            else if (field is "author" or "description" && !IsString(value))
            {
                context.Report(1, 1, $"{field} should be a string");
            }
            else if (field == "platforms")
            {
                if (value is not YSequence platforms)
                {
                    context.Report(1, 1, "Platforms should be a list of dictionaries");
                    continue;
                }

                foreach (var platform in platforms.Items)
                {
                    if (platform is not YMapping entry)
                    {
                        context.Report(1, 1, "Platforms should be a list of dictionaries");
                    }
                    else if (!entry.ContainsKey("name"))
                    {
                        context.Report(1, 1, "Platform should contain name");
                    }
                }
            }
        }
    }
}
