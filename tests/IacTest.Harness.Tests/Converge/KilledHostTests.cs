using System.Diagnostics;
using System.Globalization;
using IacTest.Harness.Converge;
using IacTest.Harness.Reaping;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Tests.Converge;

public sealed class KilledHostTests
{
    private const string TempSwitch = "IACTEST_KILLED_HOST_TEMP";
    private const string MarkerSwitch = "IACTEST_KILLED_HOST_MARKER";

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task Ansible_dies_with_a_killed_test_host_and_its_private_inputs_are_reaped()
    {
        // Given: a separate test host converging a long task on localhost, its inputs in a private folder
        var temp = Directory.CreateTempSubdirectory("iactest-killed-").FullName;
        var marker = (3000 + Random.Shared.Next(1000)).ToString(CultureInfo.InvariantCulture) + "." + Random.Shared.Next(100, 999).ToString(CultureInfo.InvariantCulture);
        using var child = StartChildHost(temp, marker);
        var pidFile = Path.Combine(temp, "host.pid");
        await WaitForAsync(() => File.Exists(pidFile) && ProcessesRunning("sleep", marker).Count > 0, "the child's converge to reach its long task");
        var hostPid = int.Parse(await File.ReadAllTextAsync(pidFile), CultureInfo.InvariantCulture);
        var workspace = Directory.GetDirectories(temp, "converge-*").ShouldHaveSingleItem();
        var extraVars = Path.Combine(workspace, "extra-vars.json");

        // Then (while it runs): owner-only folder and files, no secret on any command line
        File.GetUnixFileMode(workspace).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.GetUnixFileMode(extraVars).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        ProcessesRunning("api-key-").ShouldBeEmpty("no process has the secret in its arguments");

        // When: the test host is killed (SIGKILL: no clean-up code of its own runs)
        Process.GetProcessById(hostPid).Kill();
        child.Kill(entireProcessTree: true);
        await WaitForAsync(() => HarnessSession.StartTicksOf(hostPid) is null, "the killed host to be gone");

        // Then: ansible-playbook and its task end with it (the wait is a hang guard, not a speed expectation)
        await WaitForAsync(() => ProcessesRunning("sleep", marker).Count == 0 && ProcessesRunning(workspace).Count == 0, "the converge to die with its host");

        // Then: the next reaping pass removes the dead host's inputs
        // (the converge's inputs and whatever else the host kept private, such as its fact cache)
        var removed = OwnedTempFolders.ReapDead(temp);
        removed.ShouldContain(workspace);
        removed.ShouldAllBe(folder => Path.GetFileName(folder).Contains($"-{hostPid}-"));
        Directory.Exists(workspace).ShouldBeFalse();
        Directory.GetDirectories(temp).ShouldBeEmpty();
        Directory.Delete(temp, recursive: true);
    }

    [ChildOnlyFact]
    public async Task Child_test_host_converges_until_killed()
    {
        var temp = Environment.GetEnvironmentVariable(TempSwitch)!;
        var playbook = Path.Combine(temp, "long.yml");
        await File.WriteAllTextAsync(playbook, "- hosts: all\n  gather_facts: false\n  tasks:\n    - name: Wait\n      ansible.builtin.command: sleep {{ duration }}\n");
        await File.WriteAllTextAsync(Path.Combine(temp, "host.pid.tmp"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        File.Move(Path.Combine(temp, "host.pid.tmp"), Path.Combine(temp, "host.pid"));
        await AnsiblePlaybookRun.Playbook(playbook).WithHost(AnsibleHost.Localhost())
            .WithVariable("duration", Environment.GetEnvironmentVariable(MarkerSwitch))
            .WithVariable("api_key", SecretValue.Of("api-key-" + Guid.NewGuid().ToString("N")))
            .RunAsync();
    }

    private static Process StartChildHost(string temp, string marker)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "test", typeof(KilledHostTests).Assembly.Location, "--filter", $"FullyQualifiedName~{nameof(KilledHostTests)}.{nameof(Child_test_host_converges_until_killed)}" })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment[TempSwitch] = temp;
        info.Environment[MarkerSwitch] = marker;
        // The child's private folders go beside its marker files, where this test looks for them.
        info.Environment["IACTEST_TEMP"] = temp;
        var child = Process.Start(info)!;
        _ = child.StandardOutput.ReadToEndAsync();
        _ = child.StandardError.ReadToEndAsync();
        return child;
    }

    /// <summary>Pids of processes whose command line holds every one of <paramref name="words"/> (as arguments or parts of one).</summary>
    private static List<int> ProcessesRunning(params string[] words)
    {
        var found = new List<int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ');
                if (commandLine.Length > 0 && words.All(w => commandLine.Contains(w, StringComparison.Ordinal)) && HarnessSession.StartTicksOf(pid) is not null)
                {
                    found.Add(pid);
                }
            }
            catch (IOException)
            {
                // Ended while being read.
            }
        }

        return found;
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        // Hang guard only: on a loaded machine a test host takes long to start; nothing here measures speed.
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"waited 3 minutes for {what}");
            await Task.Delay(200);
        }
    }

    private sealed class ChildOnlyFactAttribute : FactAttribute
    {
        public ChildOnlyFactAttribute()
        {
            if (Environment.GetEnvironmentVariable(TempSwitch) is null)
            {
                Skip = $"runs only as the killed child host of {nameof(Ansible_dies_with_a_killed_test_host_and_its_private_inputs_are_reaped)}";
            }
        }
    }
}
