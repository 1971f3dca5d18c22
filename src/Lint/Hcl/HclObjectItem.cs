namespace IacTest.Lint.Hcl;

/// <summary>One <c>key = value</c> (or <c>key: value</c>) of an object constructor.</summary>
/// <param name="Key">The key.</param>
/// <param name="Value">The value.</param>
public sealed record HclObjectItem(HclObjectKeyExpression Key, HclExpression Value);
