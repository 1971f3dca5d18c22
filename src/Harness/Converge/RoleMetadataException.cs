namespace IacTest.Harness.Converge;

/// <summary>A role's <c>meta/main.yml</c> cannot be read as Galaxy metadata; the message says where and why.</summary>
public sealed class RoleMetadataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RoleMetadataException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public RoleMetadataException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public RoleMetadataException(string message, Exception inner) : base(message, inner)
    {
    }
}
