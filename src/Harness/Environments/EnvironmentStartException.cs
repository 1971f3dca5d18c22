using IacTest.Harness.Secrets;

namespace IacTest.Harness.Environments;

/// <summary>An environment could not be started (image, create, start, copy or timeout); nothing is left behind.</summary>
public sealed class EnvironmentStartException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EnvironmentStartException(string message, Exception inner) : base(SecretMasker.Shared.Mask(message), inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public EnvironmentStartException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public EnvironmentStartException(string message) : base(SecretMasker.Shared.Mask(message))
    {
    }
}
