using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Compose.Rules;

/// <summary>Services must not mount the Docker socket.</summary>
internal sealed class DockerSocketMountRule : ComposeRule
{
    /// <inheritdoc />
    public override string Code => "IAC0505";

    /// <inheritdoc />
    public override string Name => "docker-socket-mount";

    /// <inheritdoc />
    public override string Title => "Services must not mount the Docker socket";

    /// <inheritdoc />
    public override string Description =>
        "A service that mounts `/var/run/docker.sock` (short or long volume syntax) can start a privileged container and so owns the host. When a tool truly needs the engine, give it a socket proxy that allows only the calls it makes.";

    /// <inheritdoc />
    public override string BadExample => "services:\n  ci:\n    image: example/runner:3.1\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n";

    /// <inheritdoc />
    public override string GoodExample => "services:\n  ci:\n    image: example/runner:3.1\n    volumes:\n      - cache:/cache\nvolumes:\n  cache: {}\n";

    /// <inheritdoc />
    protected override void CheckService(RuleContext context, YScalar name, YMapping service)
    {
        if (service["volumes"] is not YSequence volumes)
        {
            return;
        }

        foreach (var volume in volumes.Items)
        {
            var source = volume switch
            {
                YScalar shortSyntax => shortSyntax,
                YMapping longSyntax => longSyntax["source"] as YScalar,
                _ => null,
            };
            var hostPath = source?.Value.Split(':')[0];
            if (hostPath is "/var/run/docker.sock" or "/run/docker.sock" or "//var/run/docker.sock")
            {
                context.Report(source!, $"service \"{name.Value}\" mounts the Docker socket {hostPath}");
            }
        }
    }
}
