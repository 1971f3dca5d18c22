using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>privilege-escalation-container</c>: containers must not allow privilege escalation.</summary>
internal sealed class PrivilegeEscalationContainerRule : ContainerRule
{
    /// <inheritdoc />
    public override string Code => "IAC0416";

    /// <inheritdoc />
    public override string Name => "privilege-escalation-container";

    /// <inheritdoc />
    public override string Title => "Containers must not allow privilege escalation";

    /// <inheritdoc />
    public override string Description =>
        "`allowPrivilegeEscalation: true` (implied by `privileged: true` and by adding `SYS_ADMIN`) lets a process gain more privileges than its parent, e.g. through setuid binaries.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          securityContext:\n            allowPrivilegeEscalation: true\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          securityContext:\n            allowPrivilegeEscalation: false\n";

    /// <inheritdoc />
    protected override void CheckContainer(RuleContext context, KubeObject obj, YMapping podSpec, Container container)
    {
        var securityContext = container.SecurityContext;
        if (securityContext?.Find("allowPrivilegeEscalation") is { } allow && PodSpecs.IsTrue(allow.Value))
        {
            context.Report(allow.Key, $"container \"{container.Name}\" has AllowPrivilegeEscalation set to true.");
        }
        else if (securityContext?.Find("privileged") is { } privileged && PodSpecs.IsTrue(privileged.Value))
        {
            context.Report(privileged.Key, $"container \"{container.Name}\" is privileged, which allows privilege escalation.");
        }
        else if (PodSpecs.At(securityContext, "capabilities", "add") is YSequence added
            && added.Items.OfType<YScalar>().FirstOrDefault(c => c.Value is "SYS_ADMIN" or "CAP_SYS_ADMIN") is { } sysAdmin)
        {
            context.Report(sysAdmin, $"container \"{container.Name}\" has SYS_ADMIN capability hence allows privilege escalation.");
        }
    }
}
