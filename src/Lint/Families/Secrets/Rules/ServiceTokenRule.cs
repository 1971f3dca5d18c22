using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Secrets.Rules;

/// <summary>Tokens of common services committed in clear text.</summary>
internal sealed class ServiceTokenRule : SecretRule
{
    /// <inheritdoc />
    public override string Code => "IAC0603";

    /// <inheritdoc />
    public override string Name => "service-token";

    /// <inheritdoc />
    public override string Title => "Service tokens must not be committed";

    /// <inheritdoc />
    public override string Description =>
        "Tokens with a recognisable shape: GitHub (`ghp_`, `gho_`, `github_pat_`…), GitLab (`glpat-`), Slack (`xoxb-`… and incoming webhooks), Stripe live keys, npm, PyPI, SendGrid, Docker Hub personal access tokens and JSON Web Tokens, anywhere in the file. Revoke the token, then read it from a secret store.";

    /// <inheritdoc />
    public override string BadExample => "github_token: ghp_4kQ9cZr2LmX8vT1bN7yW3pE6hJ0sA5dF2gH8\n";

    /// <inheritdoc />
    public override string GoodExample => "github_token: \"{{ lookup('env', 'GITHUB_TOKEN') }}\"\n";

    /// <inheritdoc />
    public override bool NeedsDocuments => false;

    /// <inheritdoc />
    public override void Check(RuleContext context) =>
        ReportMatches(context, IacTest.Lint.Families.Secrets.Model.SecretPatterns.ServiceToken(), match => (match.Groups["token"], "service token"), "gh", "glpat-", "xox", "_live_", "npm_", "pypi-", "SG.", "dckr_pat_", "eyJ", "hooks.slack.com");
}
