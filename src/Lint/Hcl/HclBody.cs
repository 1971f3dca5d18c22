namespace IacTest.Lint.Hcl;

/// <summary>The content of a file or block: arguments and nested blocks, each in source order.</summary>
/// <param name="Attributes">The arguments; of a redefined argument, only the first (the second is an error).</param>
/// <param name="Blocks">The nested blocks.</param>
/// <param name="Range">The body's source.</param>
/// <param name="EndRange">An empty range at the end of the body, where a missing argument is reported.</param>
public sealed record HclBody(IReadOnlyList<HclAttribute> Attributes, IReadOnlyList<HclBlock> Blocks, HclRange Range, HclRange EndRange)
{
    /// <summary>The argument called <paramref name="name"/>, or null.</summary>
    public HclAttribute? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name);

    /// <summary>The nested blocks of type <paramref name="type"/>.</summary>
    public IEnumerable<HclBlock> BlocksOfType(string type) => Blocks.Where(b => b.Type == type);
}
