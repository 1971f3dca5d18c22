namespace IacTest.Harness.Compose;

/// <summary>The outcome of interpolating one string.</summary>
/// <param name="Value">The text with every variable replaced (null when an error stopped it).</param>
/// <param name="Error">Why interpolation failed (<c>${VAR:?message}</c>, bad syntax), or null.</param>
/// <param name="Unset">Variables that were used without a value or default (Compose warns and uses "").</param>
public sealed record InterpolationResult(string? Value, string? Error, IReadOnlyList<string> Unset);
