using System.Collections.Immutable;

namespace IacTest.Harness.Secrets;

/// <summary>
/// The registry of secret strings and the one place text is masked. Every writer of the harness (exception
/// messages, evidence, transcripts, container logs, progress lines, test output) passes its text through
/// <see cref="Shared"/>. The registry lives as long as the process because a message can be built, or a log read,
/// long after the run that used the secret; masking more than needed is harmless, a leak is not.
/// </summary>
public sealed class SecretMasker
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Placeholder = "********";

    /// <summary>
    /// Shorter values are refused: masking a two-letter value would blank out every word containing it, and a value
    /// that short is no secret worth the name.
    /// </summary>
    public const int MinimumLength = 4;

    private readonly object _gate = new();
    private ImmutableHashSet<string> _secrets = ImmutableHashSet.Create<string>(StringComparer.Ordinal);

    // Every form of every secret, longest first, so a longer form is replaced before a shorter one inside it.
    private ImmutableArray<string> _forms = [];

    /// <summary>The masker every writer of the harness uses.</summary>
    public static SecretMasker Shared { get; } = new();

    /// <summary>True when no secret is registered (masking is then free).</summary>
    public bool IsEmpty => _forms.IsEmpty;

    /// <summary>Registers <paramref name="secret"/>: from now on it, and its common encodings, are masked.</summary>
    /// <exception cref="ArgumentException">When the value is shorter than <see cref="MinimumLength"/> characters.</exception>
    public void Add(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.Length < MinimumLength)
        {
            throw new ArgumentException(
                $"A secret must have at least {MinimumLength} characters to be masked reliably (this one has {secret.Length}).", nameof(secret));
        }

        lock (_gate)
        {
            if (_secrets.Contains(secret))
            {
                return;
            }

            _secrets = _secrets.Add(secret);
            _forms = [.. _secrets.SelectMany(SecretEncodings.Of).Where(f => f.Length >= MinimumLength).Distinct(StringComparer.Ordinal)
                .OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal)];
        }
    }

    /// <summary>True when <paramref name="text"/> holds a registered secret in any of its forms.</summary>
    public bool Reveals(string? text) => !string.IsNullOrEmpty(text) && _forms.Any(f => text.Contains(f, StringComparison.Ordinal));

    /// <summary><paramref name="text"/> with every registered secret, in every form, replaced by <see cref="Placeholder"/>.</summary>
    public string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var forms = _forms;
        foreach (var form in forms)
        {
            if (text.Contains(form, StringComparison.Ordinal))
            {
                text = text.Replace(form, Placeholder, StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>A log action that masks each line before passing it on.</summary>
    public Action<string> Masking(Action<string> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return line => output(Mask(line));
    }
}
