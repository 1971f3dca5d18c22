using IacTest.Harness.Checks;
using IacTest.Harness.Checks.Dsl;
using IacTest.Harness.Converge;
using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Secrets;
using IacTest.Harness.Xunit;
using Xunit.Abstractions;

namespace IacTest.Harness.Tests.Secrets;

/// <summary>
/// Runs that fail in every way a run can, each with a secret in play. They run only inside the separate test host
/// started by <see cref="SecretLeakTests"/>, which then searches everything that host wrote for the secret.
/// </summary>
public sealed class SecretLeakScenarios(ITestOutputHelper output)
{
    internal const string Switch = "IACTEST_LEAK_SECRET";
    internal const string VarsSwitch = "IACTEST_LEAK_VARS";

    private static SecretValue Secret => SecretValue.Of(Environment.GetEnvironmentVariable(Switch)!);

    private static string Role => Path.Combine(AppContext.BaseDirectory, "Secrets", "Fixtures", "roles", "app_credentials");

    private EnvironmentBuilder Target => new EnvironmentBuilder().WithBaseImage(BaseImage.DebianPython).WithLog(output.WriteLine);

    private AnsiblePlaybookRun Converge(IacEnvironment env, bool loginMustFail) => AnsiblePlaybookRun.Role(Role)
        .WithEnvironment(env)
        .WithFactGathering(false)
        .WithVariable("app_password", Secret)
        .WithVariable("app_login_must_fail", loginMustFail)
        .WithOutput(output.WriteLine);

    [ChildOnlyFact]
    public async Task Converge_fails()
    {
        await using var env = await Target.StartAsync();
        await Converge(env, loginMustFail: true).ConvergeAsync();
    }

    [ChildOnlyFact]
    public async Task Idempotence_fails()
    {
        await using var env = await Target.StartAsync();
        var run = Converge(env, loginMustFail: false);
        await run.ConvergeAsync();
        await run.ShouldBeIdempotentAsync();
    }

    [ChildOnlyFact]
    public async Task Checks_fail()
    {
        var secret = Secret;
        await using var env = await new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox).WithLog(output.WriteLine)
            .WithEnvironment("APP_TOKEN", secret)
            .WithCommand("sh", "-c", "echo \"token loaded: $APP_TOKEN\"; exec tail -f /dev/null")
            .WithFileContent("/etc/app/token", secret.Reveal() + "\n")
            .StartAsync();
        await new SmokeChecks(env).WithOutput(output.WriteLine)
            .Command("echo $APP_TOKEN", c => c.ExitCode(1L).Stdout(secret))
            .File("/etc/app/token", f => f.Contains("!" + secret.Reveal()))
            .Http("http://127.0.0.1:9/health", h => h.RequestHeader("Authorization", SecretValue.Of("Bearer " + secret.Reveal())).Status(200L))
            .AssertAsync();
    }

    [ChildOnlyTheory]
    [GossData("Secrets/Fixtures/secret.goss.yaml", VarsFile = "${" + VarsSwitch + "}", SecretVars = ["app_token"])]
    public async Task Goss_fails(GossCase check)
    {
        await using var env = await new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox).WithLog(output.WriteLine)
            .WithEnvironment("APP_TOKEN", Secret)
            .WithFileContent("/run/app/token", Secret.Reveal() + "\n")
            .StartAsync();
        await check.AssertAsync(env);
    }

    [ChildOnlyFact]
    public async Task Container_dies()
    {
        await new EnvironmentBuilder().WithBaseImage(BaseImage.Busybox).WithLog(output.WriteLine)
            .WithEnvironment("APP_TOKEN", Secret)
            .WithCommand("sh", "-c", "echo \"cannot use $APP_TOKEN\"; printf %s \"$APP_TOKEN\" | base64; exit 3")
            .StartAsync();
    }

    private sealed class ChildOnlyFactAttribute : FactAttribute
    {
        public ChildOnlyFactAttribute()
        {
            if (Environment.GetEnvironmentVariable(Switch) is null)
            {
                Skip = $"runs only in the test host started by {nameof(SecretLeakTests)}";
            }
        }
    }

    private sealed class ChildOnlyTheoryAttribute : TheoryAttribute
    {
        public ChildOnlyTheoryAttribute()
        {
            if (Environment.GetEnvironmentVariable(Switch) is null)
            {
                Skip = $"runs only in the test host started by {nameof(SecretLeakTests)}";
            }
        }
    }
}
