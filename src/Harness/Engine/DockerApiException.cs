namespace IacTest.Harness.Engine;

/// <summary>The engine refused a request the harness made directly.</summary>
public sealed class DockerApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DockerApiException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DockerApiException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public DockerApiException(string message, Exception inner) : base(message, inner)
    {
    }
}
