using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using IacTest.Harness.Ansible;

namespace IacTest.Harness.Converge;

/// <summary>
/// The ansible-core a converge runs with: the <c>ansible-playbook</c> program (<see cref="AnsibleTools.AnsiblePlaybook"/>:
/// <c>IACTEST_ANSIBLE_PLAYBOOK</c>, <c>IACTEST_ANSIBLE_HOME</c>, or PATH) and the version it reports. Every converge
/// transcript names it, and a role's <c>min_ansible_version</c> is checked against it.
/// </summary>
/// <param name="Program">The full path of <c>ansible-playbook</c>.</param>
/// <param name="Version">The ansible-core version it reports, e.g. <c>2.14.18</c>.</param>
public sealed partial record AnsibleInstall(string Program, Version Version)
{
    private static readonly ConcurrentDictionary<string, Lazy<AnsibleInstall>> Known = new(StringComparer.Ordinal);

    /// <summary>
    /// The install chosen by the environment, asked once per process for its version — and once per machine while the
    /// program's file is unchanged (see <see cref="Of"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">It cannot be run or does not say its version; the message says which program and why.</exception>
    public static AnsibleInstall Current => Of(AnsibleTools.AnsiblePlaybook);

    /// <summary>
    /// The install <paramref name="program"/> belongs to. Asking costs a Python start that loads most of Ansible (1–7 s
    /// on a loaded 2-core machine), paid by every test process before its first converge and by every converged-state
    /// lookup; so the answer is kept on disk, keyed by the program's resolved path, size and modification time, which
    /// an install or upgrade rewrites (pip writes its scripts anew, a Debian package brings its own).
    /// </summary>
    /// <exception cref="InvalidOperationException">It cannot be run or does not say its version.</exception>
    public static AnsibleInstall Of(string program) => Known.GetOrAdd(program, p => new Lazy<AnsibleInstall>(() => Probe(p))).Value;

    /// <summary>One line for transcripts: <c>ansible-core 2.14.18 (/usr/bin/ansible-playbook)</c>.</summary>
    public override string ToString() => $"ansible-core {Version} ({Program})";

    /// <summary>Reads the version from the first line of <c>ansible-playbook --version</c>, <c>ansible-playbook [core 2.14.18]</c>.</summary>
    internal static Version? ParseVersionLine(string firstLine) =>
        CoreVersion().Match(firstLine) is { Success: true } match ? AnsibleVersions.Parse(match.Groups[1].Value) : null;

    internal static AnsibleInstall Probe(string program)
    {
        var remembered = RememberedPath(program);
        if (remembered is not null && TryRead(remembered) is { } known)
        {
            return new AnsibleInstall(Path.GetFullPath(program), known);
        }

        var install = Ask(program);
        if (remembered is not null)
        {
            Remember(remembered, install.Version);
        }

        return install;
    }

    /// <summary>The file that remembers the version of <paramref name="program"/> as it is now, or null when it cannot be told apart.</summary>
    private static string? RememberedPath(string program)
    {
        try
        {
            var file = new FileInfo(program);
            var target = file.LinkTarget is null ? file : file.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? file;
            if (!target.Exists)
            {
                return null;
            }

            var stamp = $"{Path.GetFullPath(program)}\n{target.FullName}\n{target.Length}\n{target.LastWriteTimeUtc.Ticks}";
            var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(stamp)))[..24].ToLowerInvariant();
            return Path.Combine(CacheFolder(), "ansible-versions", key);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The user's cache folder for what outlives a test process (<c>IACTEST_CACHE</c>, else <c>$XDG_CACHE_HOME/iactest</c>,
    /// else <c>~/.cache/iactest</c>; the local application data folder on Windows) — not the private per-run folders,
    /// which the reaper empties and which must hold nothing once their owner is gone.
    /// </summary>
    private static string CacheFolder()
    {
        if (Environment.GetEnvironmentVariable("IACTEST_CACHE") is { Length: > 0 } custom)
        {
            return custom;
        }

        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "iactest", "cache");
        }

        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "iactest");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length > 0 ? Path.Combine(home, ".cache", "iactest") : Path.Combine(Path.GetTempPath(), "iactest-cache");
    }

    private static Version? TryRead(string path)
    {
        try
        {
            return Version.TryParse(File.ReadAllText(path).Trim(), out var version) ? version : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void Remember(string path, Version version)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // Written aside, then renamed: a parallel test process reads the whole version or none.
            var partial = $"{path}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.partial";
            File.WriteAllText(partial, version.ToString());
            File.Move(partial, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not remembered: the next process asks again.
        }
    }

    private static AnsibleInstall Ask(string program)
    {
        var where = Environment.GetEnvironmentVariable("IACTEST_ANSIBLE_HOME") is { Length: > 0 } home
            ? $" (from IACTEST_ANSIBLE_HOME={home})" : string.Empty;
        if (!File.Exists(program))
        {
            throw new InvalidOperationException($"ansible-playbook not found at {program}{where}: install ansible-core (Debian: apt-get install ansible) or point IACTEST_ANSIBLE_HOME at an install.");
        }

        var start = new ProcessStartInfo(program, "--version")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        try
        {
            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var firstLine = output.Split('\n')[0];
            return ParseVersionLine(firstLine) is { } version
                ? new AnsibleInstall(Path.GetFullPath(program), version)
                : throw new InvalidOperationException(
                    $"{program}{where} did not say its version (exit code {process.ExitCode}): {(firstLine.Length > 0 ? firstLine : errors.Result.Trim())}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{program}{where} cannot be run: {e.Message}", e);
        }
    }

    [GeneratedRegex(@"\[core ([0-9][0-9A-Za-z.]*)\]")]
    private static partial Regex CoreVersion();
}
