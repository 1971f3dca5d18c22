using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Checks;

/// <summary>Debian with python3 (dpkg, a UDP listener and a web server, no curl/nc: HTTP goes through bash).</summary>
public sealed class DebianSmokeFixture : EnvironmentFixture
{
    private const string Setup = """
        nohup python3 -m http.server 8000 --bind 0.0.0.0 --directory /srv >/dev/null 2>&1 &
        nohup python3 -c "import socket, time; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('0.0.0.0', 5353)); time.sleep(100000)" >/dev/null 2>&1 &
        """;

    protected override EnvironmentBuilder Configure(EnvironmentBuilder builder) => builder.WithBaseImage(BaseImage.DebianPython);

    protected override async Task InitializeEnvironmentAsync(IacEnvironment environment) =>
        (await environment.ShellAsync(Setup)).EnsureSuccess("fixture setup");
}
