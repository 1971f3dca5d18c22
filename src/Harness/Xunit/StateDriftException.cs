namespace IacTest.Harness.Xunit;

/// <summary>A host's live state differs from what is declared, or the host could not be checked.</summary>
public sealed class StateDriftException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StateDriftException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public StateDriftException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public StateDriftException(string message, Exception inner) : base(message, inner)
    {
    }
}
