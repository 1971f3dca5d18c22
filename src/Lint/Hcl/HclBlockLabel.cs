namespace IacTest.Lint.Hcl;

/// <summary>A block label, <c>"aws_instance"</c> in <c>resource "aws_instance" "web" {}</c>.</summary>
/// <param name="Value">The label text, escapes decoded.</param>
/// <param name="Range">Where it is, quotes included.</param>
public sealed record HclBlockLabel(string Value, HclRange Range);
