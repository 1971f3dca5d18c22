using IacTest.Lint.Diagnostics;
using IacTest.Lint.Files;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>tflint's <c>terraform_json_syntax</c>: a <c>.tf.json</c> file's root is an object, not an array of objects.</summary>
internal sealed class JsonSyntaxRule : TerraformRule
{
    /// <inheritdoc />
    public override string Code => "IAC0721";

    /// <inheritdoc />
    public override string Name => "terraform_json_syntax";

    /// <inheritdoc />
    public override string Title => "Enforce the official Terraform JSON syntax that uses a root object";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["terraform", "json", "recommended"];

    /// <inheritdoc />
    public override string ExamplePath => "main.tf.json";

    /// <inheritdoc />
    public override string Description =>
        "HCL's JSON parser also accepts an array of objects at the root of a `.tf.json` file, but Terraform's JSON "
        + "syntax documents a root object, and other tools that read Terraform JSON expect one. Reported at the opening "
        + "bracket (`recommended` preset).";

    /// <inheritdoc />
    public override string BadExample => "[{\"resource\": {\"aws_instance\": {\"web\": {\"ami\": \"ami-0c55b159cbfafe1f0\"}}}}]\n";

    /// <inheritdoc />
    public override string GoodExample => "{\"resource\": {\"aws_instance\": {\"web\": {\"ami\": \"ami-0c55b159cbfafe1f0\"}}}}\n";

    /// <inheritdoc />
    protected override void Check(RuleContext context, HclFile file)
    {
        if (SourceLanguages.IsHclJson(context.File.Path) && file.Text.AsSpan().TrimStart().StartsWith("["))
        {
            Report(context, file.Body.Range, "JSON configuration uses array syntax at root. The official Terraform JSON syntax uses a root object. See https://developer.hashicorp.com/terraform/language/syntax/json");
        }
    }
}
