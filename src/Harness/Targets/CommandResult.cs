using IacTest.Harness.Secrets;

namespace IacTest.Harness.Targets;

/// <summary>The outcome of a command run inside an environment.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Stdout">Everything it wrote to standard output.</param>
/// <param name="Stderr">Everything it wrote to standard error.</param>
public sealed record CommandResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>True when the exit code is 0.</summary>
    public bool Succeeded => ExitCode == 0;

    /// <summary>Throws <see cref="CommandFailedException"/> unless the exit code is 0; returns this result.</summary>
    public CommandResult EnsureSuccess(string? description = null) =>
        Succeeded ? this : throw new CommandFailedException(description ?? "command", this);

    /// <summary>The result as evidence text: exit code, then stdout and stderr when not empty.</summary>
    public string Describe()
    {
        var text = $"exit {ExitCode}";
        if (Stdout.Length > 0)
        {
            text += "\nstdout:\n" + Indent(Stdout);
        }

        if (Stderr.Length > 0)
        {
            text += "\nstderr:\n" + Indent(Stderr);
        }

        return SecretMasker.Shared.Mask(text);
    }

    private static string Indent(string text) =>
        string.Join('\n', text.TrimEnd('\n').Split('\n').Select(line => "  " + line));
}
