using System.Globalization;
using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>pdb-min-available</c> (template <c>pdb-min-available</c>): PodDisruptionBudgets whose minAvailable is as high as the replicas of the workload they cover.</summary>
internal sealed class PdbMinAvailableRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0450";

    /// <inheritdoc />
    public override string Name => "pdb-min-available";


    /// <inheritdoc />
    public override string Title => "A PodDisruptionBudget's minAvailable must be below the workload's replicas";

    /// <summary>The other manifests of the folder, which <see cref="KubeContext"/> reads.</summary>
    public override RuleReads Reads => FolderManifests;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when a PodDisruptionBudget sets a minAvailable value that will always prevent disruptions of pods created by related deployment-like objects. `100%` always does; otherwise every workload of the same namespace (in the file and its folder) whose selector equals the budget's is compared: replicas (1 when unset) at or below `minAvailable` (a percentage is taken of the replicas, rounded down) block every drain.\n\n**Remediation**: Change the PodDisruptionBudget to have minAvailable set to a number lower than the number of replicas in the related deployment-like objects. Refer to https://kubernetes.io/docs/tasks/run-application/configure-pdb/ for more information.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  minAvailable: 2\n  unhealthyPodEvictionPolicy: AlwaysAllow\n  selector:\n    matchLabels:\n      app: web\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  minAvailable: 2\n  unhealthyPodEvictionPolicy: AlwaysAllow\n  selector:\n    matchLabels:\n      app: web\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (obj.Kind != "PodDisruptionBudget" || obj.Spec?["minAvailable"] is not YScalar value)
        {
            return;
        }

        var percent = value.Value.EndsWith('%');
        if (!int.TryParse(percent ? value.Value[..^1] : value.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var minimum))
        {
            context.Report(value, $"PDB has invalid MinAvailable value: invalid type: string \"{value.Value}\" is not a percentage");
            return;
        }

        if (percent && minimum == 100)
        {
            context.Report(value, "PDB has minimum available replicas set to 100 percent of replicas");
            return;
        }

        var selector = LabelSelector.Of(obj.Spec["selector"] as YMapping).Canonical();
        foreach (var workload in KubeContext.For(context.File).Workloads)
        {
            if (workload.Namespace != obj.Namespace || workload.Selector?.Canonical() != selector || workload.Kind == "Pod")
            {
                continue;
            }

            var replicas = workload.Replicas ?? 1;
            var required = percent ? (int)Math.Floor(replicas * (minimum / 100.0)) : minimum;
            if (replicas <= required)
            {
                context.Report(value, $"The current number of replicas for deployment {workload.Name} is equal to or lower than the minimum number of replicas specified by its PDB.");
            }
        }
    }
}
