// Drift benchmark: the 32 resources of goss.yaml on N real sshd hosts, IacTest's state drift run against Testinfra
// (the same facts in test_drift.py) over ssh, with and without pytest-xdist. Prints each run's wall time, rows and
// round trips per host, then one line a script can read: drift-speedup=S testinfra-s=T iactest-s=I.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using IacTest.Harness.Drift;
using IacTest.Harness.Goss;
using IacTest.Harness.Targets;
using IacTest.Harness.Targets.Testing;

var hostCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var here = Path.GetFullPath(Environment.GetEnvironmentVariable("DRIFT_BENCH_FOLDER") ?? Directory.GetCurrentDirectory());
var invariant = CultureInfo.InvariantCulture;
// Debian's python3, where python3-testinfra is installed, whatever python3 is first on PATH.
const string Python = "/usr/bin/python3";

Console.WriteLine($"[bench] starting {hostCount} sshd hosts");
await using var servers = await SshTestServers.StartAsync(hostCount, "app");
var provision = await File.ReadAllTextAsync(Path.Combine(here, "provision.sh"));
await Task.WhenAll(servers.Servers.Select(async s =>
    (await s.Environment.RunAsync(new TargetCommand(["/bin/sh", "-s"]) { StandardInput = provision })).EnsureSuccess("provisioning " + s.Name)));

var checks = StateCheck.FromGoss(GossSuite.Load(Path.Combine(here, "goss.yaml")));
var hosts = servers.Servers
    .Select(s => new DriftHost(s.Name, s.Address) { User = SshTestServers.User, KeyFile = servers.Key.PrivateKeyFile, Become = true })
    .ToList();
var options = new StateDriftOptions { KnownHostsFile = servers.KnownHostsFile, MaxParallelHosts = hostCount };

// IacTest: the first run in a fresh process (cold JIT, new connections) is the one that counts.
var clock = Stopwatch.StartNew();
var report = await StateDriftRun.RunAsync(hosts, checks, options);
var iactestSeconds = clock.Elapsed.TotalSeconds;
Console.WriteLine($"iactest: {iactestSeconds.ToString("0.00", invariant)} s, {report.Rows.Count} rows ({checks.Count} resources x {hostCount} hosts), "
    + $"{report.Findings.Count} findings, round trips per host: {string.Join(' ', report.CommandsPerHost.Values)}");
if (!report.IsClean)
{
    Console.WriteLine(report.Describe());
}

// For the record only: the same run again in the now warm process (compiled code, but new connections).
clock.Restart();
var warm = await StateDriftRun.RunAsync(hosts, checks, options);
Console.WriteLine($"iactest, second run in the same process: {clock.Elapsed.TotalSeconds.ToString("0.00", invariant)} s, {warm.Findings.Count} findings");

// Testinfra over ssh, with a control master so its commands share one connection per host (its best case).
var work = Directory.CreateTempSubdirectory("iactest-drift-bench-").FullName;
var sshConfig = Path.Combine(work, "ssh_config");
await File.WriteAllTextAsync(sshConfig, $"""
    Host *
      UserKnownHostsFile {servers.KnownHostsFile}
      StrictHostKeyChecking yes
      BatchMode yes
      ControlPath {work}/cm-%C
    """);
var hostSpecs = string.Join(',', servers.Servers.Select(s => $"ssh://{SshTestServers.User}@{s.Address}"));
var addresses = string.Join(',', servers.Servers.Select(s => s.Address));
var testinfraRuns = new List<(string Name, double Seconds)>();
var xdist = await RunAsync(Python, ["-c", "import xdist"], work, []) == 0;
foreach (var parallel in xdist ? new[] { 0, hostCount } : [0])
{
    var counts = Directory.CreateDirectory(Path.Combine(work, $"counts-{parallel}")).FullName;
    string[] pytest =
    [
        "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", here, "--hosts=" + hostSpecs, "--ssh-config=" + sshConfig,
        "--ssh-identity-file=" + servers.Key.PrivateKeyFile, "--sudo", Path.Combine(here, "test_drift.py"),
        .. parallel > 0 ? new[] { "-n", parallel.ToString(invariant) } : [],
    ];
    clock.Restart();
    var exit = await RunAsync(Python, pytest, work, new() { ["DRIFT_BENCH_COUNTS"] = counts, ["DRIFT_BENCH_ADDRESSES"] = addresses }, echoTail: true);
    var seconds = clock.Elapsed.TotalSeconds;
    var perHost = new Dictionary<string, int>();
    foreach (var file in Directory.GetFiles(counts, "*.json"))
    {
        foreach (var (address, count) in JsonSerializer.Deserialize<Dictionary<string, int>>(await File.ReadAllTextAsync(file))!)
        {
            perHost[address] = perHost.GetValueOrDefault(address) + count;
        }
    }

    var name = parallel > 0 ? $"testinfra -n {parallel}" : "testinfra";
    Console.WriteLine($"{name}: {seconds.ToString("0.00", invariant)} s, exit {exit}, round trips per host: "
        + string.Join(' ', servers.Servers.Select(s => perHost.GetValueOrDefault(s.Address))));
    testinfraRuns.Add((name, seconds));
}

Directory.Delete(work, recursive: true);
var best = testinfraRuns.MinBy(r => r.Seconds);
Console.WriteLine($"compared with the faster Testinfra run ({best.Name})");
Console.WriteLine($"drift-speedup={(best.Seconds / iactestSeconds).ToString("0.0", invariant)} testinfra-s={best.Seconds.ToString("0.00", invariant)} iactest-s={iactestSeconds.ToString("0.00", invariant)}");

static async Task<int> RunAsync(string program, string[] arguments, string folder, Dictionary<string, string> environment, bool echoTail = false)
{
    var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    foreach (var (name, value) in environment)
    {
        start.Environment[name] = value;
    }

    using var process = Process.Start(start)!;
    var stdout = process.StandardOutput.ReadToEndAsync();
    var stderr = process.StandardError.ReadToEndAsync();
    await process.WaitForExitAsync();
    if (echoTail)
    {
        // pytest's summary line: how many of the host x resource tests passed.
        var last = (await stdout).TrimEnd().Split('\n').LastOrDefault() ?? "";
        Console.WriteLine("  pytest: " + last.Trim());
        if (process.ExitCode != 0)
        {
            Console.WriteLine((await stdout)[..Math.Min(4000, (await stdout).Length)] + await stderr);
        }
    }

    return process.ExitCode;
}
