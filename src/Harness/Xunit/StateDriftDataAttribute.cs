using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using IacTest.Harness.Checks;
using IacTest.Harness.Checks.Dsl;
using IacTest.Harness.Drift;
using IacTest.Harness.Goss;
using IacTest.Harness.Inventory;
using IacTest.Harness.Secrets;
using Xunit.Sdk;

namespace IacTest.Harness.Xunit;

/// <summary>
/// Feeds a theory one <see cref="StateDriftCase"/> per host × resource: the desired state (a goss file and/or a C# method
/// of the test class declaring <see cref="SmokeChecks"/>) checked over SSH against every host of a host list
/// (<see cref="StateHostList"/>) or of an Ansible inventory that a host pattern selects (<see cref="StateInventoryHosts"/>),
/// a bounded number of hosts at once. A host that cannot be checked is one failing row
/// naming it and the reason. The rows are made when the theory runs (the hosts are contacted then, never at discovery),
/// once per process for the same settings.
/// </summary>
/// <example>
/// <code>
/// [Theory, StateDriftData("drift/hosts.txt", Goss = "drift/web.goss.yaml", Checks = nameof(Hardening))]
/// public void Web_servers_match_git(StateDriftCase row) => row.Assert();
///
/// public static void Hardening(SmokeChecks checks) =>
///     checks.File("/etc/ssh/sshd_config", f => f.Contains("PermitRootLogin no"));
///
/// [Theory, StateDriftData(Inventory = "inventory/prod.ini", Pattern = "webservers:&amp;prod", Goss = "drift/web.goss.yaml")]
/// public void Production_web_servers_match_git(StateDriftCase row) => row.Assert();
/// </code>
/// </example>
[DataDiscoverer("IacTest.Harness.Xunit.RunTimeDataDiscoverer", "IacTest.Harness")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed partial class StateDriftDataAttribute : DataAttribute
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<StateDriftReport>>> Runs = new();

    /// <summary>Checks the hosts of the list at <paramref name="hosts"/> (looked up like <see cref="GossDataAttribute.Locate(string, string?)"/>; <c>${NAME}</c> expanded).</summary>
    public StateDriftDataAttribute(string hosts) => Hosts = hosts;

    /// <summary>Checks the hosts of <see cref="Inventory"/> that <see cref="Pattern"/> selects.</summary>
    public StateDriftDataAttribute()
    {
    }

    /// <summary>The host list, or null when the hosts come from <see cref="Inventory"/>.</summary>
    public string? Hosts { get; }

    /// <summary>An Ansible inventory file or folder (looked up like the host list; <c>${NAME}</c> expanded), or null.</summary>
    public string? Inventory { get; set; }

    /// <summary>The Ansible host pattern selecting the inventory's hosts to check (default <c>all</c>).</summary>
    public string Pattern { get; set; } = "all";

    /// <summary>A goss file of the desired state, or null.</summary>
    public string? Goss { get; set; }

    /// <summary>The name of a static method of the test class, <c>void Name(SmokeChecks checks)</c>, declaring checks in C#; or null.</summary>
    public string? Checks { get; set; }

    /// <summary>How many hosts are checked at once (default 8).</summary>
    public int MaxParallelHosts { get; set; } = 8;

    /// <summary>The known_hosts file (<c>${NAME}</c> expanded); <c>~/.ssh/known_hosts</c> when null.</summary>
    public string? KnownHostsFile { get; set; }

    /// <summary>Accepts any host key: only for throw-away hosts whose keys nobody can know in advance.</summary>
    public bool DisableHostKeyVerification { get; set; }

    /// <summary>The environment variable holding a login password for the hosts, or null; the password is masked everywhere.</summary>
    public string? PasswordVariable { get; set; }

    /// <summary>How long connecting to one host may take, in seconds (default 10).</summary>
    public double ConnectTimeoutSeconds { get; set; } = 10;

    /// <summary>How long each check keeps retrying, in seconds (default 0: one attempt, as a drift audit looks once).</summary>
    public double RetryTimeoutSeconds { get; set; }

    /// <inheritdoc />
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        StateDriftReport report;
        try
        {
            var key = string.Join('\n', Hosts, Inventory, Pattern, Goss, Checks, testMethod.DeclaringType?.FullName, MaxParallelHosts,
                KnownHostsFile, DisableHostKeyVerification, PasswordVariable, ConnectTimeoutSeconds, RetryTimeoutSeconds,
                Expand(Hosts ?? string.Empty), Expand(Inventory ?? string.Empty));
            // The runner's thread waits here: the run itself never needs it (every await is ConfigureAwait(false)).
            report = Runs.GetOrAdd(key, _ => new Lazy<Task<StateDriftReport>>(() => Task.Run(() => RunAsync(testMethod)))).Value.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is StateHostListException or InventoryException or GossFileException or InvalidOperationException or ArgumentException or TargetInvocationException)
        {
            var reason = e is TargetInvocationException { InnerException: { } inner } ? $"{Checks} threw {inner.GetType().Name}: {inner.Message}" : e.Message;
            report = new StateDriftReport([new StateDriftRow("(setup)", Hosts ?? $"{Inventory} {Pattern}", null, StateDriftOutcome.Error, SecretMasker.Shared.Mask(reason))],
                new Dictionary<string, int>(), TimeSpan.Zero);
        }

        foreach (var row in report.Rows)
        {
            yield return [new StateDriftCase(row)];
        }
    }

    private async Task<StateDriftReport> RunAsync(MethodInfo testMethod)
    {
        // The test project's folder first, as GossData looks its files up.
        var project = Discovery.ProjectFiles.TryDirectoryOf(testMethod.DeclaringType!.Assembly);
        var hosts = (Hosts, Inventory) switch
        {
            ({ } list, null) => StateHostList.Load(GossDataAttribute.Locate(Expand(list), project)),
            (null, { } inventory) => StateInventoryHosts.Load(Locate(Expand(inventory), project), Pattern),
            _ => throw new InvalidOperationException($"{testMethod.Name}: StateDriftData takes exactly one source of hosts: a host list or Inventory (with Pattern)"),
        };
        var retry = RetryPolicy.For(TimeSpan.FromSeconds(RetryTimeoutSeconds), TimeSpan.FromMilliseconds(250));
        var checks = new List<StateCheck>();
        if (Goss is not null)
        {
            checks.AddRange(StateCheck.FromGoss(GossSuite.Load(GossDataAttribute.Locate(Expand(Goss), project), retry)));
        }

        if (Checks is not null)
        {
            checks.AddRange(StateCheck.FromSmokeChecks(Declare(testMethod.DeclaringType!, Checks, retry)));
        }

        if (checks.Count == 0)
        {
            throw new InvalidOperationException($"{testMethod.Name}: StateDriftData needs Goss (a goss file) or Checks (a method declaring checks)");
        }

        var options = new StateDriftOptions
        {
            MaxParallelHosts = MaxParallelHosts,
            KnownHostsFile = KnownHostsFile is null ? null : Expand(KnownHostsFile),
            DisableHostKeyVerification = DisableHostKeyVerification,
            ConnectTimeout = TimeSpan.FromSeconds(ConnectTimeoutSeconds),
            Password = PasswordVariable is null ? null
                : Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } password ? SecretValue.Of(password)
                : throw new InvalidOperationException($"environment variable {PasswordVariable} (PasswordVariable) is not set"),
        };
        return await StateDriftRun.RunAsync(hosts, checks, options).ConfigureAwait(false);
    }

    // An inventory may be a folder, which GossData's lookup (files only) would not find in the project folder.
    private static string Locate(string path, string? project) =>
        project is not null && !Path.IsPathRooted(path) && Directory.Exists(Path.Combine(project, path))
            ? Path.Combine(project, path)
            : GossDataAttribute.Locate(path, project);

    private static SmokeChecks Declare(Type type, string name, RetryPolicy retry)
    {
        var method = type.GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, [typeof(SmokeChecks)])
            ?? throw new InvalidOperationException($"{type.Name} has no static method {name}(SmokeChecks checks) for StateDriftData.Checks");
        var checks = new SmokeChecks().WithRetry(retry.Timeout, retry.Interval);
        method.Invoke(null, [checks]);
        return checks;
    }

    private static string Expand(string text) =>
        Variable().Replace(text, m => Environment.GetEnvironmentVariable(m.Groups[1].Value) ?? "");

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Variable();
}
