using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>
/// kube-linter's required-label and required-annotation templates: a workload must have a label (or annotation)
/// whose key matches <c>key</c> and whose value matches <c>value</c> (whole-value patterns; an empty value: any).
/// </summary>
internal abstract class RequiredMetadataRule : KubeLinterRule
{
    /// <summary><c>label</c> or <c>annotation</c>.</summary>
    protected abstract string Field { get; }

    /// <inheritdoc />
    protected sealed override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (!PodSpecs.IsDeploymentLike(obj.Kind))
        {
            return;
        }

        var key = context.Options.String("key") ?? string.Empty;
        var value = context.Options.String("value") ?? string.Empty;
        var entries = PodSpecs.StringMap(obj.Metadata?[Field + "s"] as YMapping);
        if (entries.Any(e => WholeMatch(key, e.Key) && (value.Length == 0 || WholeMatch(value, e.Value))))
        {
            return;
        }

        context.Report(obj.Root.Find("metadata")?.Key ?? obj.Anchor, $"no {Field} matching \"{key}={(value.Length == 0 ? "<any>" : value)}\" found");
    }

    private static bool WholeMatch(string pattern, string text) => KubeRegex.IsMatch("^(?:" + pattern + ")$", text);
}
