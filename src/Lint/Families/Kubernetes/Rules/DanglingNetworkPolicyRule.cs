using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>dangling-networkpolicy</c> (template <c>dangling-networkpolicy</c>): NetworkPolicies whose podSelector selects no pod in the scope.</summary>
internal sealed class DanglingNetworkPolicyRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0430";

    /// <inheritdoc />
    public override string Name => "dangling-networkpolicy";


    /// <inheritdoc />
    public override string Title => "A NetworkPolicy's podSelector must select some pods";

    /// <summary>The other manifests of the folder, which <see cref="KubeContext"/> reads.</summary>
    public override RuleReads Reads => FolderManifests;

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when networkpolicies do not have any associated deployments. The `podSelector` (`matchLabels` and `matchExpressions`) is matched against the pod templates of the same namespace in the file and its folder; an empty selector selects every pod and passes.\n\n**Remediation**: Confirm that your networkPolicy's podselector correctly matches the labels on one of your deployments.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: web-ingress\n  namespace: shop\nspec:\n  podSelector:\n    matchLabels:\n      app: api\n  policyTypes: [Ingress]\n  ingress:\n    - from:\n        - podSelector:\n            matchLabels:\n              app: web\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: web-ingress\n  namespace: shop\nspec:\n  podSelector:\n    matchLabels:\n      app: web\n  policyTypes: [Ingress]\n  ingress:\n    - from:\n        - podSelector:\n            matchLabels:\n              app: web\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (obj.Kind != "NetworkPolicy" || obj.Spec?.Find("podSelector") is not { } pair)
        {
            return;
        }

        var selector = LabelSelector.Of(pair.Value as YMapping);
        if (!selector.IsEmpty && !KubeContext.For(context.File).AnyPodMatches(obj.Namespace, selector))
        {
            var expressions = string.Join(' ', selector.Expressions.Select(e => $"&LabelSelectorRequirement{{Key:{e.Key},Operator:{e.Operator},Values:[{string.Join(' ', e.Values)}],}}"));
            context.Report(pair.Key, $"no pods found matching networkpolicy's podSelector labels ({{{PodSpecs.Render(selector.MatchLabels)} [{expressions}]}})");
        }
    }
}
