namespace IacTest.Sdk.Tests;

/// <summary>Terraform files are default items of the SDK: <c>dotnet build</c> lints them and prints tflint's findings in MSBuild's form.</summary>
[Collection(PackedSdkCollection.Name)]
public sealed class TerraformBuildLintTests(PackedSdkFixture sdk)
{
    [Fact]
    public async Task A_deprecated_interpolation_in_a_tf_file_is_a_warning_of_the_build()
    {
        // Given a test project holding a Terraform module whose bucket name uses 0.11-style interpolation
        var project = sdk.CreateProject("terraform-lint", """<Project Sdk="IacTest.Sdk/$(Version)" />""");
        var main = project.Write("infra/main.tf", "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"${var.bucket_name}\"\n}\n");
        project.Write("infra/variables.tf", "variable \"bucket_name\" {\n  description = \"Name of the log bucket.\"\n  type        = string\n}\n");

        // When
        var build = await project.BuildAsync();

        // Then the build passes with the warning at the string, and both files were linted
        build.ExitCode.ShouldBe(0, build.Output);
        build.Lines.ShouldContain(l => l.Contains($"{main}(2,12): warning IAC0701: Interpolation-only expressions are deprecated in Terraform v0.12.14", StringComparison.Ordinal), build.Output);
        build.LintedFiles.ShouldBe(2);
    }
}
