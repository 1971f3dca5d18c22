namespace IacTest.Lint.Hcl;

/// <summary>One token of HCL source.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Range">Where it is.</param>
/// <param name="Text">Its source text.</param>
public readonly record struct HclToken(HclTokenKind Kind, HclRange Range, string Text);
