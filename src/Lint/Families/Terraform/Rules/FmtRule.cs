using IacTest.Lint.Diagnostics;
using IacTest.Lint.Hcl;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Terraform.Rules;

/// <summary>The file is formatted as <c>terraform fmt</c> formats it; reported at the first line that differs.</summary>
internal sealed class FmtRule : TerraformRule
{
    /// <inheritdoc />
    public override string Code => "IAC0707";

    /// <inheritdoc />
    public override string Name => "terraform-fmt";

    /// <inheritdoc />
    public override string Title => "Format as `terraform fmt` does";

    /// <inheritdoc />
    public override Severity DefaultSeverity => Severity.Warning;

    /// <inheritdoc />
    public override IReadOnlyList<string> Tags => ["terraform", "formatting"];

    /// <inheritdoc />
    public override string Description =>
        "The file differs from its canonical form: the indentation, spacing and alignment of `=` that "
        + "`terraform fmt` writes. Reported once per file, at the first line that differs, column 1; run "
        + "`terraform fmt` to fix the whole file. Applies to `.tf` and `.tfvars` files (`terraform fmt` leaves "
        + "`.tf.json` alone). IacTest's own rule: tflint leaves formatting to `terraform fmt -check`.";

    /// <inheritdoc />
    protected override bool ReadsVariableFiles => true;

    /// <inheritdoc />
    protected override bool ReadsJson => false;

    /// <inheritdoc />
    public override string BadExample => "resource \"aws_instance\" \"web\" {\n  ami = \"ami-0c55b159cbfafe1f0\"\n    instance_type = \"t3.micro\"\n}\n";

    /// <inheritdoc />
    public override string GoodExample => "resource \"aws_instance\" \"web\" {\n  ami           = \"ami-0c55b159cbfafe1f0\"\n  instance_type = \"t3.micro\"\n}\n";

    /// <inheritdoc />
    protected override void Check(RuleContext context, HclFile file)
    {
        var formatted = HclFormatter.Format(file.Text);

        // terraform fmt (1.11.4, checked) leaves a file without a final line break as it is; the formatter adds one, so
        // that difference alone is not a finding.
        if (!file.Text.EndsWith('\n') && formatted.EndsWith('\n'))
        {
            formatted = formatted[..^1];
        }

        if (formatted == file.Text)
        {
            return;
        }

        var actual = file.Text.Split('\n');
        var expected = formatted.Split('\n');
        var line = 0;
        while (line < actual.Length && line < expected.Length && actual[line] == expected[line])
        {
            line++;
        }

        // Past the end of the text (lines removed at its end), the last line is the one to fix.
        var reported = Math.Min(line + 1, actual.Length);
        context.Report(reported, 1, "the file is not formatted as `terraform fmt` formats it, from this line on: run `terraform fmt`");
    }
}
