using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IacTest.Harness.Modules;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Converge;

/// <summary>
/// The hash of everything that goes into a converged state: the base image's id, the Ansible program and version,
/// every file of the role, of the folders on its roles path (its dependencies) and of the playbook, the aliases, the
/// variables and the run's options. Equal keys mean the same converge would happen again.
/// </summary>
internal static class ConvergeCacheKey
{
    public static string Compute(AnsiblePlaybookRun run, string baseImageId, AnsibleInstall? ansible)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Text(string label, string? value) => sha.AppendData(Encoding.UTF8.GetBytes($"{label}={value}\n"));
        Text("image", baseImageId);
        Text("ansible", ansible?.ToString());
        Text("playbook", run.PlaybookPath is { } playbook ? File.ReadAllText(playbook) : null);
        Text("role", run.RolePath);
        // Secret values take part through their hash only: the key never holds a value.
        Text("vars", JsonSerializer.Serialize(run.ExtraVars, RevealingJson.Options));
        Text("tags", string.Join(',', run.Tags));
        Text("skip-tags", string.Join(',', run.SkipTags));
        Text("options", $"{run.Check} {run.Diff} {run.GatherFacts} {run.Become}");
        foreach (var (name, folder) in run.RoleAliases.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            Text("alias " + name, folder);
        }

        var anchor = run.RolePath ?? run.PlaybookPath;
        var defaultFolder = anchor is null ? null : run.RolePath is null ? Path.Combine(Path.GetDirectoryName(anchor)!, "roles") : Path.GetDirectoryName(anchor);
        IEnumerable<string?> folders = [run.RolePath, .. run.RolesPaths, defaultFolder, .. run.RoleAliases.Values, .. IacModules.RoleSearchPaths];
        foreach (var folder in folders.OfType<string>().Where(Directory.Exists).Distinct(StringComparer.Ordinal))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                Text("file", file);
                using var stream = File.OpenRead(file);
                sha.AppendData(SHA256.HashData(stream));
            }
        }

        return Convert.ToHexString(sha.GetHashAndReset()).ToLowerInvariant()[..16];
    }
}
