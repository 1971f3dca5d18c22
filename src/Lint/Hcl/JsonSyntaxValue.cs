namespace IacTest.Lint.Hcl;

/// <summary>A JSON value with its source range, as read by <see cref="JsonSyntaxReader"/>.</summary>
internal abstract record JsonSyntaxValue(HclRange Range);

internal sealed record JsonSyntaxScalar(HclLiteralKind Kind, string Value, HclRange Range) : JsonSyntaxValue(Range);

internal sealed record JsonSyntaxArray(IReadOnlyList<JsonSyntaxValue> Items, HclRange Range) : JsonSyntaxValue(Range);

internal sealed record JsonSyntaxProperty(string Name, HclRange NameRange, HclRange ColonRange, JsonSyntaxValue Value);

internal sealed record JsonSyntaxObject(IReadOnlyList<JsonSyntaxProperty> Properties, HclRange Range, HclRange OpenRange, HclRange CloseRange) : JsonSyntaxValue(Range);
