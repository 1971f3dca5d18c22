namespace IacTest.Harness.Images;

/// <summary>An image is not on this machine and cannot be pulled; the message says why and what to do instead.</summary>
public sealed class ImageUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ImageUnavailableException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ImageUnavailableException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ImageUnavailableException(string message, Exception inner) : base(message, inner)
    {
    }
}
