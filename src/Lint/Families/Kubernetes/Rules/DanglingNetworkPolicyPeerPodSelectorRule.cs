using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>dangling-networkpolicypeer-podselector</c> (template <c>dangling-networkpolicypeer-podselector</c>): NetworkPolicy peers whose podSelector selects no pod in the scope.</summary>
internal sealed class DanglingNetworkPolicyPeerPodSelectorRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0431";

    /// <inheritdoc />
    public override string Name => "dangling-networkpolicypeer-podselector";


    /// <inheritdoc />
    public override string Title => "A NetworkPolicy rule's peer podSelector must select some pods";

    /// <summary>The other manifests of the folder, which <see cref="KubeContext"/> reads.</summary>
    public override RuleReads Reads => FolderManifests;

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when NetworkPolicyPeer in Egress/Ingress rules -in the Spec of NetworkPolicy- do not have any associated deployments. Applied on peer specified with podSelectors only: a peer that also has a `namespaceSelector` selects pods of other namespaces and is skipped.\n\n**Remediation**: Confirm that your NetworkPolicy's Ingress/Egress peer's podselector correctly matches the labels on one of your deployments.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: web-ingress\n  namespace: shop\nspec:\n  podSelector:\n    matchLabels:\n      app: web\n  policyTypes: [Ingress]\n  ingress:\n    - from:\n        - podSelector:\n            matchLabels:\n              app: frontend\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: web-ingress\n  namespace: shop\nspec:\n  podSelector:\n    matchLabels:\n      app: web\n  policyTypes: [Ingress]\n  ingress:\n    - from:\n        - podSelector:\n            matchLabels:\n              app: web\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (obj.Kind != "NetworkPolicy" || obj.Spec is not { } spec)
        {
            return;
        }

        foreach (var (direction, peers) in new[] { ("ingress", "from"), ("egress", "to") })
        {
            if (spec[direction] is not YSequence rules)
            {
                continue;
            }

            foreach (var peer in rules.Items.OfType<YMapping>().Select(r => r[peers]).OfType<YSequence>().SelectMany(p => p.Items.OfType<YMapping>()))
            {
                if (peer.ContainsKey("namespaceSelector") || peer.Find("podSelector") is not { } pair)
                {
                    continue;
                }

                var selector = LabelSelector.Of(pair.Value as YMapping);
                if (!selector.IsEmpty && !KubeContext.For(context.File).AnyPodMatches(obj.Namespace, selector))
                {
                    context.Report(pair.Key, $"no pods found matching networkpolicy rule's podSelector labels ({selector.Canonical()})");
                }
            }
        }
    }
}
