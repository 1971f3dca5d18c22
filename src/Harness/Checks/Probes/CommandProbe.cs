using System.Globalization;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Checks.Probes;

/// <summary>command: <c>exit-status</c>, <c>stdout</c>, <c>stderr</c> of a shell command, bounded by <c>timeout</c>.</summary>
/// <param name="Command">The shell command.</param>
/// <param name="Timeout">Killed after this long (uses the environment's <c>timeout</c> tool when present).</param>
internal sealed record CommandProbe(string Command, TimeSpan Timeout) : IResourceProbe
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Attributes { get; } = ["exit-status", "stdout", "stderr"];

    private const string Script = """
        if command -v timeout >/dev/null 2>&1; then exec timeout -s KILL "$2" /bin/sh -c "$1"; else exec /bin/sh -c "$1"; fi
        """;

    /// <inheritdoc />
    public async Task<ResourceFacts> GatherAsync(ITargetHost target, CancellationToken ct)
    {
        var facts = new ResourceFacts();
        var seconds = Math.Max(1, (int)Math.Ceiling(Timeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var result = await Shell.RunAsync(target, facts, Command, Script, [Command, seconds], ct).ConfigureAwait(false);
        return facts.Set("exit-status", (long)result.ExitCode).Set("stdout", result.Stdout).Set("stderr", result.Stderr);
    }
}
