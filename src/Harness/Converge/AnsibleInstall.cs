using System.Collections.Concurrent;
using System.Diagnostics;
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

    /// <summary>The install chosen by the environment, asked once per process for its version.</summary>
    /// <exception cref="InvalidOperationException">It cannot be run or does not say its version; the message says which program and why.</exception>
    public static AnsibleInstall Current => Of(AnsibleTools.AnsiblePlaybook);

    /// <summary>The install <paramref name="program"/> belongs to (asked once per process).</summary>
    /// <exception cref="InvalidOperationException">It cannot be run or does not say its version.</exception>
    public static AnsibleInstall Of(string program) => Known.GetOrAdd(program, p => new Lazy<AnsibleInstall>(() => Probe(p))).Value;

    /// <summary>One line for transcripts: <c>ansible-core 2.14.18 (/usr/bin/ansible-playbook)</c>.</summary>
    public override string ToString() => $"ansible-core {Version} ({Program})";

    /// <summary>Reads the version from the first line of <c>ansible-playbook --version</c>, <c>ansible-playbook [core 2.14.18]</c>.</summary>
    internal static Version? ParseVersionLine(string firstLine) =>
        CoreVersion().Match(firstLine) is { Success: true } match ? AnsibleVersions.Parse(match.Groups[1].Value) : null;

    private static AnsibleInstall Probe(string program)
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
