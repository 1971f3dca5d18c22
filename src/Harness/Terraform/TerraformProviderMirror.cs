namespace IacTest.Harness.Terraform;

/// <summary>
/// A local folder of provider packages (the layout <c>terraform providers mirror DIR</c> writes:
/// <c>HOST/NAMESPACE/TYPE/terraform-provider-TYPE_VERSION_OS_ARCH.zip</c>, or unpacked) that <c>terraform init</c>
/// installs from instead of a registry.
/// </summary>
/// <param name="Path">The mirror folder.</param>
/// <param name="Include">The provider address patterns to take from it (<c>registry.terraform.io/hashicorp/*</c>); empty for all.</param>
public sealed record TerraformProviderMirror(string Path, IReadOnlyList<string> Include);
