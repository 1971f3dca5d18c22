namespace IacTest.Harness.Checks;

/// <summary>One attribute's expectation against what was found.</summary>
/// <param name="Attribute">The attribute, e.g. <c>mode</c>.</param>
/// <param name="Expected">The expectation.</param>
/// <param name="Actual">The value found.</param>
/// <param name="Passed">True when it matched.</param>
public sealed record AttributeOutcome(string Attribute, Matcher Expected, object? Actual, bool Passed)
{
    /// <summary>One line: <c>mode: expected "0644", actual "0600"</c>.</summary>
    public string Describe() => $"{Attribute}: expected {Expected.Describe()}, actual {Matcher.Format(Actual)}";
}
