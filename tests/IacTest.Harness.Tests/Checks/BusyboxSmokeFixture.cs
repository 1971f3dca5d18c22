using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Checks;

/// <summary>A busybox machine with one of everything the checks look at: files, accounts, a web server, a service link.</summary>
public sealed class BusyboxSmokeFixture : EnvironmentFixture
{
    public const string Setup = """
        set -e
        mkdir -p /www && echo '<h1>hello smoke</h1>' > /www/index.html
        printf 'listen 8080\nworkers 4\n' > /etc/app.conf && chown root:daemon /etc/app.conf && chmod 0640 /etc/app.conf
        ln -s /etc/app.conf /etc/app.link
        echo 'app:x:1001:1001:app user:/home/app:/bin/sh' >> /etc/passwd
        printf 'app:x:1001:\nweb:x:1002:app\n' >> /etc/group
        mkdir -p /etc/rc2.d /etc/init.d && ln -s ../init.d/httpd /etc/rc2.d/S20httpd
        echo '127.0.0.1 app.internal' >> /etc/hosts
        httpd -p 8080 -h /www
        """;

    protected override EnvironmentBuilder Configure(EnvironmentBuilder builder) =>
        builder.WithBaseImage(BaseImage.Busybox).WithHostname("smoke01").WithTmpfs("/scratch");

    protected override async Task InitializeEnvironmentAsync(IacEnvironment environment) =>
        (await environment.ShellAsync(Setup)).EnsureSuccess("fixture setup");
}
