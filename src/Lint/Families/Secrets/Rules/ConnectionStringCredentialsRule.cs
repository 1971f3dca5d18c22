using IacTest.Lint.Families.Secrets.Model;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Secrets.Rules;

/// <summary>Passwords inside URLs and connection strings.</summary>
internal sealed class ConnectionStringCredentialsRule : SecretRule
{
    /// <inheritdoc />
    public override string Code => "IAC0605";

    /// <inheritdoc />
    public override string Name => "connection-string-credentials";

    /// <inheritdoc />
    public override string Title => "Connection strings must not embed passwords";

    /// <inheritdoc />
    public override string Description =>
        "A URL with a password (`postgres://app:s3cret@db/app`) or a connection string with `Password=…;` carries the credential wherever the string goes: logs, process lists, error pages. The finding points at the password. Templated passwords (`{{ db_password }}`, `${DB_PASSWORD}`) are references and pass.";

    /// <inheritdoc />
    public override string BadExample => "database_url: postgres://app:Tr0ub4dor3@db.internal:5432/app\n";

    /// <inheritdoc />
    public override string GoodExample => "database_url: \"postgres://app:{{ db_password | urlencode }}@db.internal:5432/app\"\n";

    /// <inheritdoc />
    public override bool NeedsDocuments => false;

    /// <inheritdoc />
    public override void Check(RuleContext context) =>
        ReportMatches(context, SecretPatterns.ConnectionString(), match =>
        {
            var password = match.Groups["password"];
            var value = password.Value;
            return value.Length < 3 || SecretText.IsReference(value) || value.Contains('{', StringComparison.Ordinal) || value.StartsWith('$')
                || value.Trim('*', 'x', 'X').Length == 0 || value is "password" or "pass" or "secret" or "changeme"
                ? null
                : (password, "password in a connection string");
        }, "@", "pwd", "password");
}
