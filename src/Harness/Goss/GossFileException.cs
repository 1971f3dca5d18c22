namespace IacTest.Harness.Goss;

/// <summary>A goss file has problems; the message lists each with its position.</summary>
public sealed class GossFileException : Exception
{
    /// <summary>Creates the exception for <paramref name="diagnostics"/>.</summary>
    public GossFileException(IReadOnlyList<GossDiagnostic> diagnostics)
        : base(string.Join("\n", diagnostics ?? []))
    {
        Diagnostics = diagnostics ?? [];
    }

    /// <summary>Creates the exception.</summary>
    public GossFileException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public GossFileException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public GossFileException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>The problems.</summary>
    public IReadOnlyList<GossDiagnostic> Diagnostics { get; } = [];
}
