using IacTest.Harness.Targets;

namespace IacTest.Harness.Checks.Probes;

/// <summary>kernel-param: <c>value</c> of a sysctl key (read from <c>/proc/sys</c>, as the environment sees it).</summary>
/// <param name="Key">The key, e.g. <c>net.ipv4.ip_forward</c>.</param>
internal sealed record KernelParamProbe(string Key) : IResourceProbe
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Attributes { get; } = ["value"];

    /// <inheritdoc />
    public async Task<ResourceFacts> GatherAsync(ITargetHost target, CancellationToken ct)
    {
        var facts = new ResourceFacts();
        var path = "/proc/sys/" + Key.Replace('.', '/');
        var result = await Shell.RunQuickAsync(target, facts, $"cat {path}", "cat \"$1\"", [path], ct).ConfigureAwait(false);
        return facts.Set("value", result.ExitCode == 0 ? result.Stdout.TrimEnd('\n').Replace('\t', ' ') : null);
    }
}
