using IacTest.Lint.Families.Yaml.Rules.Support;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Yaml.Rules;

/// <summary>yamllint's <c>anchors</c>: aliases refer to declared anchors; optionally no duplicated or unused anchors.</summary>
internal sealed class AnchorsRule : YamllintRule
{
    /// <inheritdoc />
    public override string Code => "IAC0101";

    /// <inheritdoc />
    public override string Name => "anchors";

    /// <inheritdoc />
    public override string Title => "Anchors and aliases";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["correctness"];

    /// <summary>Off unless configured: yamllint 1.29, the compatibility reference, has no such rule.</summary>
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new("forbid-undeclared-aliases", RuleOptionType.Boolean, true, "Report `*name` with no `&name` before it in the document."),
        new("forbid-duplicated-anchors", RuleOptionType.Boolean, false, "Report a second `&name` in the same document."),
        new("forbid-unused-anchors", RuleOptionType.Boolean, false, "Report `&name` never referred to by an alias."),
    ];

    /// <inheritdoc />
    public override string Description =>
        "An alias to an anchor that does not exist (yet) fails at load time; duplicated or unused anchors are usually copy-paste leftovers.";

    /// <inheritdoc />
    public override string BadExample => "defaults: &defaults\n  retries: 3\nweb:\n  <<: *default\n";

    /// <inheritdoc />
    public override string GoodExample => "defaults: &defaults\n  retries: 3\nweb:\n  <<: *defaults\n";

    internal override void Check(RuleContext context, YamlLintStream stream)
    {
        var undeclared = context.Options.Bool("forbid-undeclared-aliases");
        var duplicated = context.Options.Bool("forbid-duplicated-anchors");
        var unused = context.Options.Bool("forbid-unused-anchors");
        if (!undeclared && !duplicated && !unused)
        {
            return;
        }

        var anchors = new Dictionary<string, (StreamToken Token, bool Used)>(StringComparer.Ordinal);
        var order = new List<string>();
        var tokens = stream.Tokens;
        for (var i = 0; i < stream.YieldedCount; i++)
        {
            var token = tokens[i];
            var next = stream.At(i + 1);
            if (token.Kind is ScannedTokenKind.StreamStart or ScannedTokenKind.DocumentStart or ScannedTokenKind.DocumentEnd)
            {
                anchors.Clear();
                order.Clear();
            }

            if (undeclared && token.Kind == ScannedTokenKind.Alias && !anchors.ContainsKey(token.Value))
            {
                context.Report(token.Start.Line + 1, token.Start.Column + 1, $"found undeclared alias \"{token.Value}\"");
            }

            if (duplicated && token.Kind == ScannedTokenKind.Anchor && anchors.ContainsKey(token.Value))
            {
                context.Report(token.Start.Line + 1, token.Start.Column + 1, $"found duplicated anchor \"{token.Value}\"");
            }

            if (unused)
            {
                if (next is { Kind: ScannedTokenKind.StreamEnd or ScannedTokenKind.DocumentStart or ScannedTokenKind.DocumentEnd })
                {
                    foreach (var name in order)
                    {
                        var (anchor, used) = anchors[name];
                        if (!used)
                        {
                            context.Report(anchor.Start.Line + 1, anchor.Start.Column + 1, $"found unused anchor \"{name}\"");
                        }
                    }
                }
                else if (token.Kind == ScannedTokenKind.Alias && anchors.TryGetValue(token.Value, out var declared))
                {
                    anchors[token.Value] = (declared.Token, true);
                }
            }

            if (token.Kind == ScannedTokenKind.Anchor)
            {
                if (!anchors.ContainsKey(token.Value))
                {
                    order.Add(token.Value);
                }

                anchors[token.Value] = (token, false);
            }
        }
    }
}
