using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>scc-deny-privileged-container</c> (template <c>scc-deny-privileged-container</c>): OpenShift SecurityContextConstraints that allow privileged containers.</summary>
internal sealed class SccDenyPrivilegedContainerRule : KubeLinterRule
{
    /// <inheritdoc />
    public override string Code => "IAC0459";

    /// <inheritdoc />
    public override string Name => "scc-deny-privileged-container";


    /// <inheritdoc />
    public override string Title => "SecurityContextConstraints should not allow privileged containers";

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override string Description =>
        "Indicates when allowPrivilegedContainer SecurityContextConstraints set to true. Reported at the value, when it equals the `AllowPrivilegedContainer` parameter.\n\n**Remediation**: SecurityContextConstraints has AllowPrivilegedContainer set to \"true\". Using this option is dangerous, please consider using allowedCapabilities instead. Refer to https://docs.openshift.com/container-platform/4.12/authentication/managing-security-context-constraints.html#scc-settings_configuring-internal-oauth for details.";

    /// <inheritdoc />
    public override IReadOnlyList<RuleOption> Options =>
    [
        new RuleOption("AllowPrivilegedContainer", RuleOptionType.Boolean, true, "The value that is reported."),
    ];

    /// <inheritdoc />
    public override string BadExample => "apiVersion: security.openshift.io/v1\nkind: SecurityContextConstraints\nmetadata:\n  name: shop-restricted\nallowPrivilegedContainer: true\nallowHostNetwork: false\nrunAsUser:\n  type: MustRunAsRange\nseLinuxContext:\n  type: MustRunAs\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: security.openshift.io/v1\nkind: SecurityContextConstraints\nmetadata:\n  name: shop-restricted\nallowPrivilegedContainer: false\nallowHostNetwork: false\nrunAsUser:\n  type: MustRunAsRange\nseLinuxContext:\n  type: MustRunAs\n";

    /// <inheritdoc />
    protected override void CheckObject(RuleContext context, KubeObject obj)
    {
        if (obj.Kind == "SecurityContextConstraints" && obj.Root["allowPrivilegedContainer"] is YScalar value
            && PodSpecs.IsTrue(value) == context.Options.Bool("AllowPrivilegedContainer"))
        {
            context.Report(value, $"SCC has allowPrivilegedContainer set to {(PodSpecs.IsTrue(value) ? "true" : "false")}");
        }
    }
}
