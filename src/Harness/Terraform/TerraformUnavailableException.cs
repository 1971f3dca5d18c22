namespace IacTest.Harness.Terraform;

/// <summary>No usable <c>terraform</c> or <c>tofu</c> executable was found; the message says where the harness looked.</summary>
public sealed class TerraformUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TerraformUnavailableException(string message)
        : base(message)
    {
    }
}
