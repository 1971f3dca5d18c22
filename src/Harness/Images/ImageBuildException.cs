namespace IacTest.Harness.Images;

/// <summary>An image could not be built; the message holds the build output.</summary>
public sealed class ImageBuildException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ImageBuildException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ImageBuildException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ImageBuildException(string message, Exception inner) : base(message, inner)
    {
    }
}
