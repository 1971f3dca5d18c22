using IacTest.Lint.Diagnostics;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>tflint's <c>terraform_comment_syntax</c>: single-line comments start with <c>#</c>, not <c>//</c>.</summary>
internal sealed class CommentSyntaxRule : TerraformRule
{
    /// <inheritdoc />
    public override string Code => "IAC0702";

    /// <inheritdoc />
    public override string Name => "terraform_comment_syntax";

    /// <inheritdoc />
    public override string Title => "Disallow `//` comments in favor of `#`";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override bool EnabledByDefault => false;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["terraform", "style"];

    /// <inheritdoc />
    public override string Description =>
        "HCL accepts `#` and `//` for single-line comments; Terraform's style uses `#`, and `terraform fmt` does not "
        + "rewrite `//`. Reported at each `//` comment. Block comments (`/* */`) are allowed. Off by default, as in "
        + "tflint (not in the `recommended` preset).";

    /// <inheritdoc />
    protected override bool ReadsJson => false;

    /// <inheritdoc />
    public override string BadExample => "// The web tier.\nresource \"aws_instance\" \"web\" {\n  instance_type = \"t3.micro\"\n}\n";

    /// <inheritdoc />
    public override string GoodExample => "# The web tier.\nresource \"aws_instance\" \"web\" {\n  instance_type = \"t3.micro\"\n}\n";

    /// <inheritdoc />
    protected override void Check(RuleContext context, HclFile file)
    {
        foreach (var token in file.Tokens)
        {
            if (token.Kind == HclTokenKind.Comment && token.Text.StartsWith("//", StringComparison.Ordinal))
            {
                Report(context, token.Range, "Single line comments should begin with #");
            }
        }
    }
}
