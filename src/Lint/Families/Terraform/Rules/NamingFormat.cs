namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>A named format of <c>terraform_naming_convention</c>'s <c>custom_formats</c>: a description shown in messages and its regular expression.</summary>
/// <param name="Name">The name <c>format</c> refers to it by.</param>
/// <param name="Description">What the message calls it.</param>
/// <param name="Regex">The pattern a name must match.</param>
internal sealed record NamingFormat(string Name, string Description, string Regex)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name}={Description}:{Regex}";
}
