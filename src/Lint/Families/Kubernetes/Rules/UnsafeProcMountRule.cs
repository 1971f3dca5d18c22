using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>unsafe-proc-mount</c> (template <c>unsafe-proc-mount</c>): containers that unmask /proc.</summary>
internal sealed class UnsafeProcMountRule : ContainerRule
{
    /// <inheritdoc />
    public override string Code => "IAC0462";

    /// <inheritdoc />
    public override string Name => "unsafe-proc-mount";


    /// <inheritdoc />
    public override string Title => "Containers must not unmask /proc";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Alert on deployments with unsafe /proc mount (procMount=Unmasked) that will bypass the default masking behavior of the container runtime. Reported at the `procMount` value.\n\n**Remediation**: Ensure container does not unsafely exposes parts of /proc by setting procMount=Default.  Unmasked ProcMount bypasses the default masking behavior of the container runtime. See https://kubernetes.io/docs/concepts/security/pod-security-standards/ for more details.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          securityContext:\n            procMount: Unmasked\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          securityContext:\n            procMount: Default\n";

    /// <inheritdoc />
    protected override void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container)
    {
        if (container.SecurityContext?["procMount"] is YScalar { Value: "Unmasked" } value)
        {
            context.Report(value, $"container \"{container.Name}\" exposes /proc unsafely (via procMount=Unmasked).");
        }
    }
}
