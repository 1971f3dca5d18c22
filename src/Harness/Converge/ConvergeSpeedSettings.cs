using System.Security.Cryptography;
using System.Text;
using IacTest.Harness.Reaping;

namespace IacTest.Harness.Converge;

/// <summary>
/// The Ansible settings that make a converge faster where they cannot change its outcome, on by default:
/// <list type="bullet">
/// <item>Pipelining (<c>ANSIBLE_PIPELINING</c>): a module is fed to the target's Python on standard input instead of
/// being copied to a file first. On by default for the local machine only: through the docker connection the module
/// goes through <c>docker exec -i</c>, whose standard input a loaded engine was seen to lose (the module then fails
/// with nothing printed), so for containers it is opt-in with <c>IACTEST_ANSIBLE_PIPELINING=1</c>. Never over SSH: a
/// <c>requiretty</c> in sudoers breaks it with <c>become</c>. <c>IACTEST_ANSIBLE_PIPELINING=0</c> turns it off
/// everywhere.</item>
/// <item>Fact caching (<c>jsonfile</c>, <c>gathering = smart</c>): facts gathered on a set of containers are reused by
/// the next run on the same containers, but only when the run that gathered them changed nothing and did not fail —
/// the machine is then as the facts describe it (bar clocks and counters such as <c>ansible_date_time</c>). In a
/// scenario this saves the verify playbook's gathering after the idempotence run. <c>IACTEST_FACT_CACHE=0</c> turns it
/// off.</item>
/// </list>
/// </summary>
internal static class ConvergeSpeedSettings
{
    private static readonly Lazy<string> FactCacheRoot = new(() => OwnedTempFolders.Create("facts"));

    /// <summary>
    /// Whether pipelining is on for <paramref name="hosts"/> (<c>IACTEST_ANSIBLE_PIPELINING</c>: <c>1</c> for
    /// containers too, <c>0</c> for none; by default only when every host is the local machine).
    /// </summary>
    public static bool PipeliningEnabled(IReadOnlyList<AnsibleHost> hosts) => Environment.GetEnvironmentVariable("IACTEST_ANSIBLE_PIPELINING") switch
    {
        "0" or "false" => false,
        "1" or "true" => true,
        _ => hosts.All(host => host.Variables.TryGetValue("ansible_connection", out var connection) && connection == "local"),
    };

    /// <summary>Whether fact caching is on (<c>IACTEST_FACT_CACHE</c>, default on).</summary>
    public static bool FactCacheEnabled => Environment.GetEnvironmentVariable("IACTEST_FACT_CACHE") is not ("0" or "false");

    /// <summary>Adds the settings that apply to a run on <paramref name="hosts"/> to its process environment.</summary>
    public static void Apply(IReadOnlyList<AnsibleHost> hosts, Dictionary<string, string> environment)
    {
        if (!OnlyContainersOrLocal(hosts))
        {
            return;
        }

        if (PipeliningEnabled(hosts))
        {
            environment["ANSIBLE_PIPELINING"] = "True";
        }

        if (FactCacheEnabled)
        {
            environment["ANSIBLE_GATHERING"] = "smart";
            environment["ANSIBLE_CACHE_PLUGIN"] = "jsonfile";
            environment["ANSIBLE_CACHE_PLUGIN_CONNECTION"] = FactCacheFolder(hosts);
        }
    }

    /// <summary>Forgets the cached facts of <paramref name="hosts"/> unless <paramref name="result"/> changed nothing.</summary>
    public static void AfterRun(IReadOnlyList<AnsibleHost> hosts, AnsibleRunResult result)
    {
        if (!FactCacheEnabled || !OnlyContainersOrLocal(hosts) || (result.Succeeded && result.ChangedTasks.Count == 0 && result.Recap.Count > 0))
        {
            return;
        }

        var folder = FactCacheFolder(hosts);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool OnlyContainersOrLocal(IReadOnlyList<AnsibleHost> hosts) =>
        hosts.Count > 0 && hosts.All(host => host.Variables.TryGetValue("ansible_connection", out var connection)
            && connection is "community.docker.docker" or "local");

    /// <summary>One folder per set of hosts: the same inventory name on another container never sees these facts.</summary>
    private static string FactCacheFolder(IReadOnlyList<AnsibleHost> hosts)
    {
        var identity = string.Join('\n', hosts
            .Select(host => $"{host.Name}={(host.Variables.TryGetValue("ansible_host", out var address) ? address : "")}")
            .Order(StringComparer.Ordinal));
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16].ToLowerInvariant();
        return Path.Combine(FactCacheRoot.Value, key);
    }
}
