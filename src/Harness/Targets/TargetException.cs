namespace IacTest.Harness.Targets;

/// <summary>
/// A host could not be reached or did not answer in time: the message names the host and the reason (refused
/// connection, unknown host key, refused authentication, timeout, connection lost) and never a key or password.
/// </summary>
public sealed class TargetException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TargetException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public TargetException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public TargetException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>Creates the exception for <paramref name="host"/> failing for <paramref name="reason"/>.</summary>
    public TargetException(ITargetHost host, TargetFailure reason, string detail, Exception? inner = null)
        : base($"{host?.Description}: {detail}", inner)
    {
        ArgumentNullException.ThrowIfNull(host);
        Host = host.Description;
        Reason = reason;
    }

    /// <summary>The host's <see cref="ITargetHost.Description"/>, when known.</summary>
    public string? Host { get; }

    /// <summary>What went wrong.</summary>
    public TargetFailure Reason { get; }
}
