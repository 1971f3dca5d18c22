using System.Diagnostics;
using System.Xml.Linq;
using IacTest.Harness.Secrets;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Secrets;

public sealed class SecretLeakTests
{
    [DockerFact]
    public async Task No_output_of_a_run_that_fails_in_every_way_holds_the_secret()
    {
        // Given: a secret that only the scenarios' own test host knows (through its environment, never its command line)
        var secret = "Tk-" + Guid.NewGuid().ToString("N")[..20] + "+/=";
        var work = Directory.CreateTempSubdirectory("iactest-leak-");
        var results = Path.Combine(work.FullName, "results");
        var temp = Path.Combine(work.FullName, "tmp");
        var vars = Path.Combine(work.FullName, "goss-vars.yaml");
        await File.WriteAllTextAsync(vars, $"app_token: \"{secret}\"\n");

        // When: the scenarios run in a separate test host, writing a TRX file and its console
        var (exitCode, console) = await RunScenariosAsync(work.FullName, results, temp, secret, vars);
        File.Delete(vars);   // the one input that holds the secret on purpose

        // Then: every scenario failed, for its own reason
        exitCode.ShouldNotBe(0, console);
        var trx = Directory.GetFiles(results, "*.trx", SearchOption.AllDirectories).ShouldHaveSingleItem();
        var outcomes = TestOutcomes(trx);
        outcomes.Where(o => o.Outcome == "Failed").Select(o => o.Name).Order(StringComparer.Ordinal).ShouldBe(
        [
            "Checks_fail",
            "Container_dies",
            "Converge_fails",
            "Goss_fails(check: command:echo $APP_TOKEN (token ******** is exported))",
            "Goss_fails(check: file:/run/app/token)",
            "Idempotence_fails",
        ], ignoreOrder: false, customMessage: console);
        // The text of every element (messages, stack traces, output), unescaped.
        var report = string.Join("\n", XDocument.Load(trx).Descendants().Where(e => !e.HasElements).Select(e => e.Value));
        foreach (var reason in new[]
        {
            "ansible-playbook failed (exit code 2)", "login refused for ********", "header ********, query password=********, json {\"password\": \"********\"}", "Not idempotent: the second run changed",
            "Register the client with key ********", "(output hidden: no_log: true)", "smoke checks: 0 of 3 passed", "token loaded: ********",
            "exited with code 3 at start", "cannot use ********", "contents: expected have-patterns [\"/^********$/\", \"!********\"]",
        })
        {
            report.ShouldContain(reason, Case.Sensitive, $"the TRX should show: {reason}");
        }

        // Then: the secret, in any of its encodings, is in no file the run left, nor in its console
        var masker = new SecretMasker();
        masker.Add(secret);
        masker.Reveals(console).ShouldBeFalse("the console shows the secret");
        foreach (var file in Directory.EnumerateFiles(work.FullName, "*", SearchOption.AllDirectories))
        {
            masker.Reveals(await File.ReadAllTextAsync(file)).ShouldBeFalse($"{file} holds the secret");
        }

        // Then: the private converge folders (extra vars) are gone
        (Directory.Exists(temp) ? Directory.GetFileSystemEntries(temp) : []).ShouldBeEmpty();
        work.Delete(recursive: true);
    }

    private static async Task<(int ExitCode, string Console)> RunScenariosAsync(string work, string results, string temp, string secret, string vars)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "test", typeof(SecretLeakTests).Assembly.Location, "--filter", $"FullyQualifiedName~{nameof(SecretLeakScenarios)}",
            "--logger", "trx;LogFileName=leak.trx", "--logger", "console;verbosity=detailed", "--results-directory", results,
        })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment[SecretLeakScenarios.Switch] = secret;
        info.Environment[SecretLeakScenarios.VarsSwitch] = vars;
        info.Environment["IACTEST_TEMP"] = temp;
        using var child = Process.Start(info)!;
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        // A hang guard, not a speed expectation: the scenarios converge twice and start six environments.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await child.WaitForExitAsync(guard.Token);
        return (child.ExitCode, await stdout + await stderr);
    }

    private static List<(string Name, string Outcome)> TestOutcomes(string trx)
    {
        XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
        return XDocument.Load(trx).Descendants(ns + "UnitTestResult")
            .Select(r => (Name: ((string?)r.Attribute("testName") ?? "").Split('.').Last(), Outcome: (string?)r.Attribute("outcome") ?? ""))
            .ToList();
    }
}
