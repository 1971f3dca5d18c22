namespace IacTest.Harness.Kubernetes;

/// <summary>One object added, removed or changed.</summary>
/// <param name="ChangeKind">Added, removed or changed.</param>
/// <param name="Kind">The object's kind.</param>
/// <param name="From">The object in the set compared against (<c>Kind/namespace/name</c>), null when added.</param>
/// <param name="To">The object in the compared set, null when removed.</param>
/// <param name="Diff">A unified diff of the object's YAML (the whole object, marked, when added or removed).</param>
public sealed record ObjectChange(ObjectChangeKind ChangeKind, string Kind, string? From, string? To, string Diff)
{
    /// <summary>One line naming the change: <c>~ Deployment/shop-staging/staging-storefront -> Deployment/shop-prod/storefront</c>.</summary>
    public string Title => ChangeKind switch
    {
        ObjectChangeKind.Added => $"+ {To}",
        ObjectChangeKind.Removed => $"- {From}",
        _ => From == To ? $"~ {To}" : $"~ {From} -> {To}",
    };
}
