using IacTest.Harness.Secrets;

namespace IacTest.Harness.Environments;

/// <summary>A command was sent to an environment whose main process has ended; the message has its exit code and logs.</summary>
public sealed class EnvironmentExitedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EnvironmentExitedException(string message, Exception inner) : base(SecretMasker.Shared.Mask(message), inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public EnvironmentExitedException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public EnvironmentExitedException(string message) : base(SecretMasker.Shared.Mask(message))
    {
    }
}
