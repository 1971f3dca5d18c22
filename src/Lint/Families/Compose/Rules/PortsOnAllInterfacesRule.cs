using System.Text.RegularExpressions;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Compose.Rules;

/// <summary>Published ports should be bound to a given interface.</summary>
internal sealed partial class PortsOnAllInterfacesRule : ComposeRule
{
    /// <inheritdoc />
    public override string Code => "IAC0506";

    /// <inheritdoc />
    public override string Name => "ports-on-all-interfaces";

    /// <inheritdoc />
    public override string Title => "Published ports should bind to a given interface";

    /// <inheritdoc />
    public override Diagnostics.Severity DefaultSeverity => Diagnostics.Severity.Warning;

    /// <inheritdoc />
    public override string Description =>
        "`\"8080:80\"` publishes the port on every interface of the host (`0.0.0.0` and `::`), and Docker's own firewall rules bypass the host firewall. Bind it to the interface that should serve it (`\"127.0.0.1:8080:80\"`, or `host_ip` in the long syntax).";

    /// <inheritdoc />
    public override string BadExample => "services:\n  db:\n    image: postgres:16.4\n    ports:\n      - \"5432:5432\"\n";

    /// <inheritdoc />
    public override string GoodExample => "services:\n  db:\n    image: postgres:16.4\n    ports:\n      - \"127.0.0.1:5432:5432\"\n";

    /// <inheritdoc />
    protected override void CheckService(RuleContext context, YScalar name, YMapping service)
    {
        if (service["ports"] is not YSequence ports)
        {
            return;
        }

        foreach (var port in ports.Items)
        {
            switch (port)
            {
                case YScalar text when !text.Value.Contains('$', StringComparison.Ordinal) && IsOnAllInterfaces(text.Value):
                    context.Report(text, $"service \"{name.Value}\" publishes \"{text.Value}\" on all interfaces");
                    break;
                case YMapping longSyntax when longSyntax.ContainsKey("published") && longSyntax.GetScalar("host_ip") is null or "0.0.0.0" or "::":
                    context.Report(longSyntax, $"service \"{name.Value}\" publishes port {longSyntax.GetScalar("published")} on all interfaces");
                    break;
            }
        }
    }

    /// <summary>Whether a short-syntax port spec has no host IP (or the any-address).</summary>
    public static bool IsOnAllInterfaces(string spec)
    {
        var match = ShortSyntax().Match(spec);
        if (!match.Success)
        {
            return false;
        }

        var ip = match.Groups["ip"].Value.Trim('[', ']');
        return ip is "" or "0.0.0.0" or "::";
    }

    // [ip:][host[-range]:]container[-range][/protocol]; a bare container port is published on a random host port.
    [GeneratedRegex(@"^(?:(?<ip>\[[0-9a-fA-F:]+\]|[0-9]+(?:\.[0-9]+){3}|::):)?(?:(?<host>[0-9]*(?:-[0-9]+)?):)?(?<container>[0-9]+(?:-[0-9]+)?)(?:/[a-z]+)?$")]
    private static partial Regex ShortSyntax();
}
