namespace IacTest.Lint.Hcl;

/// <summary>A block, <c>type "label" { ... }</c>.</summary>
/// <param name="Type">The block type.</param>
/// <param name="Labels">The labels.</param>
/// <param name="Body">The content.</param>
/// <param name="TypeRange">Where the type is.</param>
/// <param name="OpenBraceRange">Where the opening brace is.</param>
/// <param name="CloseBraceRange">Where the closing brace is.</param>
public sealed record HclBlock(string Type, IReadOnlyList<HclBlockLabel> Labels, HclBody Body, HclRange TypeRange, HclRange OpenBraceRange, HclRange CloseBraceRange)
{
    /// <summary>From the type to the closing brace.</summary>
    public HclRange Range => HclRange.Between(TypeRange, CloseBraceRange);

    /// <summary>From the type to the last label: what a rule about the block points at.</summary>
    public HclRange DefinitionRange => Labels.Count == 0 ? TypeRange : HclRange.Between(TypeRange, Labels[^1].Range);
}
