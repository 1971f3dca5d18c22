using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>sorted-keys</c> (template <c>sorted-keys</c>): objects whose mapping keys are not in alphabetical order.</summary>
internal sealed class SortedKeysRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0460";

    /// <inheritdoc />
    public override string Name => "sorted-keys";


    /// <inheritdoc />
    public override string Title => "Keys should be in alphabetical order";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Check that YAML keys are sorted in alphabetical order wherever possible. Every mapping of the object (every level when `recursive`, else the top level) is checked; the first key that sorts before its predecessor is reported.\n\n**Remediation**: Ensure that keys in your YAML manifest are sorted in alphabetical order to improve consistency and readability.";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("recursive", RuleOptionType.Boolean, true, "Check nested mappings too."),
    ];

    /// <inheritdoc />
    public override string BadExample => "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  namespace: shop\n  name: web\ndata:\n  LOG_LEVEL: info\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: v1\ndata:\n  LOG_LEVEL: info\nkind: ConfigMap\nmetadata:\n  name: web\n  namespace: shop\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj) => CheckMapping(context, obj.Root, string.Empty, context.Options.Bool("recursive"));

    private static void CheckMapping(RuleContext context, YMapping mapping, string path, bool recursive)
    {
        string? previous = null;
        var reported = false;
        foreach (var pair in mapping.Pairs)
        {
            var key = pair.KeyText;
            if (!reported && key is not null && previous is not null && string.CompareOrdinal(key, previous) < 0)
            {
                context.Report(pair.Key, $"keys are not sorted at {(path.Length == 0 ? "the top level" : path)}: \"{key}\" should come before \"{previous}\"");
                reported = true;
            }

            previous = key ?? previous;
            if (recursive)
            {
                var child = path.Length == 0 ? key : $"{path}.{key}";
                if (pair.Value is YMapping nested)
                {
                    CheckMapping(context, nested, child ?? path, recursive);
                }
                else if (pair.Value is YSequence sequence)
                {
                    for (var i = 0; i < sequence.Items.Count; i++)
                    {
                        if (sequence.Items[i] is YMapping item)
                        {
                            CheckMapping(context, item, $"{child}[{i}]", recursive);
                        }
                    }
                }
            }
        }
    }
}
