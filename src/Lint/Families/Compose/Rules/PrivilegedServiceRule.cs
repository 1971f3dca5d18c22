using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Compose.Rules;

/// <summary>Services must not run privileged.</summary>
internal sealed class PrivilegedServiceRule : ComposeRule
{
    /// <inheritdoc />
    public override string Code => "IAC0503";

    /// <inheritdoc />
    public override string Name => "privileged-service";

    /// <inheritdoc />
    public override string Title => "Services must not run privileged";

    /// <inheritdoc />
    public override string Description =>
        "`privileged: true` gives the container every capability and every device of the host: a compromise of the service is a compromise of the host. Add the one capability the service needs with `cap_add` instead.";

    /// <inheritdoc />
    public override string BadExample => "services:\n  agent:\n    image: example/agent:1.2\n    privileged: true\n";

    /// <inheritdoc />
    public override string GoodExample => "services:\n  agent:\n    image: example/agent:1.2\n    cap_add:\n      - NET_ADMIN\n";

    /// <inheritdoc />
    protected override void CheckService(RuleContext context, YScalar name, YMapping service)
    {
        if (service.Find("privileged") is { } pair && PodSpecs.IsTrue(pair.Value))
        {
            context.Report(pair.Key, $"service \"{name.Value}\" runs privileged");
        }
    }
}
