namespace IacTest.Harness.Drift;

/// <summary>A host list cannot be read; the message starts with <c>file(line,column):</c>.</summary>
public sealed class StateHostListException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StateHostListException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public StateHostListException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public StateHostListException(string message, Exception inner) : base(message, inner)
    {
    }
}
