namespace IacTest.Lint.Families.Kubernetes.Kustomize;

/// <summary>
/// Where a rendered object came from, as Kustomize records it with <c>buildMetadata: [originAnnotations,
/// transformerAnnotations]</c>: the manifest it was read from, or the kustomization whose generator made it, and the
/// kustomizations whose transformers (patches, images, labels, …) changed it. Paths are full paths.
/// </summary>
/// <param name="Path">The manifest file the object was read from; null for a generated object.</param>
/// <param name="GeneratedIn">The kustomization whose generator made the object; null for a read one.</param>
/// <param name="Generator">The generator's kind (<c>ConfigMapGenerator</c>, <c>SecretGenerator</c>); null for a read one.</param>
/// <param name="TransformedIn">The kustomizations whose transformers changed the object, in the order they ran.</param>
public sealed record KustomizeOrigin(string? Path, string? GeneratedIn, string? Generator, IReadOnlyList<string> TransformedIn)
{
    /// <summary>An object with no recorded origin.</summary>
    public static KustomizeOrigin Unknown { get; } = new(null, null, null, []);
}
