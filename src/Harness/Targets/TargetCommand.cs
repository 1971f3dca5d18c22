namespace IacTest.Harness.Targets;

/// <summary>A command for a <see cref="ITargetHost"/>: its arguments (the first is the program), input and time limit.</summary>
/// <param name="Arguments">The program and its arguments, passed as they are (no shell word splitting).</param>
public sealed record TargetCommand(IReadOnlyList<string> Arguments)
{
    /// <summary>Text written to the command's standard input, then closed; none (an empty, closed input) when null.</summary>
    public string? StandardInput { get; init; }

    /// <summary>How long the command may run before it is abandoned with a <see cref="TargetException"/>; the host's default when null.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>A command from its program and arguments.</summary>
    public static TargetCommand Of(params string[] arguments) => new(arguments);

    /// <summary><paramref name="script"/> run by <c>/bin/sh -c</c>, with <c>$1…</c> = <paramref name="arguments"/>.</summary>
    public static TargetCommand Shell(string script, params string[] arguments) => new(["/bin/sh", "-c", script, "sh", .. arguments]);
}
