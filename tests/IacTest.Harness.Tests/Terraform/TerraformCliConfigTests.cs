using IacTest.Harness.Terraform;

namespace IacTest.Harness.Tests.Terraform;

public sealed class TerraformCliConfigTests
{
    [Fact]
    public void A_mirror_is_the_only_installation_method()
    {
        // Given a mirror limited to one namespace, and a plugin cache
        var config = TerraformCliConfig.Render(new TerraformProviderMirror("/srv/mirror", ["registry.terraform.io/hashicorp/*"]), "/var/cache/tf");

        // Then the configuration has the cache, the mirror with its filter, and no direct installation
        config.ShouldBe("""
            # Written by IacTest for one throw-away working copy.
            plugin_cache_dir = "/var/cache/tf"
            provider_installation {
              filesystem_mirror {
                path = "/srv/mirror"
                include = ["registry.terraform.io/hashicorp/*"]
              }
            }

            """.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData(@"C:\mirror", "\"C:\\\\mirror\"")]
    [InlineData("/odd/\"quoted\"", "\"/odd/\\\"quoted\\\"\"")]
    [InlineData("/tmp/${HOME}", "\"/tmp/$${HOME}\"")]
    [InlineData("/tmp/%{if}", "\"/tmp/%%{if}\"")]
    public void Paths_are_written_as_literal_HCL_strings(string path, string literal) =>
        TerraformCliConfig.Quote(path).ShouldBe(literal);

    [Theory]
    [InlineData(null, "null")]
    [InlineData("web-1", "web-1")]
    [InlineData(true, "true")]
    [InlineData(3, "3")]
    [InlineData(2.5, "2.5")]
    public void Scalar_variables_are_passed_as_Terraform_reads_them(object? value, string text) =>
        TerraformWorkingCopyBuilder.Literal(value).ShouldBe(text);

    [Fact]
    public void Collections_are_passed_as_JSON_which_Terraform_reads_as_lists_and_objects()
    {
        TerraformWorkingCopyBuilder.Literal(new[] { "a", "b" }).ShouldBe("[\"a\",\"b\"]");
        TerraformWorkingCopyBuilder.Literal(new Dictionary<string, int> { ["web"] = 2 }).ShouldBe("{\"web\":2}");
    }
}
