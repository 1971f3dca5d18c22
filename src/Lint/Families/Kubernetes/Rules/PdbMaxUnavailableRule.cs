using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>pdb-max-unavailable</c> (template <c>pdb-max-unavailable</c>): PodDisruptionBudgets that allow no pod to be unavailable.</summary>
internal sealed class PdbMaxUnavailableRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0449";

    /// <inheritdoc />
    public override string Name => "pdb-max-unavailable";


    /// <inheritdoc />
    public override string Title => "A PodDisruptionBudget must allow some disruption";

    /// <inheritdoc />
    public override string Description =>
        "Indicates when a PodDisruptionBudget has a maxUnavailable value that will always prevent disruptions of pods created by related deployment-like objects: `maxUnavailable: 0` (or `0%`) blocks every node drain. (kube-linter also reports any percentage string here, reading its integer part; IacTest reports only a zero.)\n\n**Remediation**: Change the PodDisruptionBudget to have maxUnavailable set to a value greater than 0. Refer to https://kubernetes.io/docs/tasks/run-application/configure-pdb/ for more information.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  maxUnavailable: 0\n  selector:\n    matchLabels:\n      app: web\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  maxUnavailable: 1\n  unhealthyPodEvictionPolicy: AlwaysAllow\n  selector:\n    matchLabels:\n      app: web\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (obj.Kind == "PodDisruptionBudget" && obj.Spec?["maxUnavailable"] is YScalar { Value: "0" or "0%" } value)
        {
            context.Report(value, "MaxUnavailable is set to 0");
        }
    }
}
