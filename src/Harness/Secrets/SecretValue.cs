namespace IacTest.Harness.Secrets;

/// <summary>
/// A value that must never be printed: a password, token or key handed to a converge, an environment, a check or a
/// request. Creating one registers it with <see cref="SecretMasker.Shared"/>, so every text the harness writes —
/// failure messages, evidence, transcripts, logs, test output — shows <see cref="SecretMasker.Placeholder"/> instead.
/// <see cref="ToString"/> is masked too, so interpolating one by mistake leaks nothing.
/// </summary>
public sealed class SecretValue : IEquatable<SecretValue>
{
    private readonly string _value;

    /// <summary>Wraps <paramref name="value"/> and registers it for masking.</summary>
    /// <exception cref="ArgumentException">When the value is shorter than <see cref="SecretMasker.MinimumLength"/> characters.</exception>
    public SecretValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        SecretMasker.Shared.Add(value);
        _value = value;
    }

    /// <summary>Wraps and registers <paramref name="value"/> (see <see cref="SecretValue(string)"/>).</summary>
    public static SecretValue Of(string value) => new(value);

    /// <summary>The value itself, for the one place that must use it (a file with mode 0600, a request).</summary>
    public string Reveal() => _value;

    /// <summary>Always <see cref="SecretMasker.Placeholder"/>.</summary>
    public override string ToString() => SecretMasker.Placeholder;

    /// <inheritdoc />
    public bool Equals(SecretValue? other) => other is not null && string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SecretValue);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_value);
}
