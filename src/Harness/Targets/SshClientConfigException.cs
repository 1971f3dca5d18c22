namespace IacTest.Harness.Targets;

/// <summary>An ssh client configuration file could not be read or holds a value ssh would refuse; the message names file, line and column.</summary>
public sealed class SshClientConfigException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SshClientConfigException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public SshClientConfigException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SshClientConfigException(string message, Exception inner) : base(message, inner)
    {
    }
}
