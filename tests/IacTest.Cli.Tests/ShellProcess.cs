using System.Diagnostics;

namespace IacTest.Cli.Tests;

/// <summary>Runs a real shell (bash, zsh, fish) in a folder and returns what it printed.</summary>
internal static class ShellProcess
{
    /// <summary>
    /// A guard against a shell that waits forever (a completion that never finishes), not a measure: the scripts run in
    /// well under a second even on a loaded machine.
    /// </summary>
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(2);

    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/> in <paramref name="folder"/>; the run must succeed.</summary>
    public static string Run(string folder, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The user's own settings must not change what the shell completes.
        start.Environment["HOME"] = folder;
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(folder, ".config");
        start.Environment["TERM"] = "dumb";
        Process shell;
        try
        {
            shell = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{program} is not installed: eng/setup.sh installs the shells the completion tests load the scripts into.");
        }

        using (shell)
        {
            var output = shell.StandardOutput.ReadToEndAsync();
            var error = shell.StandardError.ReadToEndAsync();
            if (!shell.WaitForExit(Guard))
            {
                shell.Kill(entireProcessTree: true);
                shell.WaitForExit();
                throw new InvalidOperationException($"{program} did not finish; it printed:\n{output.Result}\n{error.Result}");
            }

            shell.ExitCode.ShouldBe(0, $"{program} failed: {error.Result}");
            return output.Result;
        }
    }
}
