namespace IacTest.Lint.Families.Kubernetes.Kustomize.Builtin;

/// <summary>
/// Thrown when an overlay uses something the built-in renderer does not reproduce exactly (a transformer plugin, a
/// strategic-merge directive, a value whose serialization it cannot match): the overlay is then rendered by
/// <c>kubectl kustomize</c>, never approximately.
/// </summary>
internal sealed class KustomizeUnsupportedException(string reason) : Exception(reason);
