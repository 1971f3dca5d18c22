using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Kustomize;

/// <summary>
/// One patch of a kustomization, parsed with positions: a strategic-merge patch (a partial object) or a JSON 6902
/// patch (a list of operations), from its own file or written inline, with the target it applies to.
/// </summary>
/// <param name="File">The file the patch text is in (the patch file, or the kustomization for an inline patch).</param>
/// <param name="Body">The patch: a mapping (strategic merge) or a sequence of operations (JSON 6902).</param>
/// <param name="TargetKind">The kind of the objects it patches, null for any.</param>
/// <param name="TargetName">The name (as in the base, before prefixes and suffixes) of the objects it patches, null for any.</param>
/// <param name="Placement">Maps a position inside an inline patch's text to its position in the file.</param>
internal sealed record KustomizePatch(string File, YNode Body, string? TargetKind, string? TargetName, Func<Position, Position> Placement)
{
    /// <summary>The kustomization that lists the patch.</summary>
    public string DeclaredIn { get; init; } = string.Empty;

    /// <summary>The entry of <see cref="DeclaredIn"/> that lists the patch (its <c>target</c> or its path).</summary>
    public YNode? Entry { get; init; }

    /// <summary>Whether this is a JSON 6902 patch.</summary>
    public bool IsJson6902 => Body is YSequence;

    /// <summary>Whether the patch applies to an object of <paramref name="kind"/> whose rendered name is <paramref name="renderedName"/>.</summary>
    public bool Targets(string kind, string renderedName) =>
        (TargetKind is null || TargetKind == kind)
        && (TargetName is null || renderedName == TargetName || renderedName.Contains(TargetName, StringComparison.Ordinal));
}
