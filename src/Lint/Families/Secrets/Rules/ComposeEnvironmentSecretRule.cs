using IacTest.Lint.Classification;
using IacTest.Lint.Families.Secrets.Model;
using IacTest.Lint.Rules;
using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Secrets.Rules;

/// <summary>Secrets in a Compose service's environment.</summary>
internal sealed class ComposeEnvironmentSecretRule : SecretRule
{
    /// <inheritdoc />
    public override string Code => "IAC0609";

    /// <inheritdoc />
    public override string Name => "compose-environment-secret";

    /// <inheritdoc />
    public override string Title => "Compose services must not get secrets as literal environment values";

    /// <inheritdoc />
    public override string Description =>
        "A secret-named variable (`POSTGRES_PASSWORD`, `API_TOKEN`, …) with a literal value in a service's `environment` — map or `KEY=value` list — is committed with the file and visible in `docker inspect`. Interpolate it from the environment or an `.env` file kept out of Git (`${POSTGRES_PASSWORD}`), or use Compose `secrets` (`POSTGRES_PASSWORD_FILE: /run/secrets/db`).";

    /// <inheritdoc />
    public override string BadExample => "services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_PASSWORD: Tr0ub4dor3\n";

    /// <inheritdoc />
    public override string GoodExample => "services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}\n";

    /// <inheritdoc />
    public override string ExamplePath => "compose.yaml";

    /// <inheritdoc />
    public override bool AppliesTo(FileKind kind) => kind is FileKind.Compose;

    /// <inheritdoc />
    public override void Check(RuleContext context)
    {
        if (SecretCandidates.IsSopsEncrypted(context.File.Documents))
        {
            return;
        }

        foreach (var document in context.File.Documents)
        {
            if ((document.Root as YMapping)?["services"] is not YMapping services)
            {
                continue;
            }

            foreach (var service in services.Pairs)
            {
                switch ((service.Value as YMapping)?["environment"])
                {
                    case YMapping map:
                        foreach (var pair in map.Pairs)
                        {
                            if (pair.KeyText is { } key && pair.Value is YScalar value)
                            {
                                Check(context, service.KeyText, key, value, value.Start, value.Value);
                            }
                        }

                        break;
                    case YSequence list:
                        foreach (var item in list.Items.OfType<YScalar>())
                        {
                            var equals = item.Value.IndexOf('=', StringComparison.Ordinal);
                            if (equals > 0 && item.IsPlain)
                            {
                                var start = new Position(item.Start.Line, item.Start.Column + equals + 1, item.Start.Offset + equals + 1);
                                Check(context, service.KeyText, item.Value[..equals], item, start, item.Value[(equals + 1)..]);
                            }
                            else if (equals > 0)
                            {
                                Check(context, service.KeyText, item.Value[..equals], item, item.Start, item.Value[(equals + 1)..]);
                            }
                        }

                        break;
                }
            }
        }
    }

    private void Check(RuleContext context, string? serviceName, string key, YScalar node, Position position, string value)
    {
        if (!SecretText.IsSecretKey(key) || node.Tag is not null || !SecretText.IsLiteral(value))
        {
            return;
        }

        ReportSecret(context, position, $"service \"{serviceName}\" sets \"{key}\" to a literal secret", value);
    }
}
