using IacTest.Harness.Ansible;
using IacTest.Harness.Net;

namespace IacTest.Harness.Converge;

/// <summary>
/// Roles missing locally fetched from a Galaxy server with <c>ansible-galaxy role install</c> — only when the server
/// answers; otherwise the run fails before Ansible starts, naming each missing role and the server that did not
/// answer. Downloads go to the run's private folder and are never shared with other runs.
/// </summary>
internal static class GalaxyDownload
{
    /// <summary>The server asked: <c>ANSIBLE_GALAXY_SERVER</c>, else Ansible's default.</summary>
    public static string DefaultServer =>
        Environment.GetEnvironmentVariable("ANSIBLE_GALAXY_SERVER") is { Length: > 0 } server ? server : "https://galaxy.ansible.com";

    /// <summary>
    /// Installs <paramref name="missing"/> Galaxy roles (or the whole <paramref name="requirements"/> file) into
    /// <paramref name="target"/>; returns null when installed, else why not, in one line.
    /// </summary>
    public static async Task<string?> InstallAsync(
        string server, IReadOnlyList<string> missing, string? requirements, string target, string workDirectory,
        IReadOnlyDictionary<string, string> environment, CancellationToken ct)
    {
        var downloadable = missing.Where(IsGalaxyName).ToList();
        if (downloadable.Count == 0)
        {
            return "none of them has a Galaxy name (namespace.role_name), so there is nothing to download";
        }

        if (await HttpProbe.ProbeAsync(server.TrimEnd('/') + "/api/", ct).ConfigureAwait(false) is { } unreachable)
        {
            return $"the Galaxy server {server} does not answer ({unreachable}), so {string.Join(", ", downloadable)} cannot be downloaded";
        }

        var galaxy = Path.Combine(Path.GetDirectoryName(AnsibleTools.AnsiblePlaybook) ?? string.Empty, "ansible-galaxy");
        List<string> arguments = ["role", "install", "--server", server, "-p", target];
        arguments.AddRange(requirements is null ? downloadable : ["-r", requirements]);
        ProcessResult result;
        try
        {
            result = await ProcessRunner.RunAsync(File.Exists(galaxy) ? galaxy : "ansible-galaxy", arguments, workDirectory, environment, TimeSpan.FromMinutes(5), ct).ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            return $"ansible-galaxy cannot run ({e.Message})";
        }

        return result.ExitCode == 0 ? null : $"ansible-galaxy role install failed on {server}: {(result.Stderr.Trim().Length > 0 ? result.Stderr.Trim() : result.Stdout.Trim())}";
    }

    private static bool IsGalaxyName(string name) => name.Count(c => c == '.') == 1 && !name.Contains('/', StringComparison.Ordinal);
}
