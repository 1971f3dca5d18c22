using System.Text.RegularExpressions;

namespace IacTest.Lint.Families.Secrets.Model;

/// <summary>The patterns of credentials with a recognisable shape, matched on the raw text (comments included).</summary>
internal static partial class SecretPatterns
{
    /// <summary>A private key block header followed by key material.</summary>
    [GeneratedRegex(@"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\\n""'|>-]{0,80}[A-Za-z0-9+/=]{40}")]
    public static partial Regex PrivateKey();

    /// <summary>Cloud credentials: AWS access key ids, Google API keys, Azure storage account keys.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?<aws>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])|(?<![A-Za-z0-9_-])(?<gcp>AIza[0-9A-Za-z_\-]{35})(?![A-Za-z0-9_-])|AccountKey=(?<azure>[A-Za-z0-9+/]{86}==)")]
    public static partial Regex CloudKey();

    /// <summary>Tokens of common services: GitHub, GitLab, Slack, Stripe, npm, PyPI, SendGrid, Docker Hub, JWTs.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9_])(?<token>gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82}|glpat-[A-Za-z0-9_\-]{20}|xox[baprs]-[0-9A-Za-z\-]{10,}|(?:sk|rk)_live_[0-9A-Za-z]{24,}|npm_[A-Za-z0-9]{36}|pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,}|SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}|dckr_pat_[A-Za-z0-9_\-]{27}|eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}|https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24})")]
    public static partial Regex ServiceToken();

    /// <summary>URLs with a password (<c>scheme://user:password@host</c>) and <c>Password=…;</c> in connection strings.</summary>
    [GeneratedRegex(@"\b[a-zA-Z][a-zA-Z0-9+.\-]{1,20}://[^:/\s@'""]{0,100}:(?<password>[^@/\s'""]{1,200})@[^\s'""]|(?i:\b(?:password|pwd)\s*=\s*)(?<password>[^;'""\s]{3,200})(?=;|\s*$|['""])")]
    public static partial Regex ConnectionString();

    /// <summary>Whether a value is matched by one of the shape patterns (so key-based rules leave it to them).</summary>
    public static bool IsKnownShape(string value) =>
        CloudKey().IsMatch(value) || ServiceToken().IsMatch(value) || ConnectionString().IsMatch(value) || PrivateKey().IsMatch(value);

    /// <summary>The prefix of a token that identifies its service and may be shown.</summary>
    public static int PublicPrefixLength(string token)
    {
        foreach (var prefix in KnownPrefixes)
        {
            if (token.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefix.Length;
            }
        }

        return 0;
    }

    private static readonly string[] KnownPrefixes =
    [
        "AKIA", "ASIA", "ABIA", "ACCA", "AIza", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "xoxb-", "xoxa-",
        "xoxp-", "xoxr-", "xoxs-", "sk_live_", "rk_live_", "npm_", "pypi-", "SG.", "dckr_pat_", "eyJ", "https://hooks.slack.com/services/",
    ];
}
