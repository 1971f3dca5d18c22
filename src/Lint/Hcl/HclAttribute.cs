namespace IacTest.Lint.Hcl;

/// <summary>An argument, <c>name = expression</c>.</summary>
/// <param name="Name">The argument name.</param>
/// <param name="Expression">The value.</param>
/// <param name="Range">From the name to the end of the value.</param>
/// <param name="NameRange">Where the name is.</param>
/// <param name="EqualsRange">Where the equals sign is (the colon in JSON).</param>
public sealed record HclAttribute(string Name, HclExpression Expression, HclRange Range, HclRange NameRange, HclRange EqualsRange);
