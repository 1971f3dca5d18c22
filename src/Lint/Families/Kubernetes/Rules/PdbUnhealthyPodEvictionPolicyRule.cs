using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>pdb-unhealthy-pod-eviction-policy</c> (template <c>pdb-unhealthy-pod-eviction-policy</c>): PodDisruptionBudgets that leave unhealthyPodEvictionPolicy to its default.</summary>
internal sealed class PdbUnhealthyPodEvictionPolicyRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0451";

    /// <inheritdoc />
    public override string Name => "pdb-unhealthy-pod-eviction-policy";


    /// <inheritdoc />
    public override string Title => "A PodDisruptionBudget should set unhealthyPodEvictionPolicy";

    /// <inheritdoc />
    public override string Description =>
        "Indicates when a PodDisruptionBudget does not explicitly set the unhealthyPodEvictionPolicy field. With the default, `IfHealthyBudget`, pods that never became ready still count against the budget and can block a node drain.\n\n**Remediation**: Set unhealthyPodEvictionPolicy to AlwaysAllow. Refer to https://kubernetes.io/docs/tasks/run-application/configure-pdb/#unhealthy-pod-eviction-policy for more information.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels:\n      app: web\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  minAvailable: 1\n  unhealthyPodEvictionPolicy: AlwaysAllow\n  selector:\n    matchLabels:\n      app: web\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (obj.Kind == "PodDisruptionBudget" && obj.Spec is { } spec && !spec.ContainsKey("unhealthyPodEvictionPolicy"))
        {
            context.Report(obj.Root.Find("spec")!.Key, "unhealthyPodEvictionPolicy is not explicitly set");
        }
    }
}
