using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>mismatching-selector</c>: a workload's selector must match its pod template labels.</summary>
internal sealed class MismatchingSelectorRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0411";

    /// <inheritdoc />
    public override string Name => "mismatching-selector";

    /// <inheritdoc />
    public override string Title => "A workload's selector must match its pod template labels";

    /// <inheritdoc />
    public override string Description =>
        "When `spec.selector` does not select the pods of `spec.template`, the API server rejects the object, or the controller never sees its own pods.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: api\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (obj.Kind is "Pod" or "CronJob" || !PodSpecs.IsDeploymentLike(obj.Kind) || obj.Spec?.Find("selector") is not { Value: YMapping selector } selectorPair)
        {
            return;
        }

        var labels = PodSpecs.PodLabels(obj);
        var matchLabels = selector["matchLabels"] is YMapping m ? PodSpecs.StringMap(m) : obj.Kind == "ReplicationController" ? PodSpecs.StringMap(selector) : new Dictionary<string, string>();
        var mismatch = matchLabels.Any(l => !labels.TryGetValue(l.Key, out var v) || v != l.Value);
        if (!mismatch && selector["matchExpressions"] is YSequence expressions)
        {
            mismatch = expressions.Items.OfType<YMapping>().Any(e => !Matches(e, labels));
        }

        if (mismatch)
        {
            context.Report(selectorPair.Key, $"labels in pod spec ({PodSpecs.Render(labels)}) do not match labels in selector ({Describe(selector)})");
        }
    }

    private static bool Matches(YMapping expression, IReadOnlyDictionary<string, string> labels)
    {
        var key = expression.GetScalar("key") ?? string.Empty;
        var values = expression["values"] is YSequence list ? list.Items.OfType<YScalar>().Select(v => v.Value).ToList() : [];
        var has = labels.TryGetValue(key, out var value);
        return expression.GetScalar("operator") switch
        {
            "In" => has && values.Contains(value!),
            "NotIn" => !has || !values.Contains(value!),
            "Exists" => has,
            "DoesNotExist" => !has,
            _ => true,
        };
    }

    private static string Describe(YMapping selector)
    {
        var matchLabels = selector["matchLabels"] is YMapping m ? PodSpecs.StringMap(m) : PodSpecs.StringMap(selector);
        return "&LabelSelector{MatchLabels:" + PodSpecs.Render(matchLabels) + "}";
    }
}
