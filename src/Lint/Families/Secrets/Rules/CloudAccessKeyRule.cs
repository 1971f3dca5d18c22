using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Secrets.Rules;

/// <summary>Cloud provider credentials committed in clear text.</summary>
internal sealed class CloudAccessKeyRule : SecretRule
{
    /// <inheritdoc />
    public override string Code => "IAC0602";

    /// <inheritdoc />
    public override string Name => "cloud-access-key";

    /// <inheritdoc />
    public override string Title => "Cloud access keys must not be committed";

    /// <inheritdoc />
    public override string Description =>
        "AWS access key ids (`AKIA…`, `ASIA…`), Google API keys (`AIza…`) and Azure storage account keys (`AccountKey=…`) are recognised by their shape anywhere in the file. AWS's documented example keys (containing `EXAMPLE`) are ignored. Use the platform's workload identity, or a secret store.";

    /// <inheritdoc />
    public override string BadExample => "aws_access_key_id: AKIAZ7QF3XN2KD4LBW6Q\n";

    /// <inheritdoc />
    public override string GoodExample => "aws_access_key_id: \"{{ lookup('env', 'AWS_ACCESS_KEY_ID') }}\"\n";

    /// <inheritdoc />
    public override bool NeedsDocuments => false;

    /// <inheritdoc />
    public override void Check(RuleContext context) =>
        ReportMatches(context, IacTest.Lint.Families.Secrets.Model.SecretPatterns.CloudKey(), match =>
            match.Groups["aws"].Success ? (match.Groups["aws"], "AWS access key id")
            : match.Groups["gcp"].Success ? (match.Groups["gcp"], "Google API key")
            : (match.Groups["azure"], "Azure storage account key"), "AKIA", "ASIA", "ABIA", "ACCA", "AIza", "AccountKey=");
}
