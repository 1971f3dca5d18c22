namespace IacTest.Lint.Rules;

/// <summary>A typed, documented option of a rule.</summary>
/// <param name="Name">The option's name as the reference tool spells it (e.g. <c>max</c>, <c>allowed-values</c>).</param>
/// <param name="Type">The value's type.</param>
/// <param name="Default">The default value: <see cref="bool"/>, <see cref="int"/>, <see cref="string"/> or <c>string[]</c>.</param>
/// <param name="Description">What the option does.</param>
public sealed record RuleOption(string Name, RuleOptionType Type, object? Default, string Description)
{
    /// <summary>The strings allowed for a string-valued option (empty: any string).</summary>
    public IReadOnlyList<string> AllowedValues { get; init; } = [];
}
