namespace IacTest.Lint.Hcl;

/// <summary>One step of a traversal: <c>.name</c>, or an index with a constant key (<c>[0]</c>, <c>["k"]</c>, <c>.0</c>).</summary>
/// <param name="Range">The step's source, from its dot or bracket.</param>
/// <param name="Name">The attribute name, for an attribute step.</param>
/// <param name="Key">The constant key, for an index step.</param>
/// <param name="IsLegacyIndex">Whether the step is the legacy <c>.0</c> index form.</param>
public sealed record HclTraversalStep(HclRange Range, string? Name, HclExpression? Key, bool IsLegacyIndex = false)
{
    /// <summary>Whether this step reads an attribute (otherwise it indexes).</summary>
    public bool IsAttribute => Name is not null;
}
