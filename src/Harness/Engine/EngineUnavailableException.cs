namespace IacTest.Harness.Engine;

/// <summary>No container engine answers; the message says why and how to fix it.</summary>
public sealed class EngineUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EngineUnavailableException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public EngineUnavailableException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public EngineUnavailableException(string message, Exception inner) : base(message, inner)
    {
    }
}
