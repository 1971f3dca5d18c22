using IacTest.Harness.Environments;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Checks;

/// <summary>Runs a probe script with <c>sh -c</c>, arguments passed positionally (no quoting problems), and records evidence.</summary>
internal static class Shell
{
    /// <summary>Runs <paramref name="script"/> with <c>$1…</c> = <paramref name="arguments"/>; <paramref name="shown"/> is the evidence text.</summary>
    public static async Task<CommandResult> RunAsync(
        ITargetHost target, ResourceFacts facts, string shown, string script, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var result = await target.RunAsync(new TargetCommand(Command(script, arguments)), ct).ConfigureAwait(false);
        facts.Add(new Evidence(shown, result));
        return result;
    }

    /// <summary>
    /// Like <see cref="RunAsync"/> for a script that only reads local state and returns at once: it is batched with
    /// the other quick scripts the target is running at the same time.
    /// </summary>
    public static async Task<CommandResult> RunQuickAsync(
        ITargetHost target, ResourceFacts facts, string shown, string script, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var result = await QuickScriptBatcher.For(target).RunAsync(script, arguments, ct).ConfigureAwait(false);
        facts.Add(new Evidence(shown, result));
        return result;
    }

    /// <summary>The exec command that runs <paramref name="script"/> with <c>$1…</c> = <paramref name="arguments"/>.</summary>
    public static string[] Command(string script, IReadOnlyList<string> arguments) => ["/bin/sh", "-c", script, "sh", .. arguments];

    /// <summary>Quotes an argument for the evidence line (and for a script: the result is one word to <c>sh</c>).</summary>
    public static string Quote(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=@%+,".Contains(c)) ? value : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
