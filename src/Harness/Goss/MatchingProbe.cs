using IacTest.Harness.Checks;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Goss;

/// <summary>
/// goss's <c>matching</c>: the resource's own <c>content</c> (usually filled from vars) is the actual value of
/// <c>matches</c>; nothing runs in the environment.
/// </summary>
/// <param name="Content">A text, number, bool, list of texts, or map of such values.</param>
internal sealed record MatchingProbe(object? Content) : IResourceProbe
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Attributes { get; } = ["matches"];

    /// <inheritdoc />
    public Task<ResourceFacts> GatherAsync(ITargetHost target, CancellationToken ct) =>
        Task.FromResult(new ResourceFacts().Set("matches", Content));
}
