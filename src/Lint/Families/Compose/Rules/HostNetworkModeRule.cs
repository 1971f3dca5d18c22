using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Compose.Rules;

/// <summary>Services must not share the host's network.</summary>
internal sealed class HostNetworkModeRule : ComposeRule
{
    /// <inheritdoc />
    public override string Code => "IAC0504";

    /// <inheritdoc />
    public override string Name => "host-network-mode";

    /// <inheritdoc />
    public override string Title => "Services must not use the host network";

    /// <inheritdoc />
    public override string Description =>
        "`network_mode: host` removes the network isolation: every port the service opens is open on the host, and the service reaches everything the host reaches. Publish the ports it needs instead.";

    /// <inheritdoc />
    public override string BadExample => "services:\n  web:\n    image: nginx:1.27\n    network_mode: host\n";

    /// <inheritdoc />
    public override string GoodExample => "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"127.0.0.1:8080:80\"\n";

    /// <inheritdoc />
    protected override void CheckService(RuleContext context, YScalar name, YMapping service)
    {
        if (service["network_mode"] is YScalar { Value: "host" } mode)
        {
            context.Report(mode, $"service \"{name.Value}\" uses the host's network");
        }
    }
}
